import { Injectable } from '@nestjs/common';

@Injectable()
export class UsersService {
  list(): string[] {
    return ['ada'];
  }
}
