function f(a: number)
const b = 1;
