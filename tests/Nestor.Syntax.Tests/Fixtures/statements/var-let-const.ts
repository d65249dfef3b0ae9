var a = 1, b;
let { c, d: [e] } = obj;
const [f = 1, ...g] = arr;
