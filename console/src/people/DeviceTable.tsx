import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../../shared/people/api';
import { useMe } from '../layout/MeContext';
import { DataTable } from '../ui/DataTable';
import { revokeDevice, wipeDevice } from './api';
import { CONSOLE_DEVICE_PREFIX } from '../session/deviceId';
import { refusalText } from './refusal';

const when = (iso: string | null, never: string) => (iso ? new Date(iso).toLocaleString() : never);

/** The id a console browser enrols with (console/src/session/deviceId.ts). */
const isConsoleBrowser = (d: Device) => d.id.startsWith(CONSOLE_DEVICE_PREFIX);

/** Devices with what each last reported; an admin revokes or wipes one, with a reason, after confirming. */
export function DeviceTable({ devices, onChanged }: { devices: Device[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [acting, setActing] = useState<{ device: Device; kind: 'revoke' | 'wipe' } | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: string } | { error: string } | null>(null);

  const columns = useMemo<ColumnDef<Device, unknown>[]>(() => {
    const state = (d: Device) => {
      const parts: string[] = [];
      parts.push(d.revokedAt ? t('people.devices.revokedAt', { at: when(d.revokedAt, ''), by: d.revokedBy ?? '', reason: d.revokeReason ?? '' }) : t('people.devices.active'));
      if (d.wipeRequestedAt) parts.push(t('people.devices.wipeAsked', { at: when(d.wipeRequestedAt, '') }));
      if (d.wipeToldAt) parts.push(t('people.devices.wipeTold', { at: when(d.wipeToldAt, '') }));
      return parts.join('；');
    };
    const cols: ColumnDef<Device, unknown>[] = [
      { accessorKey: 'userId', header: t('people.devices.user'), cell: (c) => `${c.row.original.userName}（${c.row.original.userId}）` },
      { accessorKey: 'deviceCode', header: t('people.devices.code') },
      { accessorKey: 'enrolledAt', header: t('people.devices.enrolled'), cell: (c) => when(c.row.original.enrolledAt, '') },
      {
        accessorKey: 'lastSyncAt',
        header: t('people.devices.lastSync'),
        // A console browser never syncs, by design (docs/server.md, "The console").
        cell: (c) => (isConsoleBrowser(c.row.original) ? t('people.devices.consoleBrowser') : when(c.row.original.lastSyncAt, t('people.devices.never'))),
      },
      { accessorKey: 'pendingChanges', header: t('people.devices.pending'), cell: (c) => c.row.original.pendingChanges ?? t('people.devices.unknown') },
      { accessorKey: 'appVersion', header: t('people.devices.appVersion'), cell: (c) => c.row.original.appVersion ?? t('people.devices.unknown') },
      { id: 'state', header: t('people.devices.revoked'), cell: (c) => <span data-testid={`device-state-${c.row.original.deviceCode}`}>{state(c.row.original)}</span> },
    ];
    if (me.canChange) {
      cols.push({
        id: 'act',
        header: '',
        cell: (c) => {
          const d = c.row.original;
          return (
            <span className="actions">
              {!d.revokedAt ? (
                <button type="button" className="secondary" data-testid={`device-revoke-${d.deviceCode}`} onClick={() => (setActing({ device: d, kind: 'revoke' }), setReason(''), setOutcome(null))}>
                  {t('people.devices.revoke')}
                </button>
              ) : null}
              {!d.wipeRequestedAt && !isConsoleBrowser(d) ? (
                <button type="button" className="danger" data-testid={`device-wipe-${d.deviceCode}`} onClick={() => (setActing({ device: d, kind: 'wipe' }), setReason(''), setOutcome(null))}>
                  {t('people.devices.wipe')}
                </button>
              ) : null}
            </span>
          );
        },
      });
    }
    return cols;
  }, [t, me.canChange]);

  async function confirm() {
    if (!acting) return;
    setBusy(true);
    try {
      const done = acting.kind === 'revoke' ? await revokeDevice(acting.device.id, reason.trim()) : await wipeDevice(acting.device.id, reason.trim());
      setOutcome({ ok: t('people.devices.done', { code: done.deviceCode }) });
      setActing(null);
      onChanged();
    } catch (error) {
      setOutcome({ error: refusalText(t, error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {acting ? (
        <div className="card" role="dialog" aria-label={t(`people.devices.${acting.kind}`)} data-testid="device-action">
          <h2>
            {t(`people.devices.${acting.kind}`)}：{acting.device.userName} · {acting.device.deviceCode}
          </h2>
          {acting.kind === 'wipe' ? <p className="error-note">{t('people.devices.wipeWarning')}</p> : null}
          <div className="actions">
            <label>
              {t('people.devices.reason')}
              <input data-testid="device-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoFocus />
            </label>
            <button type="button" className={acting.kind === 'wipe' ? 'danger' : undefined} data-testid="device-confirm" disabled={busy || reason.trim() === ''} onClick={() => void confirm()}>
              {acting.kind === 'wipe' ? t('people.devices.confirmWipe') : t('people.devices.confirmRevoke')}
            </button>
            <button type="button" className="secondary" onClick={() => setActing(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {outcome && 'error' in outcome ? (
        <p role="alert" className="error-note">
          {outcome.error}
        </p>
      ) : null}
      {outcome && 'ok' in outcome ? (
        <p role="status" className="ok-note">
          {outcome.ok}
        </p>
      ) : null}
      <DataTable rows={devices} columns={columns} label={t('people.devices.title')} testId="devices-table" rowTestId={(d) => `device-row-${d.deviceCode}`} />
    </>
  );
}
