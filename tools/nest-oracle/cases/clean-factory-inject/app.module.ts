// Clean: an async factory injects a string token and a class, both provided.
import { Injectable, Module } from '@nestjs/common';

@Injectable()
export class UrlParser {
  parse(url: string): URL {
    return new URL(url);
  }
}

@Module({
  providers: [
    UrlParser,
    { provide: 'DB_URL', useValue: 'mongodb://localhost:27017/shop' },
    {
      provide: 'DB_HOST',
      useFactory: async (url: string, parser: UrlParser) => parser.parse(url).hostname,
      inject: ['DB_URL', UrlParser],
    },
  ],
})
export class AppModule {}
