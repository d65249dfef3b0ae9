const f = (a, b) => (c, d);
