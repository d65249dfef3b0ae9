// Planted: FakePaymentGateway is provided under its own class, not under the PaymentGateway token.
import { Module } from '@nestjs/common';
import { CheckoutService } from './checkout.service';
import { FakePaymentGateway } from './fake-payment.gateway';

@Module({
  providers: [FakePaymentGateway, CheckoutService],
})
export class AppModule {}
