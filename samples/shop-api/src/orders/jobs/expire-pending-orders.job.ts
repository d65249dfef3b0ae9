import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Cron, CronExpression } from '@nestjs/schedule';
import { CLOCK, type Clock } from '@common/clock/clock';
import { AppConfig } from '../../config/configuration';
import { MailService } from '../../mail/mail.service';
import { OrdersService } from '../orders.service';

/** Pending orders hold stock; unpaid ones give it back after the configured time. */
@Injectable()
export class ExpirePendingOrdersJob {
  constructor(
    private readonly ordersService: OrdersService,
    private readonly mailService: MailService,
    private readonly config: ConfigService<AppConfig, true>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Cron(CronExpression.EVERY_10_MINUTES, { name: 'expire-pending-orders', waitForCompletion: true })
  async run(): Promise<void> {
    const ttlMinutes = this.config.get('orders', { infer: true }).pendingTtlMinutes;
    const cutoff = new Date(this.clock.now().getTime() - ttlMinutes * 60_000);
    const expired = await this.ordersService.expirePendingBefore(cutoff);
    console.log(`expired ${expired.length} pending orders created before ${cutoff.toISOString()}`);
    expired.forEach(async (order) => {
      await this.mailService.sendOrderExpired(order.customerEmail, order.number);
    });
  }
}
