import type { INestApplicationContext } from '@nestjs/common';
import { REPORT_OPTIONS, type ReportOptions } from './report-options';

export function probe(app: INestApplicationContext): Record<string, unknown> {
  return { currency: app.get<ReportOptions>(REPORT_OPTIONS).currency };
}
