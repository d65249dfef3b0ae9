import type { INestApplicationContext } from '@nestjs/common';
import { GreeterService } from './greeter.service';

export function probe(app: INestApplicationContext): Record<string, unknown> {
  return { clockInjected: app.get(GreeterService).hasClock() };
}
