import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports.module';
import { AnalyticsService } from './analytics.service';

@Module({
  imports: [ReportsModule],
  providers: [AnalyticsService],
  exports: [AnalyticsService],
})
export class AnalyticsModule {}
