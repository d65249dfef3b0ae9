type T1 = { type: string; readonly: boolean; keyof: number; infer: string };
