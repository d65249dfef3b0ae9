// Clean: HashingService reaches AppModule through SharedModule re-exporting CryptoModule.
import { Module } from '@nestjs/common';
import { SharedModule } from './shared.module';
import { UsersService } from './users.service';

@Module({
  imports: [SharedModule],
  providers: [UsersService],
})
export class AppModule {}
