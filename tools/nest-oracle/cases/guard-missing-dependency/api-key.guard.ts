import { CanActivate, Injectable } from '@nestjs/common';
import { KeysService } from './keys.service';

@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(private readonly keys: KeysService) {}

  canActivate(): boolean {
    return this.keys.valid('key');
  }
}
