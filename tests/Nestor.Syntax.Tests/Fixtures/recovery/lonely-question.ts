const a = b ? c;
