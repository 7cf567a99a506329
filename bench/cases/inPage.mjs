// Functions that Playwright runs inside the page (serialised by page.evaluate: no closures over Node).
/* global document, indexedDB, requestAnimationFrame, MutationObserver */

/** Reads the app's marks; startTime is relative to navigation start. */
export function readMarks() {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  return {
    demoLoadStart: at('rd:demo-load-start'),
    demoLoadEnd: at('rd:demo-load-end'),
    storeOpen: at('rd:store-open'),
    listVisible: at('rd:list-visible'),
    listComplete: at('rd:list-complete'),
  };
}

/** The reference: IndexedDB alone, no Dexie, no React. Opens the demo database and reads every list row. */
export async function rawGetAll({ dbName, storeName }) {
  const t0 = performance.now();
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('blocked'));
  });
  const t1 = performance.now();
  const count = await new Promise((resolve, reject) => {
    const req = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
    req.onsuccess = () => resolve(req.result.length);
    req.onerror = () => reject(req.error);
  });
  const t2 = performance.now();
  db.close();
  return { totalMs: t2 - t0, openMs: t1 - t0, getAllMs: t2 - t1, count };
}

/**
 * Arms one measurement of "UI action → next painted frame with the list re-rendered": t0 is taken in a
 * capture-phase click/input listener (before React sees the event); the list has re-rendered at the
 * first DOM mutation of the table body or the count line after t0 (React's commit); the frame is
 * painted when a message posted from the next requestAnimationFrame arrives (it runs after that
 * frame's style, layout and paint). The result lands in globalThis.__rdResult.
 */
export function armActionTimer({ timeoutMs }) {
  const summary = document.querySelector('[data-testid="list-summary"]');
  const tbody = document.querySelector('[data-testid="case-table"] .tbody');
  if (!summary || !tbody) throw new Error('case list not on screen');
  let t0 = null;
  let tCommit = null;
  let resolve;
  globalThis.__rdResult = new Promise((r) => (resolve = r));
  const onEvent = () => {
    if (t0 === null) t0 = performance.now();
  };
  const observer = new MutationObserver(() => {
    if (t0 === null || tCommit !== null) return;
    tCommit = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => finish(performance.now());
      channel.port2.postMessage(null);
    });
  });
  const timer = setTimeout(() => finish(null), timeoutMs);
  function finish(tPainted) {
    clearTimeout(timer);
    observer.disconnect();
    document.removeEventListener('click', onEvent, true);
    document.removeEventListener('input', onEvent, true);
    resolve(
      tPainted === null
        ? { timedOut: true, sawEvent: t0 !== null }
        : { ms: tPainted - t0, commitMs: tCommit - t0, summary: summary.textContent, firstRow: tbody.querySelector('[data-case-id]')?.getAttribute('data-case-id') ?? null },
    );
  }
  document.addEventListener('click', onEvent, true);
  document.addEventListener('input', onEvent, true);
  observer.observe(tbody, { childList: true, subtree: true, attributes: true, characterData: true });
  observer.observe(summary, { childList: true, subtree: true, characterData: true });
}

/** Scrolls the table by `step` px per frame for `frames` frames; returns frame-to-frame intervals (ms). */
export async function scrollFrames({ step, frames }) {
  const el = document.querySelector('[data-testid="case-table"]');
  el.scrollTop = 0;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const stamps = [];
  await new Promise((resolve) => {
    const tick = (ts) => {
      stamps.push(ts);
      if (stamps.length > frames) return resolve();
      el.scrollTop += step;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
  const lastRow = [...document.querySelectorAll('[data-testid="case-table"] .tbody [aria-rowindex]')].map((r) => Number(r.getAttribute('aria-rowindex'))).sort((a, b) => b - a)[0];
  const scrolled = el.scrollTop;
  el.scrollTop = 0;
  return { intervals, scrolled, lastRowIndex: lastRow ?? null };
}
