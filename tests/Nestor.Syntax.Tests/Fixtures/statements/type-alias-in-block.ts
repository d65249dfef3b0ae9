function f() {
  type Local = { a: string };
  interface LocalI { b: number }
  enum LocalE { C }
  return null as unknown as Local;
}
