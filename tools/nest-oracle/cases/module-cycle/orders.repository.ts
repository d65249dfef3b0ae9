import { Injectable } from '@nestjs/common';

@Injectable()
export class OrdersRepository {
  total(orderId: string): number {
    return orderId.length * 100;
  }
}
