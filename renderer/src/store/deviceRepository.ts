import { newId } from '../../../shared/sync';
import type { RecoveryDeskDb } from './database';

/** This installation: its id (in every mutation and audit entry) and its short code (in receipt numbers). */
export interface DeviceIdentity {
  deviceId: string;
  /**
   * 4–8 of A–Z and 0–9. Drawn here on first use, so paper can be numbered before any sign-in; at the first
   * online sign-in the device adopts head office's code unless it has already numbered a receipt or letter
   * (then head office is asked to keep this one: session/repository/deviceEnrolment.ts).
   */
  deviceCode: string;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O or 1/I: the code is read off paper receipts

export class DeviceRepository {
  constructor(private readonly db: RecoveryDeskDb) {}

  async identity(): Promise<DeviceIdentity> {
    return this.db.transaction('rw', this.db.meta, async () => {
      const existing = (await this.db.meta.get('device'))?.value as DeviceIdentity | undefined;
      if (existing) return existing;
      const bytes = crypto.getRandomValues(new Uint8Array(6));
      const device: DeviceIdentity = { deviceId: newId(), deviceCode: 'D' + [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('') };
      await this.db.meta.put({ key: 'device', value: device });
      return device;
    });
  }
}
