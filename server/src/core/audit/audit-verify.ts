import pg from 'pg';

export interface AuditProblem {
  kind: 'changed' | 'removed' | 'truncated';
  /** The event at fault (for `removed`: the first event after the gap). */
  eventId: string | null;
  position: number;
  message: string;
}

export interface AuditVerification {
  events: number;
  problem?: AuditProblem;
}

/**
 * Walks the hash chain of the audit trail as the owner (it must see every organisation's
 * events) and names the first event that was changed or removed. Seals pending events first.
 */
export async function verifyAuditTrail(ownerUrl: string, batchSize = 5000): Promise<AuditVerification> {
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'cirkel-audit-verify' });
  await client.connect();
  try {
    await client.query('SELECT audit_seal()');
    const [head] = (await client.query<{ position: string; hash: Buffer }>('SELECT position, hash FROM audit_chain_head')).rows;
    let previousHash: Buffer = (
      await client.query<{ hash: Buffer }>(`SELECT sha256(convert_to('cirkel audit trail', 'UTF8')) AS hash`)
    ).rows[0]!.hash;
    let expected = 1;
    let count = 0;
    for (;;) {
      const { rows } = await client.query<{ id: string; position: string; hash: Buffer; previous_hash: Buffer; recomputed: Buffer }>(
        `SELECT e.id::text, e.chain_position AS position, e.hash, e.previous_hash, audit_event_hash(e, e.previous_hash) AS recomputed
           FROM audit_event e WHERE e.chain_position >= $1 ORDER BY e.chain_position LIMIT $2`,
        [expected, batchSize],
      );
      for (const row of rows) {
        const position = Number(row.position);
        if (position !== expected) {
          return {
            events: count,
            problem: {
              kind: 'removed',
              eventId: row.id,
              position: expected,
              message: `audit event at chain position ${expected} was removed (the chain continues at position ${position}, event ${row.id})`,
            },
          };
        }
        if (!row.previous_hash.equals(previousHash)) {
          return {
            events: count,
            problem: {
              kind: 'changed',
              eventId: row.id,
              position,
              message: `audit event ${row.id} at chain position ${position} does not link to the event before it: that event, or this link, was changed`,
            },
          };
        }
        if (!row.recomputed.equals(row.hash)) {
          return {
            events: count,
            problem: { kind: 'changed', eventId: row.id, position, message: `audit event ${row.id} at chain position ${position} was changed` },
          };
        }
        previousHash = row.hash;
        expected += 1;
        count += 1;
      }
      if (rows.length < batchSize) break;
    }
    if (Number(head!.position) !== expected - 1 || !head!.hash.equals(previousHash)) {
      return {
        events: count,
        problem: {
          kind: 'truncated',
          eventId: null,
          position: expected,
          message: `audit events from chain position ${expected} to ${head!.position} were removed`,
        },
      };
    }
    return { events: count };
  } finally {
    await client.end();
  }
}
