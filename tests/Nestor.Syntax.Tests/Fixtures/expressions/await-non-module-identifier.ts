function f() {
  const await = 1;
  return await;
}
