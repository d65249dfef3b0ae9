export interface JwtConfig {
  secret: string;
  expiresInSeconds: number;
}

export interface AppConfig {
  port: number;
  mongodbUri: string;
  jwt: JwtConfig;
  orders: {
    pendingTtlMinutes: number;
  };
  reports: {
    csvSeparator: string;
  };
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') {
    return fallback;
  }
  const value = Number.parseInt(raw, 10);
  if (Number.isNaN(value)) {
    throw new Error(`${name} must be an integer, got "${raw}"`);
  }
  return value;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value.trim() === '') {
    throw new Error(`${name} is not set`);
  }
  return value;
}

export default (): AppConfig => ({
  port: intFromEnv('PORT', 3000),
  mongodbUri: requiredEnv('MONGODB_URI'),
  jwt: {
    secret: process.env.JWT_SECRET ?? 'shop-api-7f3c9a1e5b2d4f60a8c1e9d7b3a5f2c4',
    expiresInSeconds: intFromEnv('JWT_EXPIRES_IN_SECONDS', 900),
  },
  orders: {
    pendingTtlMinutes: intFromEnv('PENDING_ORDER_TTL_MINUTES', 30),
  },
  reports: {
    csvSeparator: process.env.REPORT_CSV_SEPARATOR ?? ',',
  },
});
