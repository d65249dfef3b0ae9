// Clean: two different classes named UsersService, each provided and injected in its own module.
import { Module } from '@nestjs/common';
import { AdminModule } from './admin.module';
import { UsersModule } from './users.module';

@Module({
  imports: [UsersModule, AdminModule],
})
export class AppModule {}
