import { registerAs } from '@nestjs/config';

type Environment = 'development' | 'test' | 'production';

export interface DatabaseConfig {
  readonly uri: string;
  readonly poolSize: number;
}

const environments = ['development', 'test', 'production'] as const satisfies readonly Environment[];

export default registerAs('database', (): DatabaseConfig => {
  const env = (process.env.NODE_ENV ?? 'development') as Environment;
  if (!environments.includes(env)) {
    throw new Error(`unknown environment ${env}`);
  }
  return {
    uri: process.env.MONGO_URI ?? `mongodb://localhost:27017/cats_${env}`,
    poolSize: Number(process.env.MONGO_POOL ?? 10) | 0,
  };
});
