export { a, b as c } from './m';
export { default } from './m';
export { default as Other } from './other';
