// A CPU profile of one step, through CDP, summarised by self time per original source file and per
// function (mapped back through the build's source maps when they are at hand). Diagnostic only: a
// profile at a 200 µs sampling interval slows the page a little, so no figure is taken while profiling.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

let SourceMapConsumer = null;
try {
  ({ SourceMapConsumer } = await import('source-map-js'));
} catch {
  // Without it the summary names minified functions; still useful for "(garbage collector)" and the like.
}

export async function profileStep(cdp, run) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  let profile;
  try {
    await run();
  } finally {
    ({ profile } = await cdp.send('Profiler.stop'));
    await cdp.send('Profiler.disable');
  }
  return profile;
}

/** Self time (ms) by source file and by function; `assetsDir` holds the bundle's .map files. */
export function summarizeProfile(profile, assetsDir) {
  const maps = new Map();
  const mapFor = (url) => {
    if (!SourceMapConsumer || !assetsDir || !url) return null;
    const file = join(assetsDir, `${basename(new URL(url, 'http://x/').pathname)}.map`);
    if (!maps.has(file)) maps.set(file, existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))) : null);
    return maps.get(file);
  };
  const selfMs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    selfMs.set(profile.samples[i], (selfMs.get(profile.samples[i]) ?? 0) + dt);
  }
  const byFile = new Map();
  const byFunction = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id) ?? 0;
    if (ms === 0) continue;
    total += ms;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    let file = url ? basename(url) : functionName || '(anonymous)';
    let fn = functionName || '(anonymous)';
    const map = mapFor(url);
    if (map && lineNumber >= 0) {
      const pos = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
      if (pos.source) {
        file = pos.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
        fn = `${pos.name ?? functionName ?? '(anonymous)'} @${pos.line}`;
      }
    } else if (!url) {
      file = functionName; // (program), (garbage collector), (idle), (root)
    }
    const pkg = file.startsWith('node_modules/') ? file.split('/').slice(0, file.split('/')[1]?.startsWith('@') ? 3 : 2).join('/') : file;
    byFile.set(pkg, (byFile.get(pkg) ?? 0) + ms);
    const key = `${fn}  (${file})`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  const top = (m, k) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10 }));
  return { totalMs: Math.round(total), byFile: top(byFile, 15), byFunction: top(byFunction, 20) };
}

export function writeProfile(path, profile, summary) {
  writeFileSync(`${path}.cpuprofile`, JSON.stringify(profile));
  const lines = [`sampled self time ${summary.totalMs} ms`, '', 'by source file / package:'];
  for (const r of summary.byFile) lines.push(`  ${String(r.ms).padStart(8)} ms  ${r.name}`);
  lines.push('', 'by function:');
  for (const r of summary.byFunction) lines.push(`  ${String(r.ms).padStart(8)} ms  ${r.name}`);
  writeFileSync(`${path}.txt`, `${lines.join('\n')}\n`);
  return lines.join('\n');
}
