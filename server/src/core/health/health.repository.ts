import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../database/database.tokens.js';

/** The readiness probe's question to the database, as the application role, outside any request. */
@Injectable()
export class HealthRepository {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
