type O = {
  a: string;
  b?: number;
  readonly c: boolean;
  (x: number): string;
  new (x: string): O;
  method(): void;
  method2?<T>(v: T): T;
  [key: string]: unknown;
  get g(): number;
  set g(value: number);
};
