/** The TypeORM DataSource of the application role (RLS applies to everything it does). */
export const APP_DATA_SOURCE = Symbol('AppDataSource');

/** The opened Database (URLs for connections of their own, such as the LISTEN connection). */
export const DATABASE = Symbol('Database');
