import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';

export class CreateProductDto {
  @ApiProperty({ minLength: 2, maxLength: 120 })
  @IsString()
  @Length(2, 120)
  name: string;

  @ApiProperty({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' })
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  slug: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @Length(0, 4000)
  description?: string;

  @ApiProperty()
  @IsString()
  @Length(2, 60)
  category: string;

  @ApiProperty({ minimum: 0, description: 'Price in cents' })
  @IsInt()
  @Min(0)
  priceCents: number;

  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  stock: number;

  @ApiProperty()
  @IsString()
  @Length(2, 40)
  supplierCode: string;

  @ApiPropertyOptional({ type: [String] })
  tags?: string[];
}
