import { Module } from '@nestjs/common';
import { CatsController } from './cats.controller';
import { KeysModule } from './keys.module';

@Module({
  imports: [KeysModule],
  controllers: [CatsController],
})
export class CatsModule {}
