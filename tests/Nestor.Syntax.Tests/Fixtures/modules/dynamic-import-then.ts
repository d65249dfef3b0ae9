import('./lazy').then((m) => m.default());
