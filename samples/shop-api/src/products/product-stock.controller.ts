import { Body, Controller, HttpCode, HttpStatus, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ParseObjectIdPipe } from '@common/pipes/parse-object-id.pipe';
import { AdjustStockDto } from './dto/adjust-stock.dto';
import { ProductsService } from './products.service';

/** Stock corrections from the warehouse back office. */
@ApiTags('products')
@Controller({ path: 'products/:id/stock', version: '1' })
export class ProductStockController {
  constructor(private readonly productsService: ProductsService) {}

  @Put()
  @HttpCode(HttpStatus.NO_CONTENT)
  adjust(@Param('id', ParseObjectIdPipe) id: string, @Body() dto: AdjustStockDto): Promise<void> {
    return this.productsService.adjustStock(id, dto);
  }
}
