type Param<T> = T extends `${infer Head}/:${infer Name}/${infer Rest}` ? Name | Param<`${Head}/${Rest}`> : never;
