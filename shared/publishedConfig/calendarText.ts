import { isLocalDate } from '../calendar/localDate';
import { daysFromTo } from './calendar';

/**
 * How head office types or uploads a year's days: one date per line, or a break as 'first..last'; and a small CSV
 * file `date,type` (type holiday or workday, a header line allowed). Unreadable lines are reported by number,
 * never skipped.
 */

export type DaysRead = { ok: true; days: string[] } | { ok: false; line: number; text: string };

export function readDayLines(text: string): DaysRead {
  const days: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const range = /^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|~|至)\s*(\d{4}-\d{2}-\d{2})$/.exec(line);
    if (range && isLocalDate(range[1]!) && isLocalDate(range[2]!) && range[1]! <= range[2]!) days.push(...daysFromTo(range[1]!, range[2]!));
    else if (isLocalDate(line)) days.push(line);
    else return { ok: false, line: i + 1, text: line };
  }
  return { ok: true, days };
}

export type CsvDaysRead = { ok: true; holidays: string[]; workdays: string[] } | { ok: false; line: number; text: string };

export function readDaysCsv(text: string): CsvDaysRead {
  const holidays: string[] = [];
  const workdays: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || (i === 0 && /^date\s*,\s*type$/i.test(line))) continue;
    const [date, type] = line.split(',').map((s) => s.trim());
    if (!date || !isLocalDate(date) || (type !== 'holiday' && type !== 'workday')) return { ok: false, line: i + 1, text: line };
    (type === 'holiday' ? holidays : workdays).push(date);
  }
  return { ok: true, holidays, workdays };
}
