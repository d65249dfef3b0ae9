interface I {
  a: string,
  b: number
  c(): void
}
