const identity = <T,>(value: T) => value;
const constrained = <T extends object>(value: T) => value;
