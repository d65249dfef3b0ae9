import { Module } from '@nestjs/common';
import { CryptoModule } from './crypto.module';

@Module({
  imports: [CryptoModule],
})
export class AppModule {}
