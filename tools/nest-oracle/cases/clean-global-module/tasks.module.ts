// TasksModule does not import CoreModule: CLOCK reaches it because CoreModule is @Global().
import { Module } from '@nestjs/common';
import { TasksService } from './tasks.service';

@Module({
  providers: [TasksService],
})
export class TasksModule {}
