// Clean: the same module cycle as module-cycle, broken on both sides with forwardRef.
import { Module, forwardRef } from '@nestjs/common';
import { OrdersRepository } from './orders.repository';
import { OrdersService } from './orders.service';
import { PaymentsModule } from './payments.module';

@Module({
  imports: [forwardRef(() => PaymentsModule)],
  providers: [OrdersRepository, OrdersService],
  exports: [OrdersRepository],
})
export class OrdersModule {}
