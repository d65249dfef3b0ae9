// SharedModule exports a provider (not the module) that it only gets from an import.
import { Module } from '@nestjs/common';
import { CryptoModule } from './crypto.module';
import { HashingService } from './hashing.service';

@Module({
  imports: [CryptoModule],
  exports: [HashingService],
})
export class SharedModule {}
