const config = { port: 3000 } satisfies Partial<Config>;
