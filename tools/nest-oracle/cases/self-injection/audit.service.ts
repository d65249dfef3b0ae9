import { Injectable } from '@nestjs/common';

@Injectable()
export class AuditService {
  constructor(private readonly self: AuditService) {}

  record(event: string): string {
    return `${this.self === this ? 'same' : 'other'}:${event}`;
  }
}
