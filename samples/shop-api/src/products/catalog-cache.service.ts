import { Injectable, OnModuleInit } from '@nestjs/common';
import { ProductResponseDto } from './dto/product-response.dto';

interface CacheEntry {
  product: ProductResponseDto;
  expiresAt: number;
}

const TTL_MS = 60_000;

/** Keeps product pages hot for a minute: the product page is the most requested route. */
@Injectable()
export class CatalogCacheService implements OnModuleInit {
  private readonly entries = new Map<string, CacheEntry>();
  private sweeper?: NodeJS.Timeout;

  onModuleInit(): void {
    this.sweeper = setInterval(() => this.sweep(), TTL_MS);
  }

  get(slug: string): ProductResponseDto | undefined {
    const entry = this.entries.get(slug);
    return entry && entry.expiresAt > Date.now() ? entry.product : undefined;
  }

  set(slug: string, product: ProductResponseDto): void {
    this.entries.set(slug, { product, expiresAt: Date.now() + TTL_MS });
  }

  invalidate(slug: string): void {
    this.entries.delete(slug);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [slug, entry] of this.entries) {
      if (entry.expiresAt <= now) {
        this.entries.delete(slug);
      }
    }
  }
}
