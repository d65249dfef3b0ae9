const set = new Set<string>();
const map = new Map<string, Array<number>>([['a', [1]]]);
