namespace Outer {
  export namespace Inner {
    export class Thing {}
  }
}
