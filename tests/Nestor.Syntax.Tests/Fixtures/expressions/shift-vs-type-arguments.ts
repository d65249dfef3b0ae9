const a = b < c >> d;
const e = f<g>>(h);
