const f = ({ a, b: [c, ...rest] }: Props, ...others: number[]) => a;
