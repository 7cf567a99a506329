/** What the console gives each capability: the one ConsoleDeps (server/console/deps.ts). */
export type { ConsoleDeps as PortfolioDeps } from '../deps';
