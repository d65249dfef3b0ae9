const value = (a, b);
const other = (a + b) * c;
