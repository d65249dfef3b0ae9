function check(x: string) {
  if (x) /^a/.test(x);
  {
  }
  /b/.exec(x);
}
