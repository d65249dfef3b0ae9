/// <reference types="node" />
/// <reference path="./globals.d.ts" />
export declare const x: number;
