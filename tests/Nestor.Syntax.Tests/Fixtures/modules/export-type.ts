export type { Cat } from './cat';
export type * from './types';
export type * as ns from './types';
export { type Dog, Bird } from './animals';
