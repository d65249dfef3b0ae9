const f = (a, b => a;
const g = 1;
