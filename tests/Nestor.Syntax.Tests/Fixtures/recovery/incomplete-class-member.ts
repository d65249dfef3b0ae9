class A {
  name: ;
  method(
}
