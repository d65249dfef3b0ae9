import type { INestApplicationContext } from '@nestjs/common';

export function probe(app: INestApplicationContext): Record<string, unknown> {
  return { host: app.get<string>('DB_HOST') };
}
