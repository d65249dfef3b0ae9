import { Inject, Injectable, Optional } from '@nestjs/common';

export interface MetricsSink {
  push(name: string, value: number): void;
}

@Injectable()
export class MetricsService {
  constructor(@Optional() @Inject('METRICS_SINK') private readonly sink?: MetricsSink) {}

  count(name: string): boolean {
    if (!this.sink) {
      return false;
    }
    this.sink.push(name, 1);
    return true;
  }
}
