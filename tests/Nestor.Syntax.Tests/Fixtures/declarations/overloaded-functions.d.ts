export declare function read(path: string): string;
export declare function read(path: string, encoding: null): Buffer;
