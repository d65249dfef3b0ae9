import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';
import { Product } from '../../products/schemas/product.schema';
import { User } from '../../users/schemas/user.schema';

export enum OrderStatus {
  Pending = 'pending',
  Paid = 'paid',
  Shipped = 'shipped',
  Cancelled = 'cancelled',
  Expired = 'expired',
}

/** Orders that still hold stock. */
export const OPEN_ORDER_STATUSES = [OrderStatus.Pending, OrderStatus.Paid];

@Schema({ _id: false })
export class OrderItem {
  @Prop({ type: Types.ObjectId, ref: Product.name, required: true })
  product: Types.ObjectId;

  @Prop({ required: true, min: 1 })
  quantity: number;

  @Prop({ required: true, min: 0 })
  unitPriceCents: number;
}

export const OrderItemSchema = SchemaFactory.createForClass(OrderItem);

export type OrderDocument = HydratedDocument<Order>;

@Schema({ timestamps: true })
export class Order {
  @Prop({ required: true })
  number: string;

  @Prop({ type: Types.ObjectId, ref: User.name, required: true })
  customer: Types.ObjectId;

  /** The address confirmations go to, as it was when the order was placed. */
  @Prop({ required: true })
  customerEmail: string;

  @Prop({ type: [OrderItemSchema], required: true })
  items: OrderItem[];

  @Prop({ required: true, min: 0 })
  totalCents: number;

  @Prop({ type: String, enum: OrderStatus, default: OrderStatus.Pending })
  status: OrderStatus;

  @Prop()
  cancellationReason?: string;

  /** The expiry job run that expired this order, so that each run releases only its own. */
  @Prop()
  expiryRun?: string;

  createdAt: Date;
  updatedAt: Date;
}

export const OrderSchema = SchemaFactory.createForClass(Order);

OrderSchema.index({ number: 1 }, { unique: true });
// A customer's order history, newest first.
OrderSchema.index({ customer: 1, createdAt: -1 });
// The expiry job: pending orders older than the cut-off; also the daily statistics.
OrderSchema.index({ status: 1, createdAt: 1 });
// The open-orders check before a product is deleted.
OrderSchema.index({ 'items.product': 1, status: 1 });
