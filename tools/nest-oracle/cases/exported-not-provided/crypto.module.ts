// Planted: CryptoModule exports HashingService without providing or importing it.
import { Module } from '@nestjs/common';
import { HashingService } from './hashing.service';

@Module({
  exports: [HashingService],
})
export class CryptoModule {}
