import { Inject, Injectable } from '@nestjs/common';
import { CACHE_STORE } from './tokens';

@Injectable()
export class CacheService {
  constructor(@Inject(CACHE_STORE) private readonly store: Map<string, string>) {}

  get(key: string): string | undefined {
    return this.store.get(key);
  }
}
