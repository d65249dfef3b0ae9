const a = (b) / 2;
const c = d[0] / e;
const f = g++ / 2;
