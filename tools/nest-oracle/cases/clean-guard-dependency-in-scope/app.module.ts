// Clean: CatsController is guarded by ApiKeyGuard, which needs KeysService; CatsModule imports
// KeysModule, which exports KeysService, so Nest can create the guard in CatsModule.
import { Module } from '@nestjs/common';
import { CatsModule } from './cats.module';

@Module({
  imports: [CatsModule],
})
export class AppModule {}
