abstract class Store {
  abstract accessor size: number;
  static accessor #hidden = 0;
}
