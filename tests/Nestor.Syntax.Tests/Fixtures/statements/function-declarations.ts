function plain(a: number): number { return a; }
async function asyncFn() {}
function* generator() {}
async function* asyncGenerator() {}
