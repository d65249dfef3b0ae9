type Inst = typeof factory<string>;
type Q = typeof import('./module');
