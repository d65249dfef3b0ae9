async function f(o) {
  delete o.x;
  return typeof (await o.y);
}
