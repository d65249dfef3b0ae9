// Planted: the 'LEGACY_LOGGER' alias points (useExisting) at the token 'LOGGER', which nothing provides.
import { Module } from '@nestjs/common';

@Module({
  providers: [{ provide: 'LEGACY_LOGGER', useExisting: 'LOGGER' }],
})
export class AppModule {}
