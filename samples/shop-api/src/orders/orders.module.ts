import { Module, forwardRef } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ProductsModule } from '../products/products.module';
import { UsersModule } from '../users/users.module';
import { ExpirePendingOrdersJob } from './jobs/expire-pending-orders.job';
import { OrderCreatedListener } from './listeners/order-created.listener';
import { OrderStatsController } from './order-stats.controller';
import { OrdersController } from './orders.controller';
import { OrdersService } from './orders.service';
import { Order, OrderSchema } from './schemas/order.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: Order.name, schema: OrderSchema }]),
    forwardRef(() => ProductsModule),
    UsersModule,
  ],
  controllers: [OrdersController, OrderStatsController],
  providers: [OrdersService, OrderCreatedListener, ExpirePendingOrdersJob],
  exports: [OrdersService],
})
export class OrdersModule {}
