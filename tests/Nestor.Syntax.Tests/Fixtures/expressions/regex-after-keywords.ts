function f(s) {
  return /^\d+$/.test(s);
}
if (/x/.test(a)) {}
const t = typeof /re/;
