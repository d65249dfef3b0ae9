const fn = cond ? () => 1 : () => 2;
