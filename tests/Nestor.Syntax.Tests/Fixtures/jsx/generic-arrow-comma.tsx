const f = <T,>(x: T) => <span>{String(x)}</span>;
