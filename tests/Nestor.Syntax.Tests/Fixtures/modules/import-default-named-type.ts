import type from './type';
import type, { other } from './other';
export { type };
