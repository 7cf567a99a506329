import type { Plugin, PreviewServer, ViteDevServer } from 'vite';

export const WEB_CONFIG: string;
export const RENDERER_HTML: string;
export const DEFAULT_PORT: number;
export function portFrom(value: string | undefined, fallback?: number): number;
export function buildWeb(): Promise<void>;
export function checkHeadOfficeUrl(value: string): string;
/** A Vite plugin; its hooks are plain functions (no plugin context), so tests may call them directly. */
export function headOfficePlugin(headOfficeUrl?: string | null): Omit<Plugin, 'configureServer' | 'configurePreviewServer'> & {
  configureServer(server: ViteDevServer): void;
  configurePreviewServer(server: PreviewServer): void;
};
export function previewWeb(options: { port: number; strictPort?: boolean; headOfficeUrl?: string | null }): Promise<{ server: PreviewServer; url: string | null }>;
export function devWeb(options: { port: number; strictPort?: boolean; headOfficeUrl?: string | null }): Promise<{ server: ViteDevServer; url: string | null }>;
