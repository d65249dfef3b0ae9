// Planted: AdminModule provides the UsersService of users.service.ts, but its controller injects
// the other class named UsersService (admin-users.service.ts). Nest matches classes, not names.
import { Module } from '@nestjs/common';
import { AdminModule } from './admin.module';
import { UsersModule } from './users.module';

@Module({
  imports: [UsersModule, AdminModule],
})
export class AppModule {}
