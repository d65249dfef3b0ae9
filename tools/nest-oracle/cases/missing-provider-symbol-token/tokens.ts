export const CACHE_STORE = Symbol('CACHE_STORE');
