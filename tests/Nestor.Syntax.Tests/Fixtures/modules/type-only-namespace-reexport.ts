import * as ns from './ns';
export type { ns };
