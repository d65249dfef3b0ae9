import { Inject, Injectable } from '@nestjs/common';

export interface ReportOptions {
  title: string;
}

@Injectable()
export class ReportService {
  constructor(@Inject('REPORT_OPTIONS') private readonly options: ReportOptions) {}

  heading(): string {
    return this.options.title;
  }
}
