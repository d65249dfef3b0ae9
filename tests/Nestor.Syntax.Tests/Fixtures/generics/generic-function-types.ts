type Fn = <T>(value: T) => T;
type Ctor2 = new <T>(value: T) => Box<T>;
