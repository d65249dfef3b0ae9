class NoSemis {
  a = 1
  b: string
  c() {}
  static d = 2
  get
  e() {}
}
