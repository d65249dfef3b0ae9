const o = {
  get
  () { return 1; },
};
