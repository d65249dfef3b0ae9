import type { INestApplicationContext } from '@nestjs/common';
import { CheckoutService } from './checkout.service';

export function probe(app: INestApplicationContext): Record<string, unknown> {
  return { paid: app.get(CheckoutService).pay(100) };
}
