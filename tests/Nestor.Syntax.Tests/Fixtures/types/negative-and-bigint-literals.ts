type N = -1 | -2n | 0x10;
