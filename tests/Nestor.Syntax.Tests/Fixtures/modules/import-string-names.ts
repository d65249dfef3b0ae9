import { "string name" as alias } from './x';
export { alias as "other name" };
