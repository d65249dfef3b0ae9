type U = unique symbol;
type R = readonly string[];
type K2 = keyof T;
