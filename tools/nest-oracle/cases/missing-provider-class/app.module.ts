// Planted: GreeterService needs ClockService, which no module in scope provides.
import { Module } from '@nestjs/common';
import { GreeterService } from './greeter.service';

@Module({
  providers: [GreeterService],
})
export class AppModule {}
