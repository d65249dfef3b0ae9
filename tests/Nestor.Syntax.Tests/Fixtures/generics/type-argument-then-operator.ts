const r = f < a > b;
const s = g<a>(c);
