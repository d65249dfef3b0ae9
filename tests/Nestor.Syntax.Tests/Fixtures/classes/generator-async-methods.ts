class Streams {
  *items() { yield 1; }
  async load() { await fetch(url); }
  async *pages() { yield* source(); }
}
