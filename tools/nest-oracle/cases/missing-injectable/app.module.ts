// Planted: GreeterService has a constructor dependency but no @Injectable().
import { Module } from '@nestjs/common';
import { ClockService } from './clock.service';
import { GreeterService } from './greeter.service';

@Module({
  providers: [ClockService, GreeterService],
})
export class AppModule {}
