import { type A, type B as C, D } from './x';
