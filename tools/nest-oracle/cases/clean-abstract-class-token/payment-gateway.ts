// An abstract class is a runtime value, so it can be both the type and the injection token.
export abstract class PaymentGateway {
  abstract charge(amountCents: number): string;
}
