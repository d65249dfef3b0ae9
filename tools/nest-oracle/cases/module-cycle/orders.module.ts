// Planted: OrdersModule and PaymentsModule import each other without forwardRef.
import { Module } from '@nestjs/common';
import { OrdersRepository } from './orders.repository';
import { OrdersService } from './orders.service';
import { PaymentsModule } from './payments.module';

@Module({
  imports: [PaymentsModule],
  providers: [OrdersRepository, OrdersService],
  exports: [OrdersRepository],
})
export class OrdersModule {}
