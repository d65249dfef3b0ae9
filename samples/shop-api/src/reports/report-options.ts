export const REPORT_OPTIONS = 'REPORT_OPTIONS';

export interface ReportOptions {
  currency: string;
  timeZone: string;
}
