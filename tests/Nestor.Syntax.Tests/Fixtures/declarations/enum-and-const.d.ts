export declare const enum Level { Low = 0, High = 1 }
export declare const DEFAULT_LEVEL: Level.Low;
