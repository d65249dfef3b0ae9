import { Injectable } from '@nestjs/common';
import { UserRepository } from './user-repository';

@Injectable()
export class InMemoryUserRepository implements UserRepository {
  private readonly names = new Map<string, string>([['1', 'ada']]);

  findName(id: string): string | undefined {
    return this.names.get(id);
  }
}
