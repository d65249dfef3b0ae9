// Planted: REPORT_OPTIONS is provided twice in one module; Nest raises nothing and keeps one.
import { Module } from '@nestjs/common';
import { REPORT_OPTIONS } from './report-options';

@Module({
  providers: [
    { provide: REPORT_OPTIONS, useValue: { currency: 'EUR' } },
    { provide: REPORT_OPTIONS, useValue: { currency: 'USD' } },
  ],
})
export class AppModule {}
