import type { DataSource, QueryRunner } from 'typeorm';

/**
 * `work` in a short transaction of its own, on a connection of its own: committed when `work`
 * succeeds, rolled back when anything fails, the connection released either way. `connect` takes
 * the connection (the request context's answers BUSY when the pool has none free).
 */
export async function shortTransaction<T>(
  dataSource: DataSource,
  work: (runner: QueryRunner) => Promise<T>,
  connect: (runner: QueryRunner) => Promise<unknown> = (runner) => runner.connect(),
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    await connect(runner);
    await runner.startTransaction();
    const result = await work(runner);
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
