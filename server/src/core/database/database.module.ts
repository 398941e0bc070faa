import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Database } from './database.js';
import { APP_DATA_SOURCE, DATABASE } from './database.tokens.js';

/** Hands the already opened database to Nest; whoever opened it (main.ts, a test) closes it. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(database: Database): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: APP_DATA_SOURCE, useValue: database.app },
        { provide: DATABASE, useValue: database },
      ],
      exports: [APP_DATA_SOURCE, DATABASE],
    };
  }
}
