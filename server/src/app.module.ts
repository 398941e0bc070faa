import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthModule } from './core/auth/auth.module.js';
import { CONFIG, type Config } from './core/config/config.js';
import type { Database } from './core/database/database.js';
import { DatabaseModule } from './core/database/database.module.js';
import { graphqlConfig } from './core/graphql/graphql.config.js';
import { HealthModule } from './core/health/health.module.js';
import { LOGGER, type AppLogger } from './core/logging/logger.js';
import { loggerModule } from './core/logging/nest-logging.js';
import { AuditSealer } from './core/audit/audit-sealer.js';
import { AgreementsModule } from './modules/agreements/agreements.module.js';
import { AttachmentsModule } from './modules/attachments/attachments.module.js';
import { CasesModule } from './modules/cases/cases.module.js';
import { ConsentsModule } from './modules/consents/consents.module.js';
import { ContactsModule } from './modules/contacts/contacts.module.js';
import { FollowUpModule } from './modules/follow-up/follow-up.module.js';
import { MessagesModule } from './modules/messages/messages.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { OrganisationsModule } from './modules/organisations/organisations.module.js';
import { OutreachModule } from './modules/outreach/outreach.module.js';
import { SupervisionModule } from './modules/supervision/supervision.module.js';
import { WorklistModule } from './modules/worklist/worklist.module.js';
import { ReferralsModule } from './modules/referrals/referrals.module.js';
import { StaffModule } from './modules/staff/staff.module.js';
import { UsersModule } from './modules/users/users.module.js';

export interface AppOptions {
  config: Config;
  database: Database;
  logger: AppLogger;
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
        loggerModule(options.logger),
        DatabaseModule.forRoot(options.database),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlConfig(options.config, options.database.app, options.logger),
        }),
        AuthModule,
        HealthModule,
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
        ContactsModule,
        OutreachModule,
      ],
      providers: [AuditSealer],
    };
  }
}
