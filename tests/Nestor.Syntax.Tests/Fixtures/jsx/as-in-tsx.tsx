const v = value as string;
const w = <div>{value as string}</div>;
