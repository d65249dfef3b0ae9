declare function pick(x: string): string;
declare function pick(x: number): number;
