import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { ConsoleError } from '../api/client';

/** Head office's refusal of a library with prohibited wording (server/console/scripts/wordingGate.ts), item by item. */
const FindingsSchema = z.array(z.object({ packId: z.string(), itemId: z.string(), part: z.string(), language: z.string(), phrase: z.string(), ruleId: z.string(), category: z.string() }));
export type ScriptFinding = z.output<typeof FindingsSchema>[number];

export function findingsOf(error: unknown): ScriptFinding[] {
  if (!(error instanceof ConsoleError) || error.code !== 'script_wording') return [];
  const parsed = FindingsSchema.safeParse(error.detail.findings);
  return parsed.success ? parsed.data : [];
}

export function ScriptFindings({ findings }: { findings: readonly ScriptFinding[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <div role="alert" className="error-note script-findings" data-testid="script-findings">
      <p>{t('scripts.refused', { count: findings.length })}</p>
      <ul>
        {findings.map((f, i) => (
          <li key={i} data-testid="script-finding">
            {t('scripts.finding', { item: f.itemId, language: f.language, phrase: f.phrase, rule: f.ruleId, category: t(`scripts.categories.${f.category}`, { defaultValue: f.category }), pack: f.packId })}
          </li>
        ))}
      </ul>
    </div>
  );
}
