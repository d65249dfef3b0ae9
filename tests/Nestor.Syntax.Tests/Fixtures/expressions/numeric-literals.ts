const values = [0, 1_000_000, 0x1F, 0o17, 0b1010, 1e10, .5, 5., 10n, 0xFFn];
