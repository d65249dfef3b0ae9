// Clean: a @Global() module imported once at the root provides CLOCK to every module.
import { Module } from '@nestjs/common';
import { CoreModule } from './core.module';
import { TasksModule } from './tasks.module';

@Module({
  imports: [CoreModule, TasksModule],
})
export class AppModule {}
