const x = await<number>;
