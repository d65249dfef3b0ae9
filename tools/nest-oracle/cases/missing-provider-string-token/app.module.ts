// Planted: ReportService injects the string token 'REPORT_OPTIONS', which nothing provides.
import { Module } from '@nestjs/common';
import { ReportService } from './report.service';

@Module({
  providers: [ReportService],
})
export class AppModule {}
