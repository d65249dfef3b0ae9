class Counter {
  accessor value = 1;
  static accessor total: number;
  private accessor hidden = '';
}
