// Planted: UsersService's parameter is typed by an interface and has no @Inject(token).
import { Module } from '@nestjs/common';
import { InMemoryUserRepository } from './in-memory-user.repository';
import { UsersService } from './users.service';

@Module({
  providers: [InMemoryUserRepository, UsersService],
})
export class AppModule {}
