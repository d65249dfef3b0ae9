// SharedModule exports a module it imports: whoever imports SharedModule sees CryptoModule's exports.
import { Module } from '@nestjs/common';
import { CryptoModule } from './crypto.module';

@Module({
  imports: [CryptoModule],
  exports: [CryptoModule],
})
export class SharedModule {}
