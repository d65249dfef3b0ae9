import { Injectable } from '@nestjs/common';
import type { ClockService } from './clock.service';

@Injectable()
export class GreeterService {
  // `import type` erases the class, so the emitted parameter type is Object.
  constructor(private readonly clock: ClockService) {}

  greet(name: string): string {
    return `hello ${name} at ${this.clock.now().toISOString()}`;
  }
}
