const o = {
  a,
  b: 1,
  'c': 2,
  [d]: 3,
  e() {},
  get f() { return 1; },
  set f(v) {},
  async g() {},
  *h() {},
  async *i() {},
};
