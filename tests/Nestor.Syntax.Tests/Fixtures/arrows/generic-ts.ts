const identity = <T>(value: T): T => value;
const pair = <A, B>(a: A, b: B) => [a, b] as const;
