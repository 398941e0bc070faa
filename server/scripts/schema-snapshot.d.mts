import type pg from 'pg';

export declare const serverRoot: string;
export declare const snapshotFile: string;
/** The snapshot of the database `client` is connected to (see schema-snapshot.mjs). */
export declare function schemaSnapshot(client: pg.Client, roles: { appRole: string; ownerRole: string }): Promise<string>;
