async function f() {
  await using;
}
