const s = '\u{FFFFFF}';
