// Functions that Playwright runs inside the page (serialised: no closures over Node).
/* global document, MutationObserver */

// In the page: when the first element matching `selector` is in the DOM, a mark (performance.now() is the time
// since navigation started).
export function markWhenShown({ selector, mark }) {
  const check = () => {
    if (performance.getEntriesByName(mark).length > 0 || !document.querySelector(selector)) return false;
    performance.mark(mark);
    return true;
  };
  new MutationObserver((_m, observer) => check() && observer.disconnect()).observe(document, { childList: true, subtree: true });
}

// In the page: the mark's time, the first contentful paint, DOMContentLoaded, and the scripts fetched before the mark.
export function readLoad(mark) {
  const at = performance.getEntriesByName(mark)[0].startTime;
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  // A module script runs before DOMContentLoaded: its end is the entry chunk fetched, parsed and run.
  const dcl = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null;
  const scripts = performance
    .getEntriesByType('resource')
    .filter((r) => r.name.endsWith('.js') && r.startTime <= at)
    .map((r) => ({ name: r.name.split('/').pop(), bytes: r.decodedBodySize }));
  return { at, fcp, dcl, scripts };
}
