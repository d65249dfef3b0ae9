const double = x => x * 2;
const add = (a, b) => a + b;
const none = () => {};
