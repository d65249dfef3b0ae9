let nested: Array<Array<Map<string, Set<number>>>>;
