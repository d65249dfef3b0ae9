declare module 'cats' {
  export interface Cat { name: string; age: number }
  export function create(name: string): Cat;
  const _default: { version: string };
  export default _default;
}
