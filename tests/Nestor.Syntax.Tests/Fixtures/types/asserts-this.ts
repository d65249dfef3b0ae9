class Checker {
  assertValid(): asserts this is Valid {}
}
