import { ApiProperty } from '@nestjs/swagger';
import { ProductDocument, ProductStatus } from '../schemas/product.schema';

export class ProductResponseDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  slug: string;

  @ApiProperty()
  description: string;

  @ApiProperty()
  category: string;

  @ApiProperty()
  priceCents: number;

  @ApiProperty()
  inStock: boolean;

  @ApiProperty({ type: [String] })
  tags: string[];

  @ApiProperty({ enum: ProductStatus })
  status: ProductStatus;

  static from(product: ProductDocument): ProductResponseDto {
    const dto = new ProductResponseDto();
    dto.id = product.id as string;
    dto.name = product.name;
    dto.slug = product.slug;
    dto.description = product.description;
    dto.category = product.category;
    dto.priceCents = product.priceCents;
    dto.inStock = product.stock > 0;
    dto.tags = product.tags;
    dto.status = product.status;
    return dto;
  }
}
