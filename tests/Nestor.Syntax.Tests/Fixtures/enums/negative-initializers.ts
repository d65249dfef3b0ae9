enum Offsets {
  Before = -1,
  After = +1,
  Mask = ~0,
}
