const keep = <const T,>(value: T) => value;
const wrap = async <T,>(value: T): Promise<T> => value;
