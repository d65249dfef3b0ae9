export const ORDER_CREATED = 'order.created';

export class OrderCreatedEvent {
  constructor(
    readonly orderId: string,
    readonly number: string,
    readonly customerEmail: string,
    readonly totalCents: number,
  ) {}
}
