#!/usr/bin/env node
// Letters CLI: render one demo letter, or a batch of demo letters into ONE merged PDF plus labels, a mailing
// list and the exceptions. Usage: see scripts/letters/README.md (npm run letters -- help).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_SEED, demoBranch, demoInput, loadShared } from './letters/demo.mjs';
import { renderPdf } from './letters/pdf.mjs';

const USAGE = `usage:
  npm run letters -- render --demo-case N --type TYPE [--lang zh-CN|en] [--date YYYY-MM-DD] [--copy] --out FILE.pdf
  npm run letters -- batch --demo --count N --type TYPE [--bucket M3] [--lang zh-CN|en] [--date YYYY-MM-DD] --out DIR
TYPE: reminder | demand_notice | guarantor_demand | plan_confirmation | final_demand | field_receipt`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'demo-case': { type: 'string' },
    demo: { type: 'boolean' },
    count: { type: 'string' },
    type: { type: 'string' },
    lang: { type: 'string', default: 'zh-CN' },
    date: { type: 'string' },
    bucket: { type: 'string' },
    copy: { type: 'boolean' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const fail = (message) => {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
};

const command = positionals[0];
if (values.help || !command || command === 'help') {
  console.log(USAGE);
  process.exit(command || values.help ? 0 : 2);
}
const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
const date = values.date ?? today();
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date must be YYYY-MM-DD: ${date}`);
const lang = values.lang;
if (lang !== 'zh-CN' && lang !== 'en') fail(`--lang must be zh-CN or en: ${lang}`);
if (!values.out) fail('--out is required');

const t0 = performance.now();
const shared = await loadShared();
const { letters } = shared;
if (!letters.LETTER_TYPES.includes(values.type)) fail(`--type must be one of ${letters.LETTER_TYPES.join(', ')}`);
/** Balances as of three days before the letter, as head office's nightly snapshot would be. */
const snapshotDate = shared.calendar.addDays(date, -3);
const message = (p) => {
  const template = letters.LETTER_MESSAGES[lang].letters.problem[p.code] ?? p.code;
  return template.replace(/\{\{(\w+)\}\}/g, (_, k) => String(p.params[k] ?? ''));
};
const printProblems = (problems, prefix = '') => {
  for (const p of problems) console.error(`${prefix}${p.severity.toUpperCase()} ${p.code}${p.ruleId ? ` [${p.ruleId}]` : ''}: ${message(p)}`);
};

if (command === 'render') {
  const index = Number(values['demo-case']);
  if (!Number.isInteger(index) || index < 0) fail('--demo-case N (0-based) is required');
  const kase = shared.demo.generateCase(DEMO_SEED, index, { snapshotDate });
  const { input, error } = demoInput(shared, kase, { type: values.type, lang, date, counter: index + 1 });
  if (error) {
    console.error(`case ${kase.caseNumber}: ${error}`);
    process.exit(1);
  }
  input.copy = values.copy === true;
  const result = letters.buildLetter(input);
  printProblems(result.problems);
  if (!result.issued) {
    console.error(`not issued: ${result.problems.filter((p) => p.severity === 'block').length} blocking problem(s)`);
    process.exit(1);
  }
  const bytes = await renderPdf(result.docDefinition);
  writeFileSync(values.out, bytes);
  const r = result.record;
  console.log(
    `${values.out}: ${r.type} ${r.number} to ${r.recipientName}, total ${r.amounts ? (r.amounts.totalFen / 100).toFixed(2) : '-'} yuan, deadline ${r.deadline ?? '-'}, code ${r.verificationCode}; ${bytes.length} bytes in ${((performance.now() - t0) / 1000).toFixed(2)} s`,
  );
} else if (command === 'batch') {
  if (!values.demo) fail('batch needs --demo (the only source for now)');
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) fail('--count N is required');
  const bucket = values.bucket;
  const { bucketOf } = (await import('vite').then((v) => v.runnerImport(new URL('../shared/domain/buckets.ts', import.meta.url).pathname, { configFile: false, logLevel: 'error' }))).module;
  mkdirSync(values.out, { recursive: true });
  const docs = [];
  const items = [];
  const exceptions = [];
  const caseBucket = (k) => bucketOf(Math.max(...k.accounts.map((a) => a.dpd)));
  // With --bucket, scan demo cases until `count` of that bucket are found (at most 50 × count scanned).
  let scanned = 0;
  for (let i = 0; docs.length + exceptions.length < count && i < count * (bucket ? 50 : 1); i++) {
    const kase = shared.demo.generateCase(DEMO_SEED, i, { snapshotDate });
    scanned++;
    if (bucket && caseBucket(kase) !== bucket) continue;
    const { input, error } = demoInput(shared, kase, { type: values.type, lang, date, counter: i + 1 });
    if (error) {
      exceptions.push({ index: i, caseNumber: kase.caseNumber, reasons: [{ code: error, severity: 'block', message: error }] });
      continue;
    }
    const result = letters.buildLetter(input);
    if (!result.issued) {
      exceptions.push({
        index: i,
        caseNumber: kase.caseNumber,
        reasons: result.problems.filter((p) => p.severity === 'block').map((p) => ({ code: p.code, severity: p.severity, ruleId: p.ruleId ?? '', message: message(p) })),
      });
      continue;
    }
    docs.push(result.docDefinition);
    const party = kase.parties.find((p) => p.id === result.record.partyId);
    const address = party.addresses.find((a) => a.id === result.record.addressId);
    items.push({ number: result.record.number, recipientName: party.name, address: address ? letters.formatAddress(address) : '', postcode: address?.postcode ?? '' });
    if ((docs.length + exceptions.length) % 25 === 0) process.stderr.write(`built ${docs.length} letters, ${exceptions.length} exceptions (scanned ${scanned})\n`);
  }
  let bytes = 0;
  const tBuild = performance.now();
  if (docs.length > 0) {
    process.stderr.write(`rendering letters.pdf (${docs.length} letters)…\n`);
    const pdf = await renderPdf(letters.mergeLetters(docs));
    writeFileSync(join(values.out, 'letters.pdf'), pdf);
    bytes += pdf.length;
    const branch = demoBranch(shared, '310115');
    const mail = { language: lang, senderName: branch.name, senderAddress: branch.address, date };
    const labels = await renderPdf(letters.addressLabels(items, mail));
    writeFileSync(join(values.out, 'labels.pdf'), labels);
    const list = await renderPdf(letters.mailingList(items, mail));
    writeFileSync(join(values.out, 'mailing-list.pdf'), list);
    bytes += labels.length + list.length;
  }
  const csvCell = (s) => (/[",\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${(/^[=+\-@]/.test(s) ? "'" : '') + s.replace(/"/g, '""')}"` : s);
  const csv = ['index,caseNumber,code,severity,ruleId,message', ...exceptions.flatMap((e) => e.reasons.map((r) => [e.index, e.caseNumber, r.code, r.severity, r.ruleId ?? '', r.message].map((x) => csvCell(String(x))).join(',')))].join('\n');
  writeFileSync(join(values.out, 'exceptions.csv'), `\ufeff${csv}\n`);
  writeFileSync(join(values.out, 'exceptions.json'), JSON.stringify(exceptions, null, 2));
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    JSON.stringify({ type: values.type, letters: docs.length, exceptions: exceptions.length, scanned, bytes, renderSeconds: Number(((performance.now() - tBuild) / 1000).toFixed(2)), seconds: Number(seconds.toFixed(2)), out: values.out }),
  );
} else {
  fail(`unknown command: ${command}`);
}
