export declare function load(): Promise<import('./model').Model>;
