import { ClockService } from './clock.service';

// No @Injectable(): TypeScript emits no parameter types for an undecorated class.
export class GreeterService {
  constructor(private readonly clock: ClockService) {}

  hasClock(): boolean {
    return this.clock !== undefined;
  }
}
