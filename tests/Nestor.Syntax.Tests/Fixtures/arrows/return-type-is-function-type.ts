const make = (a: number): ((b: number) => number) => (b) => a + b;
