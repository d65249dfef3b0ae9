type P = (() => void) | null;
type Q = (new () => object)[];
