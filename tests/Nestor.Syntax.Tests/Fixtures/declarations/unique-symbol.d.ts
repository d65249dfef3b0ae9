export declare const brand: unique symbol;
export type Branded<T> = T & { [brand]: true };
