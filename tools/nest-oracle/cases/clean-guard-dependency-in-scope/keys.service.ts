import { Injectable } from '@nestjs/common';

@Injectable()
export class KeysService {
  valid(key: string): boolean {
    return key.length > 0;
  }
}
