import { Injectable } from '@nestjs/common';

@Injectable()
export class CatsService {
  names(): string[] {
    return ['tom'];
  }
}
