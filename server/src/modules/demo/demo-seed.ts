import pg from 'pg';
import { passwordHasher } from '../../core/auth/password-hasher.js';
import type { AppLogger } from '../../core/logging/logger.js';
import { seedDemoCaseSources } from './demo-case-sources.js';
import { seedDemoCases } from './demo-cases.js';
import { seedDemoOutreach } from './demo-outreach.js';
import { DEMO_PASSWORD, demoOrganisations } from './demo-data.js';

export interface DemoLogin {
  email: string;
  password: string;
  description: string;
}

/**
 * Fills an empty development database with the demo organisations and users, in one
 * transaction. Runs as the owner: creating organisations is not something the application
 * role may do. A database that already holds organisations is left alone, so running it twice
 * changes nothing.
 */
export async function seedDemoData(ownerUrl: string, logger: AppLogger): Promise<DemoLogin[]> {
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'cirkel-demo-seed' });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('LOCK TABLE organisation IN SHARE ROW EXCLUSIVE MODE');
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM organisation');
    const empty = rows[0]?.count === '0';
    if (empty) {
      const hash = await passwordHasher.hash(DEMO_PASSWORD);
      for (const organisation of demoOrganisations) {
        await client.query(
          `INSERT INTO organisation (id, name, name_latin, name_arabic, kind, country, default_language, time_zone)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            organisation.id,
            organisation.name,
            organisation.nameLatin,
            organisation.nameArabic,
            organisation.kind,
            organisation.country,
            organisation.defaultLanguage,
            organisation.timeZone,
          ],
        );
        for (const user of organisation.users) {
          await client.query(
            `INSERT INTO app_user (id, organisation_id, email, name, name_latin, roles, language, password_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [user.id, organisation.id, user.email, user.name, user.nameLatin, user.roles, user.language, hash],
          );
        }
      }
      await seedDemoCases(client);
      await seedDemoOutreach(client);
      await seedDemoCaseSources(client);
      logger.info('demo data seeded', { organisations: demoOrganisations.length });
    }
    await client.query('COMMIT');
    // Only the demo accounts that still exist are worth printing.
    const present = await client.query<{ email: string }>('SELECT email FROM app_user WHERE id = ANY($1) AND active', [
      demoOrganisations.flatMap((o) => o.users.map((u) => u.id)),
    ]);
    const emails = new Set(present.rows.map((r) => r.email));
    return demoOrganisations.flatMap((organisation) =>
      organisation.users
        .filter((user) => emails.has(user.email))
        .map((user) => ({
          email: user.email,
          password: DEMO_PASSWORD,
          description: `${user.roles.join(', ').padEnd(30)} ${user.language}  ${organisation.name}`,
        })),
    );
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
