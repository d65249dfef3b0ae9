import { Injectable } from '@nestjs/common';

@Injectable()
export class CatsRepository {
  name(id: string): string {
    return `cat ${id}`;
  }
}
