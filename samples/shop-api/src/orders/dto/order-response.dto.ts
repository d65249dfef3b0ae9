import { ApiProperty } from '@nestjs/swagger';
import { OrderDocument, OrderStatus } from '../schemas/order.schema';

export class OrderLineResponseDto {
  @ApiProperty()
  productId: string;

  @ApiProperty()
  quantity: number;

  @ApiProperty()
  unitPriceCents: number;
}

export class OrderResponseDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  number: string;

  @ApiProperty({ enum: OrderStatus })
  status: OrderStatus;

  @ApiProperty({ type: [OrderLineResponseDto] })
  items: OrderLineResponseDto[];

  @ApiProperty()
  totalCents: number;

  @ApiProperty()
  createdAt: Date;

  static from(order: OrderDocument): OrderResponseDto {
    const dto = new OrderResponseDto();
    dto.id = order.id as string;
    dto.number = order.number;
    dto.status = order.status;
    dto.items = order.items.map((item) => ({
      productId: item.product.toHexString(),
      quantity: item.quantity,
      unitPriceCents: item.unitPriceCents,
    }));
    dto.totalCents = order.totalCents;
    dto.createdAt = order.createdAt;
    return dto;
  }
}

export class OrderHistoryLineDto {
  @ApiProperty()
  productName: string;

  @ApiProperty()
  quantity: number;
}

/** One row of "my orders": the order with the names of what was bought. */
export class OrderHistoryItemDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  number: string;

  @ApiProperty({ enum: OrderStatus })
  status: OrderStatus;

  @ApiProperty()
  totalCents: number;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty({ type: [OrderHistoryLineDto] })
  lines: OrderHistoryLineDto[];
}
