import { Inject, Injectable } from '@nestjs/common';

export interface AuditSink {
  write(line: string): void;
}

@Injectable()
export class AuditService {
  // Property injection: Nest resolves the token after construction.
  @Inject('AUDIT_SINK')
  private readonly sink!: AuditSink;

  record(event: string): void {
    this.sink.write(event);
  }
}
