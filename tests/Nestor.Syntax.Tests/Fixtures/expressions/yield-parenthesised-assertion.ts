function* tasks(items: Item[]) {
  for (let i = 0; i < items.length; i++) {
    yield (run(items[i]) as Task<void>)
  }
}
