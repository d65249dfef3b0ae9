// Clean: a provider depends on another provider of the same module.
import { Module } from '@nestjs/common';
import { ClockService } from './clock.service';
import { GreeterService } from './greeter.service';

@Module({
  providers: [ClockService, GreeterService],
})
export class AppModule {}
