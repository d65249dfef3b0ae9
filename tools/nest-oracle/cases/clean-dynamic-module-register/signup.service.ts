import { Injectable } from '@nestjs/common';
import { MailService } from './mail.service';

@Injectable()
export class SignupService {
  constructor(private readonly mail: MailService) {}

  welcomeSender(): string {
    return this.mail.sender();
  }
}
