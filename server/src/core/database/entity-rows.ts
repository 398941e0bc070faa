import DataLoader from 'dataloader';
import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import { reusedRows } from './sql.js';

/**
 * An entity read by the repository's own SQL instead of TypeORM's query builder: the select list
 * of its columns (`alias.column AS "alias.property"`), and the entity built from such a row with
 * TypeORM's own conversion of each column (`driver.prepareHydratedValue`: dates as the entity
 * declares them, transformers), so what a resolver receives is the same object `find` returns.
 *
 * Why: on the read paths at volume the query builder (building and re-parsing SQL text for every
 * batch) was about a tenth of the server's time, and a page could not share one statement with
 * what it joins (issue 10). The SQL stays in the repository, where the snapshot shows it.
 */
export class EntityRows<T extends ObjectLiteral> {
  private constructor(
    /** The request's manager: its transaction, its tenant. */
    private readonly manager: EntityManager,
    private readonly metadata: EntityMetadata,
    /** The columns `find` reads (not those marked `select: false`, such as an attachment's content). */
    private readonly columns: readonly ColumnMetadata[],
    /** Select lists by alias, made once per entity for the life of the process. */
    private readonly selects: Map<string, string>,
  ) {}

  static of<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>): EntityRows<T> {
    const metadata = manager.connection.getMetadata(entity);
    let shape = shapes.get(metadata);
    if (!shape) {
      shape = { columns: metadata.columns.filter((column) => column.isSelect), selects: new Map() };
      shapes.set(metadata, shape);
    }
    return new EntityRows<T>(manager, metadata, shape.columns, shape.selects);
  }

  /** The table, schema-qualified where it has a schema. */
  get table(): string {
    return this.metadata.tablePath;
  }

  /** `c."id" AS "c.id", …`: every column of the entity under the alias. */
  select(alias: string): string {
    let list = this.selects.get(alias);
    if (!list) {
      list = this.columns.map((column) => `${alias}."${column.databaseName}" AS "${alias}.${column.propertyPath}"`).join(', ');
      this.selects.set(alias, list);
    }
    return list;
  }

  /** The entity of a row read with `select(alias)`; null when the row has none (a LEFT JOIN that found nothing). */
  hydrate(row: Record<string, unknown>, alias: string): T | null {
    const primary = this.metadata.primaryColumns[0];
    if (primary && row[`${alias}.${primary.propertyPath}`] == null) return null;
    const entity = this.metadata.create() as T;
    const driver = this.manager.connection.driver;
    for (const column of this.columns) {
      column.setEntityValue(entity, driver.prepareHydratedValue(row[`${alias}.${column.propertyPath}`], column));
    }
    return entity;
  }

  /**
   * The entities of a page read with `select(alias)`, each primed in `byId`: loading one of them
   * again in this request reads nothing.
   */
  primed(found: readonly Record<string, unknown>[], alias: string, byId: DataLoader<string, T | null>): T[] {
    return found.map((row) => {
      const entity = this.hydrate(row, alias) as T;
      byId.prime(entity.id as string, entity);
      return entity;
    });
  }

  /**
   * The entities whose `column` is one of `keys` (`WHERE t.column = ANY($1)`), in the order given;
   * row-level security decides which the viewer gets. A prepared statement: planning it cost more
   * than running it for a page's batch (issue 10).
   */
  async whereIn(keyColumn: string, keys: readonly string[], orderBy?: string): Promise<T[]> {
    const found = await reusedRows<Record<string, unknown>>(
      this.manager,
      `SELECT ${this.select('t')} FROM ${this.table} AS t WHERE t."${keyColumn}" = ANY($1::uuid[])${orderBy ? ` ORDER BY ${orderBy}` : ''}`,
      [keys],
    );
    return found.map((row) => this.hydrate(row, 't') as T);
  }
}

const shapes = new WeakMap<EntityMetadata, { columns: readonly ColumnMetadata[]; selects: Map<string, string> }>();

/**
 * The loaders every repository needs, one way: an entity's row (`oneBy`) or rows (`manyBy`) per
 * key, where the key is a uuid column (`id`, `case_id`, `session_id`…) and `property` the same
 * value on the entity. One statement per batch, whatever the page size; the answers in the order
 * of the keys; row-level security decides which rows the viewer gets (a missing one is null).
 */
export function oneBy<T extends ObjectLiteral, K extends keyof T & string>(entity: EntityTarget<T>, column: string, property: K) {
  return (context: { db: EntityManager }) =>
    new DataLoader<string, T | null>(async (keys) => {
      const found = await EntityRows.of(context.db, entity).whereIn(column, keys);
      const byKey = new Map(found.map((row) => [row[property] as string, row]));
      return keys.map((key) => byKey.get(key) ?? null);
    });
}

/** Every row per key, in `orderBy` (SQL on the alias `t`, e.g. `t.position, t.id`). */
export function manyBy<T extends ObjectLiteral, K extends keyof T & string>(entity: EntityTarget<T>, column: string, property: K, orderBy: string) {
  return (context: { db: EntityManager }) =>
    new DataLoader<string, T[]>(async (keys) => {
      const found = await EntityRows.of(context.db, entity).whereIn(column, keys, orderBy);
      const byKey = new Map<string, T[]>(keys.map((key) => [key, []]));
      for (const row of found) byKey.get(row[property] as string)?.push(row);
      return keys.map((key) => byKey.get(key) ?? []);
    });
}
