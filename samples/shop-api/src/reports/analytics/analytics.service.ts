import { Injectable } from '@nestjs/common';
import { ReportsService } from '../reports.service';

export interface Trend {
  revenueCents: number;
  changePercent: number | null;
}

@Injectable()
export class AnalyticsService {
  constructor(private readonly reportsService: ReportsService) {}

  /** Revenue of the last `days` days against the `days` before them. */
  async revenueTrend(days: number, now: Date): Promise<Trend> {
    const dayMs = 24 * 60 * 60 * 1000;
    const [recent, both] = await Promise.all([
      this.reportsService.salesSince(new Date(now.getTime() - days * dayMs)),
      this.reportsService.salesSince(new Date(now.getTime() - 2 * days * dayMs)),
    ]);
    const revenue = (lines: { revenueCents: number }[]) => lines.reduce((sum, line) => sum + line.revenueCents, 0);
    const recentRevenue = revenue(recent.lines);
    const previousRevenue = revenue(both.lines) - recentRevenue;
    return {
      revenueCents: recentRevenue,
      changePercent: previousRevenue === 0 ? null : ((recentRevenue - previousRevenue) / previousRevenue) * 100,
    };
  }
}
