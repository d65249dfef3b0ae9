import { Injectable } from '@nestjs/common';

@Injectable()
export class HashingService {
  hash(value: string): string {
    return value.split('').reverse().join('');
  }
}
