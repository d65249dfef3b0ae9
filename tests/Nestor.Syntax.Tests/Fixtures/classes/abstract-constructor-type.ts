type Ctor<T> = abstract new (...args: any[]) => T;
