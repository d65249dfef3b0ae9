({ a, b: { c } } = obj);
[x, , y = 2, ...z] = arr;
