function f() {
  return
  42;
}
