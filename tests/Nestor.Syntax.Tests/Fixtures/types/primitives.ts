let a: string; let b: number; let c: boolean; let d: bigint; let e: symbol;
let f: undefined; let g: null; let h: void; let i: never; let j: unknown; let k: any; let l: object;
