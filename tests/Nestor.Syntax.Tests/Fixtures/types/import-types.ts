type M = import('./model').Cat;
type G = import('mongoose').Model<Cat>;
type W = import('./x', { with: { 'resolution-mode': 'import' } }).Y;
