import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CLOCK, type Clock } from '@common/clock/clock';
import { Order, OrderStatus } from '../orders/schemas/order.schema';
import { CsvReportFormatter } from './csv-report.formatter';
import { SalesReportDto } from './dto/sales-report.dto';
import { ProductSales, SalesReportBuilder } from './sales-report.builder';

@Injectable()
export class ReportsService {
  constructor(
    @InjectModel(Order.name) private readonly orders: Model<Order>,
    private readonly builder: SalesReportBuilder,
    private readonly formatter: CsvReportFormatter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async salesSince(since: Date): Promise<SalesReportDto> {
    const sales = await this.orders.aggregate<ProductSales>([
      { $match: { status: OrderStatus.Paid, createdAt: { $gte: since } } },
      { $unwind: '$items' },
      {
        $group: {
          _id: '$items.product',
          unitsSold: { $sum: '$items.quantity' },
          revenueCents: { $sum: { $multiply: ['$items.quantity', '$items.unitPriceCents'] } },
        },
      },
      { $project: { _id: 0, productId: { $toString: '$_id' }, unitsSold: 1, revenueCents: 1 } },
      { $sort: { revenueCents: -1 } },
    ]);
    return this.builder.build(sales, this.clock.now());
  }

  async salesCsvSince(since: Date): Promise<string> {
    return this.formatter.format(await this.salesSince(since));
  }
}
