/**
 * The letters suite's page: the app's own batch printing (renderer/src/letters/pdfClient.ts and its PDF worker,
 * with pdfmake's browser build) in real Chromium, and a screen that answers input while the batch runs, as the
 * batch screen does: React state set on every progress message from the worker, and a text box.
 * bench/letters/run.mjs presses keys into the box during the batch; the input latency is read here from the
 * Event Timing API (from the key's timestamp to the next frame painted after its handlers) and long tasks.
 */
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { LetterInput, MailOptions } from '../../../shared/letters';
import { renderBatch, type BatchResult, type Progress } from '../../../renderer/src/letters/pdfClient';
import { watchLongTasks } from '../../sync/page/longTasks';

let onProgress: (p: Progress) => void = () => {};
let progressMessages = 0;

function Screen() {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [text, setText] = useState('');
  onProgress = (p) => {
    progressMessages++;
    setProgress(p);
  };
  return h(
    'div',
    null,
    h('input', { id: 'typing', value: text, onChange: (e: { target: { value: string } }) => setText(e.target.value), 'aria-label': 'typing' }),
    h('p', { id: 'typed' }, `${text.length}`),
    h('progress', { max: progress?.total ?? 1, value: progress?.done ?? 0 }),
    h('p', null, progress ? `${progress.stage} ${progress.done} / ${progress.total}` : ''),
  );
}

createRoot(document.getElementById('root')!).render(h(Screen));

interface Running {
  result: Promise<BatchResult>;
  started: number;
  longTasks: ReturnType<typeof watchLongTasks>;
  events: { name: string; duration: number; delay: number }[];
  observer: PerformanceObserver;
  stages: Record<string, number>;
}
let running: Running | null = null;

(globalThis as unknown as { __lettersBench: unknown }).__lettersBench = {
  /** Starts the batch and returns at once; `finish` waits for it. */
  /** `volumeSize`: the app's LETTERS_PER_VOLUME unless given; 0: one document whatever the count (before volumes). */
  start(inputs: LetterInput[], mail: MailOptions, volumeSize?: number) {
    progressMessages = 0;
    const events: Running['events'] = [];
    // Event Timing: every key event over 16 ms (the API's floor) from its timestamp to the next paint.
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) events.push({ name: e.name, duration: e.duration, delay: e.processingStart - e.startTime });
    });
    observer.observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    const stages: Record<string, number> = {};
    const started = performance.now();
    const job = renderBatch(
      inputs,
      mail,
      (p) => {
        stages[p.stage] ??= performance.now() - started;
        onProgress(p);
      },
      volumeSize === undefined ? {} : { volumeSize: volumeSize === 0 ? Number.POSITIVE_INFINITY : volumeSize },
    );
    running = { result: job.result, started, longTasks: watchLongTasks(), events, observer, stages };
    return true;
  },
  async finish() {
    const r = running!;
    const out = await r.result;
    const ms = performance.now() - r.started;
    for (const e of r.observer.takeRecords() as PerformanceEventTiming[]) r.events.push({ name: e.name, duration: e.duration, delay: e.processingStart - e.startTime });
    r.observer.disconnect();
    running = null;
    return {
      ms,
      stages: r.stages,
      letters: out.records.length,
      exceptions: out.exceptions.length,
      volumes: out.volumes.map((v) => ({ letters: v.letters, bytes: v.bytes.byteLength, pages: v.pages, sha256: v.sha256 })),
      bytes: out.volumes.reduce((n, v) => n + v.bytes.byteLength, 0),
      pages: out.volumes.reduce((n, v) => n + v.pages, 0),
      sha256: out.volumes.length === 1 ? out.volumes[0]!.sha256 : null,
      labelsBytes: out.labels?.bytes.byteLength ?? 0,
      listBytes: out.mailingList?.bytes.byteLength ?? 0,
      progressMessages,
      longTasks: r.longTasks.stop(),
      events: r.events,
      typed: document.getElementById('typed')!.textContent,
    };
  },
};
