interface Factory {
  <T>(x: T): T;
  new <T>(x: T): Box<T>;
  readonly [index: number]: string;
}
