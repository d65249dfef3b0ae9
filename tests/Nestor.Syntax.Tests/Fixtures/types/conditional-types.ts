type Unwrap<T> = T extends Promise<infer U> ? Unwrap<U> : T;
type Str<T> = T extends string ? 'string' : T extends number ? 'number' : 'other';
