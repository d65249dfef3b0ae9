const v = a < b;
const w = a < b > c;
