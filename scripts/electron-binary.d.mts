/** Types for electron-binary.mjs, so TypeScript tests (the Electron smoke test) can import it. */
export function findElectronBinary(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string | null;
