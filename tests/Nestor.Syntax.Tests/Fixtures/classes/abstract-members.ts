abstract class Shape {
  abstract area(): number;
  abstract readonly name: string;
  protected abstract get sides(): number;
  describe() { return `${this.name}: ${this.area()}`; }
}
