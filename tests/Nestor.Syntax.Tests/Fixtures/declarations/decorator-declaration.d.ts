export declare function Injectable(options?: { scope?: number }): ClassDecorator;
export declare const Get: (path?: string | string[]) => MethodDecorator;
