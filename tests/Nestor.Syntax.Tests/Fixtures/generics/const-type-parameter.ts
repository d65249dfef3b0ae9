function tuple<const T extends readonly unknown[]>(values: T): T {
  return values;
}
