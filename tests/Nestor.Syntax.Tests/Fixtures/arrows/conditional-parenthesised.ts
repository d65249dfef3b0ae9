const v = a ? (b) : c;
const w = a ? (b) : (c) => d;
