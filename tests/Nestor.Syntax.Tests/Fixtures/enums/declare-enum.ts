declare enum Ambient {
  X,
  Y,
}
