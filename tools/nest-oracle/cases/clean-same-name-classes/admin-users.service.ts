import { Injectable } from '@nestjs/common';

// A second class named UsersService, as two apps or libraries of a monorepo often have.
@Injectable()
export class UsersService {
  admins(): string[] {
    return ['root'];
  }
}
