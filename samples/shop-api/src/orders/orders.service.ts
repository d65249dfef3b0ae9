import {
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
  forwardRef,
} from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectModel } from '@nestjs/mongoose';
import { randomUUID } from 'node:crypto';
import { Model, Types } from 'mongoose';
import { CLOCK, type Clock } from '@common/clock/clock';
import { PaginationQueryDto } from '@common/dto/pagination.dto';
import { AuthenticatedUser } from '../auth/jwt-payload';
import { ProductsService, StockChange } from '../products/products.service';
import { UsersService } from '../users/users.service';
import { CreateOrderDto } from './dto/create-order.dto';
import { OrderHistoryItemDto, OrderResponseDto } from './dto/order-response.dto';
import { ORDER_CREATED, OrderCreatedEvent } from './events/order-created.event';
import { OPEN_ORDER_STATUSES, Order, OrderDocument, OrderItem, OrderStatus } from './schemas/order.schema';

const EXPIRY_BATCH = 500;

@Injectable()
export class OrdersService {
  constructor(
    @InjectModel(Order.name) private readonly orders: Model<Order>,
    @Inject(forwardRef(() => ProductsService)) private readonly productsService: ProductsService,
    private readonly usersService: UsersService,
    private readonly events: EventEmitter2,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(user: AuthenticatedUser, dto: CreateOrderDto): Promise<OrderResponseDto> {
    const customer = await this.usersService.findById(user.id);
    const items: OrderItem[] = [];
    try {
      for (const line of dto.items) {
        const product = await this.productsService.requireProduct(line.productId);
        if (!(await this.productsService.reserve(line.productId, line.quantity))) {
          throw new ConflictException(`Not enough stock for ${product.name}`);
        }
        items.push({ product: product._id, quantity: line.quantity, unitPriceCents: product.priceCents });
      }
    } catch (error) {
      await this.productsService.releaseMany(items.map(toStockChange));
      throw error;
    }
    const order = await this.orders.create({
      number: this.nextOrderNumber(),
      customer: new Types.ObjectId(user.id),
      customerEmail: customer.email,
      items,
      totalCents: items.reduce((sum, item) => sum + item.unitPriceCents * item.quantity, 0),
    });
    this.events.emit(
      ORDER_CREATED,
      new OrderCreatedEvent(order.id as string, order.number, order.customerEmail, order.totalCents),
    );
    return OrderResponseDto.from(order);
  }

  /** The customer's orders, newest first, with product names joined in by one aggregation. */
  async history(user: AuthenticatedUser, page: PaginationQueryDto): Promise<OrderHistoryItemDto[]> {
    const rows = await this.orders.aggregate([
      { $match: { customer: new Types.ObjectId(user.id) } },
      { $sort: { createdAt: -1 } },
      { $skip: page.skip },
      { $limit: page.limit },
      {
        $lookup: {
          from: 'products',
          localField: 'items.product',
          foreignField: '_id',
          as: 'products',
          pipeline: [{ $project: { name: 1 } }],
        },
      },
    ]);
    return rows.map((row) => this.toHistoryItem(row));
  }

  async findOneForUser(id: string, user: AuthenticatedUser): Promise<OrderResponseDto> {
    return OrderResponseDto.from(await this.requireOwnOrder(id, user));
  }

  async cancel(id: string, user: AuthenticatedUser, reason: string): Promise<OrderResponseDto> {
    const order = await this.requireOwnOrder(id, user);
    // Conditional on the status, so that a concurrent expiry cannot give the stock back twice.
    const cancelled = await this.orders
      .findOneAndUpdate(
        { _id: order._id, status: OrderStatus.Pending },
        { $set: { status: OrderStatus.Cancelled, cancellationReason: reason } },
        { returnDocument: 'after' },
      )
      .exec();
    if (!cancelled) {
      throw new ConflictException(`Order ${order.number} can no longer be cancelled`);
    }
    await this.productsService.releaseMany(cancelled.items.map(toStockChange));
    return OrderResponseDto.from(cancelled);
  }

  async hasOpenOrdersFor(productId: string): Promise<boolean> {
    const found = await this.orders
      .exists({ 'items.product': new Types.ObjectId(productId), status: { $in: OPEN_ORDER_STATUSES } })
      .exec();
    return found !== null;
  }

  /** Marks pending orders older than the cut-off as expired and gives their stock back. */
  async expirePendingBefore(cutoff: Date): Promise<OrderDocument[]> {
    const stale = await this.orders
      .find({ status: OrderStatus.Pending, createdAt: { $lt: cutoff } }, { _id: 1 })
      .sort({ createdAt: 1 })
      .limit(EXPIRY_BATCH)
      .exec();
    if (stale.length === 0) {
      return [];
    }
    // Tagging the orders with this run's id tells which ones this run expired: an order paid or
    // cancelled meanwhile, or expired by another instance, keeps its stock.
    const run = randomUUID();
    const ids = stale.map((order) => order._id);
    await this.orders
      .updateMany(
        { _id: { $in: ids }, status: OrderStatus.Pending },
        { $set: { status: OrderStatus.Expired, expiryRun: run } },
      )
      .exec();
    const expired = await this.orders.find({ _id: { $in: ids }, expiryRun: run }).exec();
    await this.productsService.releaseMany(expired.flatMap((order) => order.items.map(toStockChange)));
    return expired;
  }

  private async requireOwnOrder(id: string, user: AuthenticatedUser): Promise<OrderDocument> {
    const order = await this.orders.findById(id).exec();
    if (!order) {
      throw new NotFoundException(`Order ${id} not found`);
    }
    if (!order.customer.equals(user.id)) {
      throw new ForbiddenException();
    }
    return order;
  }

  private nextOrderNumber(): string {
    const day = this.clock.now().toISOString().slice(0, 10).replaceAll('-', '');
    return `${day}-${randomUUID().slice(0, 8).toUpperCase()}`;
  }

  private toHistoryItem(row: any): OrderHistoryItemDto {
    const names = new Map<string, string>(
      row.products.map((product: { _id: Types.ObjectId; name: string }) => [product._id.toHexString(), product.name]),
    );
    return {
      id: row._id.toHexString(),
      number: row.number,
      status: row.status,
      totalCents: row.totalCents,
      createdAt: row.createdAt,
      lines: row.items.map((item: OrderItem) => ({
        productName: names.get(item.product.toHexString()) ?? 'Unavailable product',
        quantity: item.quantity,
      })),
    };
  }
}

function toStockChange(item: OrderItem): StockChange {
  return { productId: item.product.toHexString(), quantity: item.quantity };
}
