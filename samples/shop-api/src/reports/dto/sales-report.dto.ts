import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, MaxDate } from 'class-validator';

export class SalesReportLineDto {
  @ApiProperty()
  productName: string;

  @ApiProperty()
  unitsSold: number;

  @ApiProperty()
  revenueCents: number;
}

export class SalesReportDto {
  @ApiProperty()
  currency: string;

  @ApiProperty()
  generatedAt: string;

  @ApiProperty({ type: [SalesReportLineDto] })
  lines: SalesReportLineDto[];
}

export class SalesReportQueryDto {
  @ApiProperty({ type: String, format: 'date-time' })
  @Type(() => Date)
  @IsDate()
  @MaxDate(() => new Date())
  since: Date;
}
