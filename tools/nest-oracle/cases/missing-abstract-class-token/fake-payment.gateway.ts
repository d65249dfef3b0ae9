import { Injectable } from '@nestjs/common';
import { PaymentGateway } from './payment-gateway';

@Injectable()
export class FakePaymentGateway extends PaymentGateway {
  charge(amountCents: number): string {
    return `charged ${amountCents}`;
  }
}
