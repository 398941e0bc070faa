import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthModule } from './core/auth/auth.module.js';
import { CONFIG, type Config } from './core/config/config.js';
import type { Database } from './core/database/database.js';
import { DatabaseModule } from './core/database/database.module.js';
import { graphqlConfig } from './core/graphql/graphql.config.js';
import { HealthController } from './core/health/health.controller.js';
import { LOGGER, type JsonLogger } from './core/logging/json-logger.js';
import { AuditSealer } from './core/audit/audit-sealer.js';
import { AgreementsModule } from './modules/agreements/agreements.module.js';
import { AttachmentsModule } from './modules/attachments/attachments.module.js';
import { CasesModule } from './modules/cases/cases.module.js';
import { ConsentsModule } from './modules/consents/consents.module.js';
import { FollowUpModule } from './modules/follow-up/follow-up.module.js';
import { MessagesModule } from './modules/messages/messages.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { OrganisationsModule } from './modules/organisations/organisations.module.js';
import { SupervisionModule } from './modules/supervision/supervision.module.js';
import { WorklistModule } from './modules/worklist/worklist.module.js';
import { ReferralsModule } from './modules/referrals/referrals.module.js';
import { StaffModule } from './modules/staff/staff.module.js';
import { UsersModule } from './modules/users/users.module.js';

export interface AppOptions {
  config: Config;
  database: Database;
  logger: JsonLogger;
}

@Global()
@Module({})
class CoreModule {
  static forRoot({ config, logger }: AppOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
      ],
      exports: [CONFIG, LOGGER],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        DatabaseModule.forRoot(options.database),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlConfig(options.config, options.database.app, options.logger),
        }),
        AuthModule,
        OrganisationsModule,
        StaffModule,
        UsersModule,
        AgreementsModule,
        CasesModule,
        AttachmentsModule,
        ConsentsModule,
        ReferralsModule,
        NotificationsModule,
        FollowUpModule,
        MessagesModule,
        SupervisionModule,
        WorklistModule,
      ],
      controllers: [HealthController],
      providers: [AuditSealer],
    };
  }
}
