// Planted: InvoiceService's second dependency, IdGenerator, is not provided.
import { Module } from '@nestjs/common';
import { ClockService } from './clock.service';
import { InvoiceService } from './invoice.service';

@Module({
  providers: [ClockService, InvoiceService],
})
export class AppModule {}
