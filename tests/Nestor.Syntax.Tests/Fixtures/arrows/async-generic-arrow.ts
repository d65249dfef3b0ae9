const f = async <T>(value: T) => value;
