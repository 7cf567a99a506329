export interface PgCluster {
  url: string;
  port: number;
  dir: string;
  stop(): void;
}
export function findPgBin(): string | null;
export function startPgCluster(options?: { maxConnections?: number; sharedBuffers?: string; log?: boolean }): Promise<PgCluster | null>;
