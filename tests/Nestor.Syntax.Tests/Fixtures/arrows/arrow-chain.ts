const curry = (a: number) => (b: number) => (c: number) => a + b + c;
