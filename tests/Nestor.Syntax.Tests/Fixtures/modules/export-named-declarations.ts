export const a = 1;
export let b: string;
export function c() {}
export class D {}
export interface E {}
export type F = string;
export enum G { X }
export namespace H {}
export declare const i: number;
export abstract class J {}
export async function k() {}
