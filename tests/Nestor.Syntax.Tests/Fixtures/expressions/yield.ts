function* gen() {
  const x = yield;
  yield x + 1;
  yield* other();
}
