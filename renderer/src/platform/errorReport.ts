import type { ErrorReport } from './Platform';

/** The shape of the `log:rendererError` request, cut to its bounds so a long message never gets it refused. */
export interface ErrorLogEntry {
  where: string;
  name: string;
  message: string;
  stack?: string;
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function errorLogEntry({ where, error }: ErrorReport): ErrorLogEntry {
  const place = cut(where.replace(/[^\w:./-]/g, '_'), 80) || 'unknown';
  if (error instanceof Error) {
    return {
      where: place,
      name: cut(error.name || 'Error', 100),
      message: cut(error.message, 1000),
      ...(error.stack ? { stack: cut(error.stack, 8000) } : {}),
    };
  }
  // A thrown non-Error says only its type: its contents could be anything, form data included.
  return { where: place, name: 'NonError', message: `a thrown ${error === null ? 'null' : typeof error}` };
}
