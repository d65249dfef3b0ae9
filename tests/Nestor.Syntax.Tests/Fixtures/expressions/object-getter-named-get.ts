const o = {
  get get() { return 1; },
  set set(v: number) {},
  async: true,
  get: 2,
};
