import { Injectable } from '@nestjs/common';
import { PaymentGateway } from './payment-gateway';

@Injectable()
export class CheckoutService {
  constructor(private readonly gateway: PaymentGateway) {}

  pay(amountCents: number): string {
    return this.gateway.charge(amountCents);
  }
}
