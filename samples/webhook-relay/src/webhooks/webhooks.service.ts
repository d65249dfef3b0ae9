import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { PaymentEventDto } from './dto/payment-event.dto';

/**
 * Turns provider events into the application's own events. The provider may deliver an event
 * more than once; the listeners are idempotent by event id, so nothing is deduplicated here.
 */
@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name);

  constructor(private readonly events: EventEmitter2) {}

  accept(event: PaymentEventDto): void {
    this.logger.log(`${event.type} ${event.id} for order ${event.data.orderId}`);
    this.events.emit(event.type, { eventId: event.id, ...event.data });
  }
}
