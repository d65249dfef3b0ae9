import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { MailService } from '../../mail/mail.service';
import { ORDER_CREATED, OrderCreatedEvent } from '../events/order-created.event';

/** Confirms a new order by mail, outside the request that placed it. */
@Injectable()
export class OrderCreatedListener {
  constructor(private readonly mailService: MailService) {}

  @OnEvent(ORDER_CREATED)
  handle(event: OrderCreatedEvent): void {
    void this.mailService.sendOrderConfirmation(event.customerEmail, event.number, event.totalCents);
  }
}
