import type { StateCreator } from 'zustand';
import type { AppState } from '../../state/appState';
import { clock } from '../../state/clock';
import type { Staff } from '../../../../shared/domain/staff';
import { parseAutoLockMinutes } from '../../../../shared/session/autoLock';
import { checkOffline, signIn as signInWith, type SignInOutcome, type SignInRefusal } from '../signIn';
import { headOfficeApi } from '../headOfficeApi';
import { checkHeadOfficeUrl } from '../headOfficeUrl';
import { logAccess } from '../../access/repository/accessLog';
import { readSyncStatus } from '../../sync/repository/syncStatus';
import { wipeRealStore } from '../repository/wipeStore';
import { eraseForHeadOffice } from '../remoteWipe';
import { forgetRefresh, lastUserId, readRefresh } from '../repository/sessionStore';
import { createSessionAccess } from '../../sync/sessionAccess';
import { createAppSync } from '../../sync/appSync';
import { sessionRuntime, setSessionRuntime } from '../../sync/sessionRuntime';
import { bindPackContext } from '../../fieldwork/compliancePack';
import { bindConfigContext } from '../../config/configInForce';

const URL_KEY = 'recovery-desk.headOfficeUrl';
const AUTO_LOCK_KEY = 'recovery-desk.autoLockMinutes';
/** The address of the last online sign-in: a restart without the network still knows where to sync later. */
/** What an account id looks like; anything else typed is not put in the access log as a user id. */
const ID_LIKE = /^[A-Za-z0-9][A-Za-z0-9_.@-]{0,127}$/;
const LAST_URL_KEY = 'recovery-desk.lastHeadOfficeUrl';

export interface SignedIn {
  user: Staff;
  /** The rule pack head office set for the user's branch: the one the real store works under (fieldwork/compliancePack). */
  rulePack: string;
  mode: 'online' | 'offline';
  since: string;
  /** Head office asked for a new password at this (online) sign-in: the app shows the forced change first. */
  mustChangePassword?: boolean;
}

/** Why the sign-in screen is showing, when it is not simply the start. */
export type SessionNotice =
  | { kind: 'revoked'; wiped: boolean }
  | { kind: 'signed_out' }
  /** userId: typed in for them again; afterOffline: the session was an offline sign-in, which holds no token. */
  | { kind: 'sign_in_again'; userId?: string; afterOffline?: boolean }
  | { kind: 'wiped_by_head_office'; complete: boolean };

export interface SessionSlice {
  session: SignedIn | null;
  locked: boolean;
  sessionNotice: SessionNotice | null;
  /** The address typed in Settings; null means the platform's default. */
  headOfficeUrlSetting: string | null;
  autoLockMinutes: number;
  headOfficeUrl: () => string | null;
  signIn: (userId: string, password: string) => Promise<SignInOutcome>;
  unlock: (password: string) => Promise<{ ok: true } | { ok: false; refusal: SignInRefusal }>;
  lock: () => void;
  signOut: (notice?: SessionNotice) => Promise<void>;
  deviceRevoked: () => Promise<void>;
  /** Head office's remote wipe (device_wiped): everything local erased, then the wipe screen. */
  deviceWiped: () => Promise<void>;
  setHeadOfficeUrl: (url: string | null) => void;
  setAutoLockMinutes: (minutes: number) => void;
}

function rememberedUrl(key = URL_KEY): string | null {
  const v = globalThis.localStorage?.getItem(key);
  if (!v) return null;
  const checked = checkHeadOfficeUrl(v);
  return checked.ok ? checked.url : null;
}

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set, get, store) => {
  // The real store works under the signed-in user's branch pack (head office's), never a locally chosen one.
  bindPackContext(() => ({ source: get().source, session: get().session }));
  // Published configuration (letterheads, calendar, limits) is read for the signed-in user's branch.
  bindConfigContext(() => ({ source: get().source, branchCode: get().session?.user.branchCode ?? null }));
  return sessionSlice(set, get, store);
};

const sessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set, get) => ({
  session: null,
  locked: false,
  sessionNotice: null,
  headOfficeUrlSetting: rememberedUrl(),
  autoLockMinutes: parseAutoLockMinutes(globalThis.localStorage?.getItem(AUTO_LOCK_KEY)),

  headOfficeUrl: () => {
    if (get().headOfficeUrlSetting) return get().headOfficeUrlSetting;
    // The address the install was started with (already tidied by the platform); checked again here for the
    // Settings rule (plain http only on loopback).
    const fromPlatform = get().appInfo?.headOfficeUrl;
    const checked = fromPlatform ? checkHeadOfficeUrl(fromPlatform) : null;
    return checked?.ok ? checked.url : rememberedUrl(LAST_URL_KEY);
  },

  signIn: async (userId, password) => {
    const store = get().store;
    if (!store || store.source !== 'live') return { ok: false, refusal: { reason: 'server', detail: 'the store is not open' } };
    const device = await store.device.identity();
    const baseUrl = get().headOfficeUrl();
    const api = baseUrl ? headOfficeApi(baseUrl) : null;
    const outcome = await signInWith({ db: store.db, device, api, now: clock.now }, userId, password);
    if (!outcome.ok) {
      if (outcome.refusal.reason === 'device_revoked') {
        await get().deviceRevoked();
        return outcome;
      }
      if (outcome.refusal.reason === 'device_wiped') {
        await get().deviceWiped();
        return outcome;
      }
      if (outcome.refusal.reason === 'invalid_credentials' || outcome.refusal.reason === 'locked') {
        // Stamped with the user this device is enrolled to (head office takes pushes only from them); a
        // device nobody has signed in on yet has no one to stamp it with, and head office logs its own refusals.
        const enrolled = await lastUserId(store.db);
        const tried = userId.trim();
        if (enrolled) {
          await logAccess(store.db, device.deviceId, { kind: 'sign_in_failed', userId: ID_LIKE.test(tried) ? tried : null, detail: `${outcome.refusal.where}: ${outcome.refusal.reason}`, at: clock.now() }, enrolled);
        }
      }
      return outcome;
    }
    const user = outcome.user;
    if (outcome.mode === 'online' && baseUrl) globalThis.localStorage?.setItem(LAST_URL_KEY, baseUrl);
    await logAccess(store.db, outcome.device.deviceId, { kind: outcome.mode === 'online' ? 'sign_in' : 'offline_sign_in', userId: user.id, at: clock.now() });
    const status = await readSyncStatus(store.db, 1);
    set({ session: { user, rulePack: outcome.rulePack, mode: outcome.mode, since: clock.now().toISOString(), mustChangePassword: outcome.mode === 'online' && outcome.mustChangePassword }, locked: false, sessionNotice: null, operator: user, device: outcome.device });
    get().resetSyncView(status.lastSuccessAt);
    if (baseUrl && api) {
      const access = createSessionAccess({ db: store.db, api, deviceId: outcome.device.deviceId, userId: user.id });
      if (outcome.mode === 'online') access.setAccess(outcome.access);
      const sync = createAppSync({ db: store.db, baseUrl, deviceId: outcome.device.deviceId, access, appVersion: get().appInfo?.version, onEvent: (e) => get().onSyncEvent(e) });
      setSessionRuntime({ access, sync });
      // Head office refuses sync until a forced change is done (password_change_required): it starts after it.
      if (!(outcome.mode === 'online' && outcome.mustChangePassword)) sync.start();
    }
    await Promise.all([get().reloadRows(), get().refreshOutbox(), get().refreshStaff()]);
    return outcome;
  },

  unlock: async (password) => {
    const store = get().store;
    const session = get().session;
    if (!store || !session) return { ok: false, refusal: { reason: 'server', detail: 'not signed in' } };
    const checked = await checkOffline(store.db, session.user.id, password, clock.now);
    const deviceId = get().device?.deviceId ?? (await store.device.identity()).deviceId;
    if (!checked.ok) {
      await logAccess(store.db, deviceId, { kind: 'sign_in_failed', userId: session.user.id, detail: `unlock: ${checked.refusal.reason}`, at: clock.now() });
      return checked;
    }
    await logAccess(store.db, deviceId, { kind: 'unlock', userId: session.user.id, at: clock.now() });
    set({ locked: false });
    await get().refreshOutbox();
    return { ok: true };
  },

  lock: () => {
    const { session, store, locked } = get();
    if (!session || locked) return;
    // Unmounting the workspace is what clears the screen; the open case's records go from memory too.
    set({ locked: true, caseWork: null });
    // The row-preparing worker's copy of the keys goes too; the next big write after unlock starts it again.
    store?.db.forgetSealerKeys();
    const deviceId = get().device?.deviceId;
    if (store && deviceId) void logAccess(store.db, deviceId, { kind: 'lock', userId: session.user.id, at: clock.now() });
  },

  signOut: async (notice = { kind: 'signed_out' }) => {
    const { session, store } = get();
    setSessionRuntime(null);
    if (session && store) {
      const deviceId = get().device?.deviceId ?? (await store.device.identity()).deviceId;
      await logAccess(store.db, deviceId, { kind: 'sign_out', userId: session.user.id, at: clock.now() });
      if (notice.kind === 'signed_out') {
        // Head office revokes the token when it can be reached; offline, forgetting it here ends the session
        // on this device, and the token expires at head office in its own time.
        const refresh = await readRefresh(store.db);
        const baseUrl = get().headOfficeUrl();
        // Not awaited: signing out never waits on the network.
        if (refresh && baseUrl && globalThis.navigator?.onLine !== false) void headOfficeApi(baseUrl).signOut({ refreshToken: refresh.token, deviceId });
        await forgetRefresh(store.db);
      }
    }
    // Local data and the outbox stay: they are pushed after the next sign-in. The row-preparing worker's keys go.
    store?.db.forgetSealerKeys();
    set({ session: null, locked: false, sessionNotice: notice, caseWork: null });
    get().resetSyncView(null);
  },

  deviceRevoked: async () => {
    setSessionRuntime(null);
    const store = get().store;
    set({ session: null, locked: false, caseWork: null, rows: [], store: null });
    let wiped = false;
    try {
      wiped = await wipeRealStore(() => store?.close());
    } catch (error) {
      console.error('wipe', error);
    }
    get().resetSyncView(null);
    await get().openDataSource('live');
    set({ sessionNotice: { kind: 'revoked', wiped } });
  },

  deviceWiped: async () => {
    setSessionRuntime(null);
    const store = get().store;
    set({ session: null, locked: false, caseWork: null, rows: [], store: null });
    let complete = false;
    try {
      complete = (await eraseForHeadOffice({ closeStore: () => store?.close() })).complete;
    } catch (error) {
      console.error('remote wipe', error);
    }
    get().resetSyncView(null);
    await get().openDataSource('live');
    set({ sessionNotice: { kind: 'wiped_by_head_office', complete } });
  },

  setHeadOfficeUrl: (url) => {
    if (url) globalThis.localStorage?.setItem(URL_KEY, url);
    else globalThis.localStorage?.removeItem(URL_KEY);
    set({ headOfficeUrlSetting: url });
  },

  setAutoLockMinutes: (minutes) => {
    const m = parseAutoLockMinutes(minutes);
    globalThis.localStorage?.setItem(AUTO_LOCK_KEY, String(m));
    set({ autoLockMinutes: m });
  },
});

/** For the status bar and the Sync screen: whether "Sync now" can do anything. */
export const canSync = () => sessionRuntime() !== null;
