class A {
  'constructor'() {}
}
