import { Injectable } from '@nestjs/common';
import { ClockService } from './clock.service';

@Injectable()
export class BillingService {
  constructor(private readonly clock: ClockService) {}

  periodStart(): number {
    return this.clock.now();
  }
}
