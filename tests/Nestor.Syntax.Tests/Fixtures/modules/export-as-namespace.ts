export as namespace MyLib;
export declare function run(): void;
