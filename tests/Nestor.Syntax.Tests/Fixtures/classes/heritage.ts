class Dog extends Animal<string> implements Pet, Comparable<Dog> {}
