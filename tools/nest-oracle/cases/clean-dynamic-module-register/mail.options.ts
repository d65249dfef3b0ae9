export const MAIL_OPTIONS = 'MAIL_OPTIONS';

export interface MailOptions {
  from: string;
}
