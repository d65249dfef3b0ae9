// Planted: ClockService is provided by AppModule, but a parent's providers are not visible to an imported module.
import { Module } from '@nestjs/common';
import { BillingService } from './billing.service';

@Module({
  providers: [BillingService],
})
export class BillingModule {}
