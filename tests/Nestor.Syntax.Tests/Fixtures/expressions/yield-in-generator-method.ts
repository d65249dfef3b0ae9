class Tree {
  *walk(): Generator<Tree> {
    for (const child of this.children) {
      yield child;
      yield* child.walk();
    }
  }
  children: Tree[] = [];
}
