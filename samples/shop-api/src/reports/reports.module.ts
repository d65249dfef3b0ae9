import { Module } from '@nestjs/common';
import { AnalyticsModule } from './analytics/analytics.module';
import { CsvReportFormatter } from './csv-report.formatter';
import { ReportArchiveService } from './report-archive.service';
import { REPORT_OPTIONS } from './report-options';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { SalesReportBuilder } from './sales-report.builder';

@Module({
  imports: [AnalyticsModule],
  controllers: [ReportsController],
  providers: [
    { provide: REPORT_OPTIONS, useValue: { currency: 'EUR', timeZone: 'Europe/Berlin' } },
    ReportsService,
    SalesReportBuilder,
    CsvReportFormatter,
    { provide: REPORT_OPTIONS, useValue: { currency: 'USD', timeZone: 'UTC' } },
  ],
  exports: [ReportsService, ReportArchiveService],
})
export class ReportsModule {}
