type K = keyof typeof config;
type V = (typeof config)['port'];
type E = Cat['owner']['name'];
