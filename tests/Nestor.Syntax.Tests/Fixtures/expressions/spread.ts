const all = [...a, ...b];
const merged = { ...defaults, ...overrides, extra: true };
call(...args);
