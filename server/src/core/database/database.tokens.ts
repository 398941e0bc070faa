/** The TypeORM DataSource of the application role (RLS applies to everything it does). */
export const APP_DATA_SOURCE = Symbol('AppDataSource');
