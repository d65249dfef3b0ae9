// Planted: the property-injected token 'AUDIT_SINK' is not provided.
import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';

@Module({
  providers: [AuditService],
})
export class AppModule {}
