const f = (a, b) =>
