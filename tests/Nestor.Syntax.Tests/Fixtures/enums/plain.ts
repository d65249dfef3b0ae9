enum Direction {
  Up,
  Down,
  Left = 10,
  Right,
}
