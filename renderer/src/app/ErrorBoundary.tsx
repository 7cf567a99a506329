import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorReport } from '../platform/Platform';

/**
 * A screen (or the whole app) that throws while drawing shows what happened and what to do instead of a blank
 * window (issue 12 §3), and the error goes to the desktop app's log. Nothing is lost: the local store and its
 * outbox live in IndexedDB, outside React, so drawing the screen again (or reloading) finds them as they were.
 */

export type ErrorBoundaryScope = 'app' | 'screen';

export interface ErrorBoundaryProps {
  scope: ErrorBoundaryScope;
  /** For the log: `app` or `screen:<name>`. */
  where: string;
  report: (report: ErrorReport) => void;
  /** The app-level way forward; a screen's is to draw it again. Defaults to reloading the page. */
  reload?: () => void;
  children: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // React's component stack says which component threw; it names components, never their props.
    const withStack = error instanceof Error && info.componentStack ? Object.assign(error, { stack: `${error.stack ?? ''}\n${info.componentStack}` }) : error;
    try {
      this.report(withStack);
    } catch {
      // Reporting is best effort: the fallback must show even if the log cannot be reached.
    }
  }

  private report(error: unknown): void {
    this.props.report({ where: this.props.where, error });
  }

  private readonly retry = () => this.setState({ failed: false });

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const onAction = this.props.scope === 'screen' ? this.retry : (this.props.reload ?? (() => window.location.reload()));
    return <ErrorFallback scope={this.props.scope} onAction={onAction} />;
  }
}

export function ErrorFallback({ scope, onAction }: { scope: ErrorBoundaryScope; onAction: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="store-error" role="alert" data-testid={`error-boundary-${scope}`}>
      <h1>{t(scope === 'app' ? 'errorBoundary.appTitle' : 'errorBoundary.screenTitle')}</h1>
      <p>{t('errorBoundary.dataSafe')}</p>
      <p>{t(scope === 'app' ? 'errorBoundary.whatToDoApp' : 'errorBoundary.whatToDoScreen')}</p>
      <p className="muted">{t('errorBoundary.logged')}</p>
      <div className="row gap">
        <button className="primary" onClick={onAction}>
          {t(scope === 'app' ? 'errorBoundary.reloadApp' : 'errorBoundary.retryScreen')}
        </button>
      </div>
    </section>
  );
}
