import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from './clock';

@Injectable()
export class TasksService {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  dueAt(delayMs: number): number {
    return this.clock.now() + delayMs;
  }
}
