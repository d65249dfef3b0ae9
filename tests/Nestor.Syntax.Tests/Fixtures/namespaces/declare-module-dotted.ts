declare module Outer.Inner {
  const x: number;
}
