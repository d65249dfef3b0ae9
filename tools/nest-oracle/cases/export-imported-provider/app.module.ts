// Records what Nest does when a module exports a provider that one of its imports provides.
import { Module } from '@nestjs/common';
import { SharedModule } from './shared.module';
import { UsersService } from './users.service';

@Module({
  imports: [SharedModule],
  providers: [UsersService],
})
export class AppModule {}
