import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/configuration';
import { SalesReportDto } from './dto/sales-report.dto';

export class CsvReportFormatter {
  constructor(private readonly config: ConfigService<AppConfig, true>) {}

  format(report: SalesReportDto): string {
    const separator = this.config.get('reports', { infer: true }).csvSeparator;
    const header = ['product', 'units', 'revenue'].join(separator);
    const rows = report.lines.map((line) =>
      [JSON.stringify(line.productName), line.unitsSold, (line.revenueCents / 100).toFixed(2)].join(separator),
    );
    return [header, ...rows].join('\n');
  }
}
