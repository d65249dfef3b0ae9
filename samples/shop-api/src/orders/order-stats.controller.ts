import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Roles } from '@common/decorators/roles.decorator';
import { JwtAuthGuard } from '../auth/guards/jwt-auth.guard';
import { RolesGuard } from '../auth/guards/roles.guard';
import { Role } from '../users/role.enum';
import { Order, OrderStatus } from './schemas/order.schema';

export interface DailySales {
  day: string;
  orders: number;
  revenueCents: number;
}

const STATS_WINDOW_DAYS = 30;

@ApiTags('orders')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles(Role.Admin)
@Controller({ path: 'orders/stats', version: '1' })
export class OrderStatsController {
  constructor(@InjectModel(Order.name) private readonly orders: Model<Order>) {}

  @Get('daily')
  daily(): Promise<DailySales[]> {
    const since = new Date(Date.now() - STATS_WINDOW_DAYS * 24 * 60 * 60 * 1000);
    return this.orders.aggregate<DailySales>([
      { $match: { status: OrderStatus.Paid, createdAt: { $gte: since } } },
      {
        $group: {
          _id: { $dateToString: { format: '%Y-%m-%d', date: '$createdAt' } },
          orders: { $sum: 1 },
          revenueCents: { $sum: '$totalCents' },
        },
      },
      { $sort: { _id: 1 } },
      { $project: { _id: 0, day: '$_id', orders: 1, revenueCents: 1 } },
    ]);
  }
}
