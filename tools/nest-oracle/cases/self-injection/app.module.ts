// Planted: AuditService injects itself.
import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';

@Module({
  providers: [AuditService],
})
export class AppModule {}
