const r = /abc
const s = 1;
