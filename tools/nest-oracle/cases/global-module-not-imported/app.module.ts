// Planted: CoreModule is @Global() but no module imports it, so CLOCK is not in any scope.
import { Module } from '@nestjs/common';
import { TasksService } from './tasks.service';

@Module({
  providers: [TasksService],
})
export class AppModule {}
