const a = new Date();
const b = new Foo;
const c = new ns.Bar<number>(1);
const d = new (getClass())();
const e = new new Factory()();
