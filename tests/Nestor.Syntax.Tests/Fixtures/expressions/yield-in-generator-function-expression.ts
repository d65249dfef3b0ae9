export const ticks = function* (start: number): IterableIterator<number> {
  while (true) {
    yield start = advance(start)
  }
};
