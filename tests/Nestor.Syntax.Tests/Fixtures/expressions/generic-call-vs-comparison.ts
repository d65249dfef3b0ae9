const r1 = f<T>(x);
const r2 = a < b && c > d;
const r3 = f<T>
(x);
