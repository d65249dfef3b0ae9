maybe!();
obj.method!(1);
