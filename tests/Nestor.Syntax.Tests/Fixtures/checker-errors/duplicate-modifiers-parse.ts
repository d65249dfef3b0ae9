class A {
  public public x = 1;
}
