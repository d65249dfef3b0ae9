import { Injectable } from '@nestjs/common';
import { ClockService } from './clock.service';
import { IdGenerator } from './id.generator';

@Injectable()
export class InvoiceService {
  constructor(
    private readonly clock: ClockService,
    private readonly ids: IdGenerator,
  ) {}

  draft(): string {
    return `${this.ids.next()}@${this.clock.now()}`;
  }
}
