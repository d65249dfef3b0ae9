import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { WebhooksModule } from './webhooks/webhooks.module';

@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, cache: true }), EventEmitterModule.forRoot(), WebhooksModule],
})
export class AppModule {}
