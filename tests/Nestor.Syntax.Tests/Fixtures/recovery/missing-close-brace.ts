class A {
  method() {
    return 1;
  }
