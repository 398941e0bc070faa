import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '../auth/public.decorator.js';
import { HealthRepository } from './health.repository.js';

@Controller()
export class HealthController {
  constructor(private readonly repository: HealthRepository) {}

  /** Alive: the process answers. */
  @Public()
  @Get('health')
  @HttpCode(200)
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Ready: the database answers the application role within two seconds. */
  @Public()
  @Get('ready')
  async ready(): Promise<{ status: 'ready' }> {
    try {
      await Promise.race([this.repository.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref())]);
      return { status: 'ready' };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', reason: 'database' });
    }
  }
}
