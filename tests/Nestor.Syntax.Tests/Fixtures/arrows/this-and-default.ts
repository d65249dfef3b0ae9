const f = (a = () => 1, b = (c) => c) => a;
