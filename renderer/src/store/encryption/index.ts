export { DataKeyError, type DataKeyErrorCode } from './dataKeyError';
export { DATA_KEY_BYTES, FieldCipher, isSealed, type Sealed } from './fieldCipher';
export { ENCRYPTED_FIELDS, KEY_CHECK_META_KEY } from './encryptedFields';
export { dataKeySource, useDataKeySource, type DataKeySource } from './keyring';
