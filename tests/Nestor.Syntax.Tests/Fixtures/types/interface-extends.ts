interface Dog extends Animal, Pet<Dog> {
  bark(): void;
}
