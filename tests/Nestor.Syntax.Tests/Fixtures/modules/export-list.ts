const a = 1, b = 2;
export { a, b as bee };
export { a as default };
