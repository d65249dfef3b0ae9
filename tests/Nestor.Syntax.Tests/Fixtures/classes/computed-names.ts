class Iter {
  [Symbol.iterator]() { return this; }
  ['literal' + 'name'] = 1;
  static [key]?: string;
}
