type C = new <T>(...args: T[]) => T;
