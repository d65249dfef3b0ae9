import { Injectable } from '@nestjs/common';
import { SalesReportDto } from './dto/sales-report.dto';

/** Keeps the last generated reports so that a download does not recompute them. */
@Injectable()
export class ReportArchiveService {
  private readonly reports: SalesReportDto[] = [];

  store(report: SalesReportDto): void {
    this.reports.unshift(report);
    this.reports.length = Math.min(this.reports.length, 10);
  }

  latest(): SalesReportDto | undefined {
    return this.reports[0];
  }
}
