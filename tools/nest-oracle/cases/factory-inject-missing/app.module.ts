// Planted: the 'DB_URL_PARTS' factory injects 'DB_URL', which nothing provides.
import { Module } from '@nestjs/common';

@Module({
  providers: [
    {
      provide: 'DB_URL_PARTS',
      useFactory: (url: string) => new URL(url),
      inject: ['DB_URL'],
    },
  ],
})
export class AppModule {}
