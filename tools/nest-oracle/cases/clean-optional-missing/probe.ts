import type { INestApplicationContext } from '@nestjs/common';
import { MetricsService } from './metrics.service';

export function probe(app: INestApplicationContext): Record<string, unknown> {
  return { sinkInjected: app.get(MetricsService).count('boot') };
}
