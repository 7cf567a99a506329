import { useTranslation } from 'react-i18next';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { navigate, useRoute } from '../layout/route';
import { ErrorNote } from '../ui/ErrorNote';
import { fetchBranches, fetchDevices } from './api';
import { DeviceTable } from './DeviceTable';

/** #/devices?branch= : every device in the reader's scope, with revoke and remote wipe for an admin. */
export function DevicesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { params } = useRoute();
  const branchCode = params.get('branch') ?? undefined;
  const devices = useApi(() => fetchDevices({ branchCode }), branchCode ?? '');
  const branches = useApi(fetchBranches, 'branches');
  return (
    <section>
      <h1>{t('people.devices.title')}</h1>
      {me.scopeBranchCode === null ? (
        <div className="toolbar">
          <label>
            {t('people.users.branch')}
            <select data-testid="devices-filter-branch" value={branchCode ?? ''} onChange={(e) => navigate(e.target.value ? `devices?branch=${encodeURIComponent(e.target.value)}` : 'devices')}>
              <option value="">{t('people.users.all')}</option>
              {(branches.data ?? []).map((b) => (
                <option key={b.code} value={b.code}>
                  {b.code} {b.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      <ErrorNote error={devices.error} onRetry={devices.reload} />
      {devices.data ? <DeviceTable devices={devices.data} onChanged={devices.reload} /> : <p className="loading">{t('common.loading')}</p>}
    </section>
  );
}
