interface I {
  method() { return 1; }
}
