const f = (a: number)
  => a;
