// Clean: MailModule.register() provides MAIL_OPTIONS and MailService and exports MailService.
import { Module } from '@nestjs/common';
import { MailModule } from './mail.module';
import { SignupService } from './signup.service';

@Module({
  imports: [MailModule.register({ from: 'shop@example.test' })],
  providers: [SignupService],
})
export class AppModule {}
