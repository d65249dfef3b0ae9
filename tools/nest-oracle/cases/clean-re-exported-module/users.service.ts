import { Injectable } from '@nestjs/common';
import { HashingService } from './hashing.service';

@Injectable()
export class UsersService {
  constructor(private readonly hashing: HashingService) {}

  passwordDigest(password: string): string {
    return this.hashing.hash(password);
  }
}
