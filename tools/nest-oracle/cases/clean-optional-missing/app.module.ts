// Clean: the missing 'METRICS_SINK' is @Optional(), so Nest injects undefined and boots.
import { Module } from '@nestjs/common';
import { MetricsService } from './metrics.service';

@Module({
  providers: [MetricsService],
})
export class AppModule {}
