import type { INestApplicationContext } from '@nestjs/common';
import { SignupService } from './signup.service';

export function probe(app: INestApplicationContext): Record<string, unknown> {
  return { sender: app.get(SignupService).welcomeSender() };
}
