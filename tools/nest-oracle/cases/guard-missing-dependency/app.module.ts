// Planted: CatsController is guarded by ApiKeyGuard, which needs KeysService. Nest creates the
// guard in the controller's module (CatsModule), where KeysService is not available; that
// AppModule provides both the guard and KeysService does not help.
import { Module } from '@nestjs/common';
import { ApiKeyGuard } from './api-key.guard';
import { CatsModule } from './cats.module';
import { KeysService } from './keys.service';

@Module({
  imports: [CatsModule],
  providers: [KeysService, ApiKeyGuard],
})
export class AppModule {}
