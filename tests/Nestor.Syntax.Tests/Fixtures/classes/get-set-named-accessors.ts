class Odd {
  get get() { return 1; }
  set set(v: number) {}
  static static() {}
  async async() {}
}
