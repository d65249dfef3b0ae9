import { Injectable } from '@nestjs/common';

@Injectable()
export class IdGenerator {
  next(): string {
    return 'id-1';
  }
}
