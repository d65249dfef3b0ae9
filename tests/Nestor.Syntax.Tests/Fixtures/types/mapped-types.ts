type Readonly2<T> = { readonly [K in keyof T]: T[K] };
type Mutable<T> = { -readonly [K in keyof T]-?: T[K] };
type Optional<T> = { +readonly [K in keyof T]+?: T[K] };
type Renamed<T> = { [K in keyof T as `get${Capitalize<string & K>}`]: () => T[K] };
