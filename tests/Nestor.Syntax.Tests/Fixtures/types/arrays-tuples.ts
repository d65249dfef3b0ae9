type A = string[];
type B = readonly number[];
type C = [string, number?, ...boolean[]];
type D = [name: string, age?: number, ...rest: unknown[]];
type E = readonly [x: number, y: number];
