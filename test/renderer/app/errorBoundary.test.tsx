import type { ErrorInfo, ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, type ErrorBoundaryProps } from '../../../renderer/src/app/ErrorBoundary';
import { i18next, initI18n, RESOURCES } from '../../../renderer/src/i18n';

/**
 * The test environment has no DOM (no jsdom or happy-dom installed), and React's server renderer does not run
 * error boundaries, so the boundary is driven through the lifecycle React itself calls when a child throws:
 * getDerivedStateFromError, then componentDidCatch, then render; what render returns is drawn to HTML.
 */

function Throws(): ReactNode {
  throw new TypeError("Cannot read properties of undefined (reading 'name')");
}

function boundary(props: Partial<ErrorBoundaryProps> = {}) {
  const report = vi.fn();
  const instance = new ErrorBoundary({ scope: 'screen', where: 'screen:cases', report, children: <Throws />, ...props });
  // setState outside a mounted tree: apply it directly, as React would on the next render.
  instance.setState = ((update: object) => void (instance.state = { ...instance.state, ...update })) as typeof instance.setState;
  return { instance, report };
}

/** What React does when the child throws while drawing. */
function childThrows(instance: ErrorBoundary, error: unknown): void {
  instance.state = { ...instance.state, ...ErrorBoundary.getDerivedStateFromError() };
  instance.componentDidCatch(error, { componentStack: '\n    at Throws\n    at CaseListScreen' } as ErrorInfo);
}

const html = (node: ReactNode) => renderToStaticMarkup(<I18nextProvider i18n={i18next}>{node}</I18nextProvider>);

beforeAll(async () => {
  await initI18n('zh-CN');
});

describe('error boundary', () => {
  it('draws its children while nothing has thrown', () => {
    const { instance } = boundary({ children: <p>案件列表</p> });
    expect(html(instance.render())).toBe('<p>案件列表</p>');
  });

  it('a screen that throws shows, in Chinese first, that local data is safe and how to open the screen again', () => {
    const { instance } = boundary();
    childThrows(instance, new TypeError('x'));
    const text = html(instance.render());
    expect(text).toContain('role="alert"');
    expect(text).toContain('此页面出错，无法显示');
    expect(text).toContain('本机保存的案件数据和待上传的变更都不受影响');
    expect(text).toContain('重新打开此页面');
    expect(text).not.toContain('Cannot read properties');
  });

  it('in English too', async () => {
    const { instance } = boundary();
    childThrows(instance, new TypeError('x'));
    await i18next.changeLanguage('en');
    try {
      const text = html(instance.render());
      expect(text).toContain('This screen ran into an error');
      expect(text).toContain('changes waiting to be uploaded are not affected');
      expect(text).toContain('Open this screen again');
    } finally {
      await i18next.changeLanguage('zh-CN');
    }
  });

  it('reports the error, with where it happened and the component stack, to the log', () => {
    const { instance, report } = boundary();
    const error = new TypeError("Cannot read properties of undefined (reading 'name')");
    childThrows(instance, error);
    expect(report).toHaveBeenCalledTimes(1);
    const [{ where, error: reported }] = report.mock.calls[0] as [{ where: string; error: Error }];
    expect(where).toBe('screen:cases');
    expect(reported.message).toBe("Cannot read properties of undefined (reading 'name')");
    expect(reported.stack).toContain('at CaseListScreen');
  });

  it('still shows the message when the log cannot be reached', () => {
    const { instance } = boundary({ report: () => { throw new Error('no bridge'); } });
    expect(() => childThrows(instance, new Error('x'))).not.toThrow();
    expect(html(instance.render())).toContain('此页面出错');
  });

  it('"open this screen again" draws the screen afresh', () => {
    const { instance } = boundary({ children: <p>案件列表</p> });
    childThrows(instance, new Error('x'));
    const fallback = instance.render() as { props: { onAction: () => void } };
    fallback.props.onAction();
    expect(html(instance.render())).toBe('<p>案件列表</p>');
  });

  it('the app-level boundary offers a reload and says the same about local data', () => {
    const reload = vi.fn();
    const { instance } = boundary({ scope: 'app', where: 'app', reload });
    childThrows(instance, new Error('x'));
    const text = html(instance.render());
    expect(text).toContain('清收工作台出错');
    expect(text).toContain('重新加载');
    expect(text).toContain('本机保存的案件数据');
    (instance.render() as { props: { onAction: () => void } }).props.onAction();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('has every message in both languages', () => {
    const zh = RESOURCES['zh-CN'].errorBoundary as Record<string, string>;
    const en = RESOURCES.en.errorBoundary as Record<string, string>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) expect(en[key]).not.toBe(zh[key]);
  });
});
