import { Injectable } from '@nestjs/common';
import { OrdersRepository } from './orders.repository';

@Injectable()
export class PaymentsService {
  constructor(private readonly orders: OrdersRepository) {}

  amountDue(orderId: string): number {
    return this.orders.total(orderId);
  }
}
