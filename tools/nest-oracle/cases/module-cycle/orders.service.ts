import { Injectable } from '@nestjs/common';
import { PaymentsService } from './payments.service';

@Injectable()
export class OrdersService {
  constructor(private readonly payments: PaymentsService) {}

  checkout(orderId: string): number {
    return this.payments.amountDue(orderId);
  }
}
