class Child extends Base {
  constructor(override readonly name: string) {
    super(name);
  }
}
