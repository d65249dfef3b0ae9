import { Module } from '@nestjs/common';
import { CryptoModule } from './crypto.module';
import { UsersService } from './users.service';

@Module({
  imports: [CryptoModule],
  providers: [UsersService],
})
export class AppModule {}
