type First<T> = T extends [infer H extends string, ...infer _] ? H : never;
