// Planted: CryptoModule provides HashingService but does not export it, so AppModule cannot see it.
import { Module } from '@nestjs/common';
import { HashingService } from './hashing.service';

@Module({
  providers: [HashingService],
})
export class CryptoModule {}
