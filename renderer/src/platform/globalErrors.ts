import type { ErrorReport } from './Platform';

/**
 * Errors no error boundary sees (an event handler, a timer, a promise nobody awaited) go to the log too.
 * Takes the event target (window) so it can be tested without a browser; returns the way to stop.
 */
export function reportGlobalErrors(target: EventTarget, report: (r: ErrorReport) => void): () => void {
  const onError = (event: Event) => report({ where: 'window:error', error: (event as Event & { error?: unknown }).error });
  const onRejection = (event: Event) => report({ where: 'window:unhandledrejection', error: (event as Event & { reason?: unknown }).reason });
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
