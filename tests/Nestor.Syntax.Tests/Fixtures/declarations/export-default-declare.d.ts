declare const config: { port: number };
export default config;
