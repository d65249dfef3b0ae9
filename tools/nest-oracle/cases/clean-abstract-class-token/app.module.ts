// Clean: CheckoutService injects the abstract class PaymentGateway, bound with useClass.
import { Module } from '@nestjs/common';
import { CheckoutService } from './checkout.service';
import { FakePaymentGateway } from './fake-payment.gateway';
import { PaymentGateway } from './payment-gateway';

@Module({
  providers: [{ provide: PaymentGateway, useClass: FakePaymentGateway }, CheckoutService],
})
export class AppModule {}
