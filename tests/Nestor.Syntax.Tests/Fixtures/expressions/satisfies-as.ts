const both = { a: 1 } satisfies Record<string, number> as const;
