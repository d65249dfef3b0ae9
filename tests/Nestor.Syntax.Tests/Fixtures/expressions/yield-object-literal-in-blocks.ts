function* nodes(list: number[]) {
  for (const id of list) {
    if (id > 0) {
      yield {
        id,
        label: `n${id}`,
      }
    }
  }
}
