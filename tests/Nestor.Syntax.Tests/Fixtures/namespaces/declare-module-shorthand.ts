declare module 'untyped-lib';
