// Planted: CacheService injects the symbol token CACHE_STORE, which nothing provides.
import { Module } from '@nestjs/common';
import { CacheService } from './cache.service';

@Module({
  providers: [CacheService],
})
export class AppModule {}
