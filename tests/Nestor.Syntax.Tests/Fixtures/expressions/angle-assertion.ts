const n = <number>value;
const s = <string><unknown>other;
