import type { LetterTemplate, TemplateParagraph } from './types';

/** What a demand says about a promise or plan in force (the borrower's own arrangement with the bank). */
const PARAGRAPH: Record<LetterTemplate['language'], TemplateParagraph> = {
  'zh-CN': {
    statements: [],
    when: 'arrangementInForce',
    text: '我行已记录：{{arrangementInForce}}。请您按约定按时还款；如该约定与本函所列期限不一致，请与我行联系确认。',
  },
  en: {
    statements: [],
    when: 'arrangementInForce',
    text: 'Our records show that {{arrangementInForce}}. Please keep to that arrangement; if it differs from the deadline in this letter, please contact us to confirm which applies.',
  },
};

/**
 * The next version of a demand template: the same text, and after the deadline paragraph, one that mentions a
 * promise or plan in force when the case has one (docs/domain.md, "An arrangement in force").
 */
export function withArrangementInForce(template: LetterTemplate, version: string): LetterTemplate {
  const at = template.closing.findIndex((p) => p.statements.includes('deadline'));
  const closing = [...template.closing];
  closing.splice(at + 1, 0, PARAGRAPH[template.language]);
  return { ...template, version, closing };
}
