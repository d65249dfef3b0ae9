class Cat extends Animal {
  override speak(): string { return 'meow'; }
  protected override readonly legs = 4;
  public static override create() { return new Cat(); }
}
