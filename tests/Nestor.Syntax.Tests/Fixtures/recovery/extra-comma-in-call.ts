call(a,, b);
