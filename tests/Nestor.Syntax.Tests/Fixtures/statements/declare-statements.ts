declare const VERSION: string;
declare let mutable: number;
declare var legacy: any;
declare function ambient(): void;
declare class AmbientClass { method(): void; }
