import { Module } from '@nestjs/common';
import { BillingModule } from './billing.module';
import { ClockService } from './clock.service';

@Module({
  imports: [BillingModule],
  providers: [ClockService],
})
export class AppModule {}
