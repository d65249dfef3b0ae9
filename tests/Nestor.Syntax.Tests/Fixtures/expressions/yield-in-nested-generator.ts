function outer(limit: number) {
  function* inner() {
    for (let n = 0; n < limit; n++) {
      yield compute(n);
    }
  }
  return inner();
}
