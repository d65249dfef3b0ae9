class Literal<const T> {
  constructor(readonly value: T) {}
}
