// Planted: CatsService injects the Cat model, but no model is registered under getModelToken('Cat').
// (MongooseModule.forFeature would need a live connection; the clean twin registers the token by hand.)
import { Module } from '@nestjs/common';
import { CatsService } from './cats.service';

@Module({
  providers: [CatsService],
})
export class AppModule {}
