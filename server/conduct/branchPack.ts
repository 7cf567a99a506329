import { getPack, DEFAULT_PACK_ID, type Pack } from '../../shared/compliance';
import { packWithParams, RulePackParamsSchema } from '../../shared/publishedConfig';
import { currentConfigs } from '../console/config/store';
import type { Queryable } from '../db/types';

/**
 * What decides the pack a branch's records are judged by: the pack head office set for it (branches.rule_pack) and
 * the newest rule-pack parameters published for it, named by their change-log seq (published_configs rows are never
 * edited: a publication is a new row with a higher seq). The re-check reads this in the statement that reads the case
 * (recheck.ts loadCase), so every head-office instance sees a publication at its next push.
 */
export interface PackStamp {
  branchCode: string;
  rulePack: string | null;
  paramsSeq: number | null;
}

/**
 * Packs by branch, kept across pushes while their stamp holds (a pack is built from a stamp's data only). One entry
 * a branch, so the map stays as small as the bank's branch list. Only packs already read are kept: a read in flight
 * belongs to its push's transaction, and another push must not wait on it or fail with it.
 */
const packs = new Map<string, { key: string; pack: Pack }>();

const keyOf = (s: PackStamp) => `${s.rulePack ?? ''}\u0000${s.paramsSeq ?? ''}`;

/** The branch's pack with its published parameters; read (one statement) only when its stamp changed. */
export async function branchPack(tx: Queryable, stamp: PackStamp): Promise<Pack> {
  const key = keyOf(stamp);
  const kept = packs.get(stamp.branchCode);
  if (kept && kept.key === key) return kept.pack;
  const pack = await readPack(tx, stamp);
  packs.set(stamp.branchCode, { key, pack });
  return pack;
}

async function readPack(tx: Queryable, stamp: PackStamp): Promise<Pack> {
  let pack: Pack;
  try {
    pack = getPack(stamp.rulePack ?? DEFAULT_PACK_ID);
  } catch {
    pack = getPack(DEFAULT_PACK_ID);
  }
  if (stamp.paramsSeq === null) return pack;
  const published = (await currentConfigs(tx, 'rulePackParams', stamp.branchCode)).find((c) => c.scope === stamp.branchCode);
  const params = published ? RulePackParamsSchema.safeParse(published.payload) : null;
  return packWithParams(pack, params?.success ? params.data : null);
}
