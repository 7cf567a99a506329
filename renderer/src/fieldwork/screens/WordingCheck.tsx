import { useMemo } from 'react';
import { checkWording, wordingBlocks, type WordingFinding } from '../../../../shared/compliance';
import { currentPack } from '../compliancePack';
import { WordingVerdict } from './ComplianceVerdict';
import { MarkedText } from './MarkedText';

/** The pack's wording rules on one free-text field, as the collector types (the action judges it again). */
export function useWordingCheck(text: string): { findings: WordingFinding[]; blocks: boolean } {
  const pack = useMemo(currentPack, []);
  return useMemo(() => {
    const findings = checkWording(pack, text);
    return { findings, blocks: wordingBlocks(findings) };
  }, [pack, text]);
}

/** The typed text with the prohibited phrases marked, and each finding's rule, phrase and source. */
export function WordingCheck({ text, findings, testId }: { text: string; findings: readonly WordingFinding[]; testId: string }) {
  if (findings.length === 0) return null;
  return (
    <div className="wording-check" data-testid={testId}>
      <MarkedText text={text} findings={findings} testId={`${testId}-marked`} />
      <WordingVerdict findings={[...findings]} />
    </div>
  );
}
