import { ApiProperty } from '@nestjs/swagger';
import { IsInt, NotEquals } from 'class-validator';

export class AdjustStockDto {
  @ApiProperty({ description: 'Units to add (positive) or remove (negative)' })
  @IsInt()
  @NotEquals(0)
  delta: number;
}
