type Box<T extends object = {}, K extends keyof T = keyof T> = { value: T[K] };
