/**
 * The UI thread's long tasks (over 50 ms, the browser's own definition) while something runs, from a
 * PerformanceObserver: the longest, how many, and their total. A frozen screen shows up here as one long task.
 */
export function watchLongTasks(): { stop(): { longest_ms: number; count: number; total_ms: number } } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) durations.push(e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop() {
      for (const e of observer.takeRecords()) durations.push(e.duration);
      observer.disconnect();
      return { longest_ms: durations.length ? Math.max(...durations) : 0, count: durations.length, total_ms: durations.reduce((a, b) => a + b, 0) };
    },
  };
}
