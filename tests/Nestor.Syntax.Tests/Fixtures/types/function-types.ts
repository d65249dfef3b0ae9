type F = (a: string, b?: number, ...rest: boolean[]) => void;
type G = new (x: number) => Date;
type H = abstract new () => object;
