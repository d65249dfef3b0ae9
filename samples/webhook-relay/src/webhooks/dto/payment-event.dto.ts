import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsMongoId, IsString, Length, Min, ValidateNested } from 'class-validator';

export const PAYMENT_EVENT_TYPES = ['payment.succeeded', 'payment.failed', 'payment.refunded'] as const;
export type PaymentEventType = (typeof PAYMENT_EVENT_TYPES)[number];

export class PaymentDataDto {
  @IsMongoId()
  orderId: string;

  @IsInt()
  @Min(0)
  amountCents: number;

  @IsString()
  @Length(3, 3)
  currency: string;
}

export class PaymentEventDto {
  @IsString()
  @Length(1, 100)
  id: string;

  @IsIn(PAYMENT_EVENT_TYPES)
  type: PaymentEventType;

  @IsISO8601()
  occurredAt: string;

  @ValidateNested()
  @Type(() => PaymentDataDto)
  data: PaymentDataDto;
}
