import { Inject, Injectable } from '@nestjs/common';
import { MAIL_OPTIONS, type MailOptions } from './mail-options';
import { MAIL_TRANSPORT, type MailTransport } from './mail-transport';

@Injectable()
export class MailService {
  constructor(
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {}

  async sendWelcome(to: string, displayName: string): Promise<void> {
    try {
      await this.transport.send({
        from: this.options.from,
        to,
        subject: 'Welcome to the shop',
        text: `Hello ${displayName}, your account is ready.`,
      });
    } catch {}
  }

  sendOrderConfirmation(to: string, orderNumber: string, totalCents: number): Promise<void> {
    return this.transport.send({
      from: this.options.from,
      to,
      subject: `Order ${orderNumber} confirmed`,
      text: `Thank you for your order. Total: ${(totalCents / 100).toFixed(2)}.`,
    });
  }

  sendOrderExpired(to: string, orderNumber: string): Promise<void> {
    return this.transport.send({
      from: this.options.from,
      to,
      subject: `Order ${orderNumber} expired`,
      text: 'Your order was not paid in time and has been released. Your basket is still saved.',
    });
  }
}
