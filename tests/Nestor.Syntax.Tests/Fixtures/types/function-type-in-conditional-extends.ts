type R<T> = T extends (...args: any[]) => infer U ? U : never;
