const get = () => ({ port: 1 }) satisfies Config;
const t = `${value as string}!`;
