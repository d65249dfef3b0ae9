const f = (a?: string, b: number = 2) => a;
