export * from './cats';
export * as utils from './utils';
