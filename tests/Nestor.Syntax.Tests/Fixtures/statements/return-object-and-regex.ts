function f() {
  return { re: /a/g };
}
