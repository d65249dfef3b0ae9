import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection, ConnectionStates } from 'mongoose';
import { interval } from 'rxjs';

export interface HealthReport {
  status: 'ok' | 'draining' | 'degraded';
  database: string;
  lastPingMs: number | null;
}

const PING_INTERVAL_MS = 30_000;

@Injectable()
export class HealthService implements OnModuleInit {
  private readonly logger = new Logger(HealthService.name);
  private draining = false;
  private lastPingMs: number | null = null;

  constructor(@InjectConnection() private readonly connection: Connection) {
    // Report "draining" as soon as the orchestrator asks the pod to stop.
    process.on('SIGTERM', () => {
      this.draining = true;
    });
  }

  onModuleInit(): void {
    interval(PING_INTERVAL_MS).subscribe(() => {
      this.ping().catch((error: unknown) => this.logger.warn(`database ping failed: ${String(error)}`));
    });
  }

  report(): HealthReport {
    const state = this.connection.readyState;
    const connected = state === ConnectionStates.connected;
    return {
      status: this.draining ? 'draining' : connected ? 'ok' : 'degraded',
      database: ConnectionStates[state] ?? 'unknown',
      lastPingMs: this.lastPingMs,
    };
  }

  private async ping(): Promise<void> {
    const db = this.connection.db;
    if (!db) {
      return;
    }
    const started = Date.now();
    await db.admin().ping();
    this.lastPingMs = Date.now() - started;
  }
}
