class Keywords {
  get = 1;
  set = 2;
  static = 3;
  async = 4;
  declare = 5;
  readonly = 6;
  abstract = 7;
  constructor() {}
  delete() {}
  new() {}
}
