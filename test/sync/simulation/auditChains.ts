import type { HeadOffice } from './headOffice';
import type { SimDevice } from './device';

/**
 * After the fault-free round: head office holds each device's whole audit chain, entry for entry (same seq, same
 * hash), and found no break in it. Dropped answers, double deliveries and restarts must never look like tampering.
 */
export async function checkAuditChains(ho: HeadOffice, devices: readonly SimDevice[]): Promise<string[]> {
  const problems: string[] = [];
  let written = 0;
  for (const d of devices) {
    const local = await d.db.audit.orderBy('seq').toArray();
    written += local.length;
    const held = (await ho.db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_entries WHERE device_id = $1 ORDER BY seq, id', [d.deviceId])).rows;
    const findings = (await ho.db.query<{ seq: number; kind: string }>('SELECT seq, kind FROM audit_findings WHERE device_id = $1', [d.deviceId])).rows;
    for (const f of findings) problems.push(`${d.name}: head office found its audit chain ${f.kind} at seq ${f.seq}`);
    const localKey = local.map((e) => `${e.seq}:${e.hash}`).join(',');
    const heldKey = held.map((e) => `${e.seq}:${e.hash}`).join(',');
    if (localKey !== heldKey) problems.push(`${d.name}: head office holds ${held.length} audit entries, the device ${local.length}, or they differ`);
  }
  // A run whose devices wrote no audit entry would prove nothing here.
  if (devices.length > 0 && written === 0) problems.push('no device wrote an audit entry: the audit chains were not exercised');
  return problems;
}
