const f = (x: number): x is 1 => x === 1;
