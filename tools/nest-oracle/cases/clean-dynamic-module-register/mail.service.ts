import { Inject, Injectable } from '@nestjs/common';
import { MAIL_OPTIONS, MailOptions } from './mail.options';

@Injectable()
export class MailService {
  constructor(@Inject(MAIL_OPTIONS) private readonly options: MailOptions) {}

  sender(): string {
    return this.options.from;
  }
}
