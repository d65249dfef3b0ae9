import { Module, forwardRef } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OrdersModule } from '../orders/orders.module';
import { CatalogCacheService } from './catalog-cache.service';
import { ProductStockController } from './product-stock.controller';
import { ProductsController } from './products.controller';
import { ProductsRepository } from './products.repository';
import { ProductsService } from './products.service';
import { Product, ProductSchema } from './schemas/product.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: Product.name, schema: ProductSchema }]),
    // Orders and products need each other (pricing, and the open-orders check on delete).
    forwardRef(() => OrdersModule),
  ],
  controllers: [ProductsController, ProductStockController],
  providers: [ProductsRepository, ProductsService, CatalogCacheService],
  exports: [ProductsService],
})
export class ProductsModule {}
