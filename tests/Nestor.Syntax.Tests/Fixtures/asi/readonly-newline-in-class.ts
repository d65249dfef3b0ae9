class R {
  readonly
  x = 1;
}
