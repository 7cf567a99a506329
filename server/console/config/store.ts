import { lockChanges } from '../../db/changeLogLock';
import type { Db, Queryable } from '../../db/types';
import { slotOf, type ConfigKind, type PublishedConfig } from '../../../shared/publishedConfig';

/**
 * Published configuration at head office (migration 16): every version a row of its own, never edited, each
 * logged in the change log as a 'config' change for its scope ('*': the whole bank), so devices pull the newest
 * version of each slot like records (server/sync/pull.ts).
 */

interface Row {
  kind: ConfigKind;
  scope: string;
  key: string;
  version: number;
  payload: PublishedConfig['payload'];
  published_by: string;
  published_at: Date | string;
}

export const toConfig = (r: Row): PublishedConfig =>
  ({ kind: r.kind, scope: r.scope, key: r.key, version: Number(r.version), payload: r.payload, publishedBy: r.published_by, publishedAt: new Date(r.published_at).toISOString() }) as PublishedConfig;

/** Publishes the next version of the slot; returns it. One transaction: the version and its change-log row. */
export async function publishConfig(db: Db, kind: ConfigKind, scope: string, key: string, payload: unknown, publishedBy: string, nowIso: string): Promise<PublishedConfig> {
  return db.transaction((tx) => publishConfigIn(tx, kind, scope, key, payload, publishedBy, nowIso));
}

/** publishConfig inside the caller's transaction (head office publishing what it keeps, with the change that made it). */
export async function publishConfigIn(tx: Queryable, kind: ConfigKind, scope: string, key: string, payload: unknown, publishedBy: string, nowIso: string): Promise<PublishedConfig> {
  // The change-log lock also serialises publishers, so two admins publishing at once get versions n and n+1.
  await lockChanges(tx);
  const last = await tx.query<{ v: number | null }>('SELECT max(version) AS v FROM published_configs WHERE kind = $1 AND scope = $2 AND key = $3', [kind, scope, key]);
  const version = Number(last.rows[0]?.v ?? 0) + 1;
  const logged = await tx.query<{ seq: string | number }>(
    `INSERT INTO changes (kind, record_id, branch_code, officer_id, audience, created_at) VALUES ('config', $1, $2, NULL, 'branch', $3) RETURNING seq`,
    [slotOf(kind, scope, key), scope === 'bank' ? '*' : scope, nowIso],
  );
  const inserted = await tx.query<Row>(
    `INSERT INTO published_configs (kind, scope, key, version, payload, published_by, published_at, change_seq) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)
     RETURNING kind, scope, key, version, payload, published_by, published_at`,
    [kind, scope, key, version, JSON.stringify(payload), publishedBy, nowIso, logged.rows[0]!.seq],
  );
  return toConfig(inserted.rows[0]!);
}

/** The newest version of every slot of `kind` a reader may see (branchCode null: every scope). */
export async function currentConfigs(db: Queryable, kind: ConfigKind, branchCode: string | null): Promise<PublishedConfig[]> {
  const res = await db.query<Row>(
    `SELECT DISTINCT ON (kind, scope, key) kind, scope, key, version, payload, published_by, published_at
       FROM published_configs
      WHERE kind = $1 AND ($2::text IS NULL OR scope IN ('bank', $2))
      ORDER BY kind, scope, key, version DESC`,
    [kind, branchCode],
  );
  return res.rows.map(toConfig);
}

/** Every version of one slot, newest first, without payloads' images (the history lists who and when). */
export async function configHistory(db: Queryable, kind: ConfigKind, scope: string, key: string): Promise<PublishedConfig[]> {
  const res = await db.query<Row>(
    `SELECT kind, scope, key, version, payload, published_by, published_at FROM published_configs WHERE kind = $1 AND scope = $2 AND key = $3 ORDER BY version DESC`,
    [kind, scope, key],
  );
  return res.rows.map(toConfig);
}
