import pdfMake from 'pdfmake/build/pdfmake';
import { CN_MAINLAND_CALENDAR, todayIn } from '../../../shared/calendar';
import { DEFAULT_PACK_ID, getPack } from '../../../shared/compliance';
import { DEMO_BRANCHES, generateCase } from '../../../shared/demo';
import { buildLetter, type LetterProblem, type LetterTemplate } from '../../../shared/letters';
import { letterBranchOf, type Letterhead, type PublishedConfig } from '../../../shared/publishedConfig';
import regularUrl from '../../../resources/fonts/SourceHanSansSC-Regular.otf?url';

/**
 * A sample letter with a letterhead not yet published, rendered in the browser by the same code the app prints
 * with (shared/letters document definitions, pdfmake, the same font): a made-up demo customer, marked 预览 未出具.
 */

interface PdfMakeBrowser {
  addVirtualFileSystem(vfs: Record<string, { data: Uint8Array }>): void;
  setFonts(fonts: Record<string, { normal: string; bold: string; italics?: string; bolditalics?: string }>): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Uint8Array> };
}
const pdf = pdfMake as unknown as PdfMakeBrowser;

let fontsReady: Promise<void> | null = null;
function loadFonts(): Promise<void> {
  fontsReady ??= (async () => {
    const regular = new Uint8Array(await (await fetch(regularUrl)).arrayBuffer());
    pdf.addVirtualFileSystem({ 'SHS-Regular.otf': { data: regular } });
    pdf.setFonts({ SHS: { normal: 'SHS-Regular.otf', bold: 'SHS-Regular.otf', italics: 'SHS-Regular.otf', bolditalics: 'SHS-Regular.otf' } });
  })();
  return fontsReady;
}

/** The agency an outsourcing notice's sample names (the preview is about the template's text). */
const SAMPLE_AGENCY = { name: '示例委外催收有限公司', licenceNumber: '91310000MA1SAMPLE0', verifyContact: '本行客服热线（示例）', contractEnd: '2027-12-31' };

export type PreviewResult = { ok: true; pdf: Blob } | { ok: false; problems: LetterProblem[] };

/** `template`: a template version not yet published (default: the built-in reminder). */
export async function previewLetterhead(branchCode: string, letterhead: Letterhead, template?: LetterTemplate, now = new Date()): Promise<PreviewResult> {
  const today = todayIn('Asia/Shanghai', now);
  // A demo customer placed in a demo branch's district; the letterhead is the one being previewed.
  const geography = DEMO_BRANCHES.find((b) => b.code === branchCode) ?? DEMO_BRANCHES[0]!;
  const sample = generateCase(20261123, 0, { snapshotDate: today, branches: [{ ...geography, code: branchCode }] });
  // A guarantor demand goes to a guarantor; a receipt and a plan confirmation need records a sample has not.
  const role = template?.type === 'guarantor_demand' ? 'guarantor' : 'borrower';
  const borrower = sample.parties.find((p) => p.role === role) ?? sample.parties[0]!;
  const published = { kind: 'letterhead', scope: branchCode, key: '', version: 1, publishedBy: 'preview', publishedAt: now.toISOString(), payload: letterhead } as Extract<PublishedConfig, { kind: 'letterhead' }>;
  const built = buildLetter({
    type: template?.type ?? 'reminder',
    language: template?.language ?? 'zh-CN',
    ...(template ? { template } : {}),
    case: sample,
    partyId: borrower.id,
    issueDate: today,
    branch: { ...letterBranchOf(published, 'zh-CN'), letterheadVersion: undefined },
    serial: { branchCode, year: Number(today.slice(0, 4)), deviceCode: 'PREVW1', counter: 1 },
    noticeCount: 1,
    deadlineWorkingDays: 5,
    calendar: CN_MAINLAND_CALENDAR,
    pack: getPack(DEFAULT_PACK_ID),
    preview: true,
    ...(template?.type === 'outsourcing_notice' ? { agency: SAMPLE_AGENCY } : {}),
  });
  if (!built.issued) return { ok: false, problems: built.problems };
  await loadFonts();
  const { letterMeta: _meta, ...doc } = built.docDefinition;
  const bytes = await pdf.createPdf(doc).getBuffer();
  return { ok: true, pdf: new Blob([bytes as BlobPart], { type: 'application/pdf' }) };
}
