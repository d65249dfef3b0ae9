class B extends A {
  constructor() {
    super();
    super.init?.();
  }
}
