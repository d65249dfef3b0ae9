class Cache<K, V extends { id: K } = { id: K }> {
  private map = new Map<K, V>();
}
