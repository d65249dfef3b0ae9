declare function lib(): void;
declare namespace lib {
  const version: string;
  function helper(x: number): number;
}
export = lib;
