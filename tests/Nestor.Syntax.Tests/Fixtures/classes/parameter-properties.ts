class Point {
  constructor(public x: number, protected y: number, private readonly z = 0, readonly w?: number) {}
}
