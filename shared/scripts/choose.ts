import type { SegmentId } from '../segments/ids';
import { EXCUSES, type ExcuseAnswer, type Script, type ScriptLibrary, type ScriptStage } from './library';

/**
 * What the case screen shows during a call: the scripts of the case's segment for the chosen stage, or the
 * general ones when the segment has none (or is not known yet: `segment` null); and, per excuse, the segment's
 * answers, else the general ones.
 */
export function scriptsFor(library: ScriptLibrary, segment: SegmentId | null, stage: ScriptStage): { scripts: Script[]; audience: Script['segment'] } {
  const own = segment === null ? [] : library.scripts.filter((s) => s.segment === segment && s.stage === stage);
  if (own.length > 0) return { scripts: own, audience: segment ?? 'general' };
  return { scripts: library.scripts.filter((s) => s.segment === 'general' && s.stage === stage), audience: 'general' };
}

export function answersFor(library: ScriptLibrary, segment: SegmentId | null): ExcuseAnswer[] {
  return EXCUSES.flatMap((excuse) => {
    const all = library.answers.filter((a) => a.excuse === excuse);
    const own = segment === null ? [] : all.filter((a) => a.segment === segment);
    return own.length > 0 ? own : all.filter((a) => a.segment === 'general');
  });
}
