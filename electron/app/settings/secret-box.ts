// How API keys are kept at rest. In the Electron app the box is backed by safeStorage (the OS keyring), built in
// electron/main.ts since only main.ts may import electron; elsewhere (CLI, browser host, a desktop without a
// keyring) the plain-text box is used and the settings view says so (`keysStoredInPlainText`).

export interface SecretBox {
  /** True when secrets are really encrypted; false means they are stored readable by anyone with the file. */
  readonly available: boolean;
  /** Returns what to store: base64 text. */
  encrypt(plain: string): string;
  /** Reverses encrypt; throws if the stored text was not made by this box (another machine, another user). */
  decrypt(stored: string): string;
}

/** Base64 only, so the stored form has one shape whichever box wrote it. Not a protection: `available` is false. */
export const plainTextSecretBox: SecretBox = {
  available: false,
  encrypt: (plain) => Buffer.from(plain, 'utf8').toString('base64'),
  decrypt: (stored) => Buffer.from(stored, 'base64').toString('utf8'),
};

/** The parts of Electron's safeStorage a box needs; passed in so this file stays free of `electron`. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** A box over Electron's safeStorage, or the plain-text box when the OS offers no encryption. */
export function secretBoxFromSafeStorage(safeStorage: SafeStorageLike): SecretBox {
  if (!safeStorage.isEncryptionAvailable()) return plainTextSecretBox;
  return {
    available: true,
    encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (stored) => safeStorage.decryptString(Buffer.from(stored, 'base64')),
  };
}
