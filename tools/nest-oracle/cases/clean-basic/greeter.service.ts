import { Injectable } from '@nestjs/common';
import { ClockService } from './clock.service';

@Injectable()
export class GreeterService {
  constructor(private readonly clock: ClockService) {}

  greet(name: string): string {
    return `hello ${name} at ${this.clock.now().toISOString()}`;
  }
}
