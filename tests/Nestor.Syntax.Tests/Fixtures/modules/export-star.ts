export * from './cats';
export * as dogs from './dogs';
export * as "string name" from './birds';
