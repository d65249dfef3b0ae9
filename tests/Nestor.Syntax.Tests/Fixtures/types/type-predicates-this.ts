class Guard {
  isCat(): this is Cat { return true; }
  self(): this { return this; }
}
