function mixin<T extends abstract new (...args: any) => any>(Base: T) {}
