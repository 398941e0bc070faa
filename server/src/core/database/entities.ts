import { Organisation } from '../../modules/organisations/organisation.entity.js';
import { User } from '../../modules/users/user.entity.js';

/** Every TypeORM entity; the schema itself comes from the SQL migrations, never from these. */
export const entities = [Organisation, User];
