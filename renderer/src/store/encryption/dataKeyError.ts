/**
 * Why the local store cannot be read with the key we have. Each code has a translated message
 * (storeError.<code>); none of them ever leads to deleting data.
 */
export type DataKeyErrorCode =
  | 'key_unavailable' // no key: the OS key store refused, or the key file is unreadable
  | 'wrong_key'; // the store was encrypted with another key (a restored profile, a replaced key file)

export class DataKeyError extends Error {
  constructor(
    readonly code: DataKeyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DataKeyError';
  }
}
