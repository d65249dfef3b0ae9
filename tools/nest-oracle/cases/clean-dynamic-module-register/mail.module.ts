import { DynamicModule, Module } from '@nestjs/common';
import { MAIL_OPTIONS, MailOptions } from './mail.options';
import { MailService } from './mail.service';

@Module({})
export class MailModule {
  static register(options: MailOptions): DynamicModule {
    return {
      module: MailModule,
      providers: [{ provide: MAIL_OPTIONS, useValue: options }, MailService],
      exports: [MailService],
    };
  }
}
