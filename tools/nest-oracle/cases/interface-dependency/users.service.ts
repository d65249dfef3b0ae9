import { Injectable } from '@nestjs/common';
import { UserRepository } from './user-repository';

@Injectable()
export class UsersService {
  // An interface has no runtime value: the emitted parameter type is Object.
  constructor(private readonly repository: UserRepository) {}

  name(id: string): string {
    return this.repository.findName(id) ?? 'unknown';
  }
}
