const first = <T,>(items: T[]) => items[0];
