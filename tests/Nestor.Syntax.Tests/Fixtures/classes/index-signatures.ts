class Bag {
  [key: string]: unknown;
  static [index: number]: string;
  readonly [sym: symbol]: boolean;
}
