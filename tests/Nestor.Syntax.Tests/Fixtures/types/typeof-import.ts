let mod: typeof import('./module');
