export const MAIL_OPTIONS = 'MAIL_OPTIONS';

export interface MailOptions {
  /** The sender address of every mail, e.g. `Shop <orders@shop.example>`. */
  from: string;
}
