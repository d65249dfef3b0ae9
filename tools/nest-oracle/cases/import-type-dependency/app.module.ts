// Planted: GreeterService imports ClockService with `import type`, although ClockService is provided.
import { Module } from '@nestjs/common';
import { ClockService } from './clock.service';
import { GreeterService } from './greeter.service';

@Module({
  providers: [ClockService, GreeterService],
})
export class AppModule {}
