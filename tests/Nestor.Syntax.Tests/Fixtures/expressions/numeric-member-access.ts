const s = 1..toString() + 1.0.toFixed(2) + (1).valueOf();
