import data from './data.json' with { type: 'json' };
export { default as schema } from './schema.json' with { type: 'json' };
