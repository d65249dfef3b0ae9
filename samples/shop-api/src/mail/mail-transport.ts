import { Injectable, Logger } from '@nestjs/common';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
}

/** Development transport: writes the mail to the log instead of sending it. */
@Injectable()
export class LogMailTransport implements MailTransport {
  private readonly logger = new Logger(LogMailTransport.name);

  send(mail: OutgoingMail): Promise<void> {
    this.logger.log(`mail to ${mail.to}: ${mail.subject}`);
    return Promise.resolve();
  }
}
