class Mapper {
  map<T, U>(items: T[], fn: (item: T) => U): U[] {
    return items.map(fn);
  }
}
