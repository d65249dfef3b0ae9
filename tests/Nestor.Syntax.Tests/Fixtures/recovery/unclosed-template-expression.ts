const t = `a ${b
const c = 1;
