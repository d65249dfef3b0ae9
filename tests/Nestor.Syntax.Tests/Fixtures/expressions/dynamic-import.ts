const mod = await import('./module');
const withOptions = await import('./data.json', { with: { type: 'json' } });
