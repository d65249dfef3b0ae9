import { DynamicModule, Module } from '@nestjs/common';
import { MAIL_OPTIONS, MailOptions } from './mail-options';
import { LogMailTransport, MAIL_TRANSPORT } from './mail-transport';
import { MailService } from './mail.service';

@Module({})
export class MailModule {
  /** Registered once in AppModule; global, so feature modules inject MailService directly. */
  static register(options: MailOptions): DynamicModule {
    return {
      module: MailModule,
      global: true,
      providers: [
        { provide: MAIL_OPTIONS, useValue: options },
        { provide: MAIL_TRANSPORT, useClass: LogMailTransport },
        MailService,
      ],
      exports: [MailService],
    };
  }
}
