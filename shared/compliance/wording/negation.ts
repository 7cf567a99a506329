import type { SenseLanguage } from './sense';

/**
 * Whether a match is said as what we do: not negated (我行不会将您的情况告诉您的单位), not forbidden (请勿张贴,
 * 张贴是违规的), not the debtor's own words recorded in a note (客户称有人说要曝光他). Scoped to the clause of the
 * match: 不还钱就让你坐牢 is a threat, since 不 governs 还钱, not 坐牢.
 */

const CLAUSE_END = { zh: /[。！？；!?;\n，,：:]/u, en: /[.!?;\n,:]/u } as const;

// A negator, then only words that keep it governing the act: modals, adverbs, and a preposition with its object.
const ZH_NEGATOR = '(?:不会|不得|不能|不可|不要|不用|不需要?|不必|不应|不建议|不鼓励|不允许|不再|无须|无需|无权|绝不|决不|从不|从未|从来不|并不|并未|并没有?|没有|没|未|不|禁止|严禁|杜绝|拒绝|避免|切勿|请勿|勿|别|免收|免除|减免|豁免|防止|谨防|拒不)';
const ZH_FILLER = '(?:因此|为此|因为这个|就此|所谓的?|什么|说|称|叫|称呼|认为|视为|当成?|看作|(?:您|你|他|她)(?:是)?|收取|收|交|缴|支付|缴纳|付|承担|产生|要求|相信|借|贷|申请|办理|使用|用|(?:让|叫|使|令)(?:您|你|他|她)?|任何人|人|委托|授权|安排|指派|(?:第三方|机构|个人)|[^，。；！？、]{1,8}、|[^，。；！？]{1,10}?(?:或者?|以及|及|和)|(?:权力?|权利|资格|能力)|(?:约定|同意|答应)|轻信|听信|理会|(?:诱导|引诱|强迫|逼迫|胁迫|怂恿)(?:借款人|客户|债务人|您|你|他人)?|会|再|能|要|得|可以|可能|应该?|主动|随意|随便|擅自|私自|轻易|任意|以任何(?:方式|形式|理由)|任何|都|也|去|来|对外|建议|鼓励|允许|需要|进行|采取|出现|存在|有|是|(?:向|对|跟|和|与|同|给|把|将|在|为|替|以|通过|由|被|用|使用|靠|拿|找)[^，。；！？]{0,12}?)';
const ZH_NEGATED = new RegExp(`${ZH_NEGATOR}${ZH_FILLER}*$`, 'u');
const ZH_AFTER = /^[^。；！？.;!?]{0,12}?(?:(?:是|属于|均属|都是)?(?:不允许|不被允许|不可以|违规|违法|被禁止|禁止的|严禁的|不合规|不会发生|不存在|不实|虚假|谣言)|请?(?:及时|立即|直接)?(?:向[^，。]{0,6})?(?:举报|投诉|报警|拒绝)|请?(?:提高警惕|警惕|谨防|注意防范|注意甄别)|(?:都|均)?(?:是|属于)(?:诈骗|骗局))/u;
/** A warning about what others might do: 如有人向您收取上门费…. */
const ZH_HYPOTHETICAL = /(?:(?:如|若|如果|假如|凡|一旦)(?:有人|遇到?|发现|任何人|有任何人|接到)|有人冒充|冒充[^，。]{0,6}的人|不法分子|谨防|警惕|发现|看到|看见|注意到)/u;
const EN_NEGATED_SUBJECT = /^\s*(?:no one|nobody|nothing|none of|neither|not (?:a single|one|anyone)|at no (?:time|point))\b/i;
const ZH_REPORTED = /(?:客户|债务人|借款人|对方|持卡人|家属|本人|担保人|其(?:家人|配偶|同事))(?![已曾]?被)[^，。；！？]{0,6}?(?:称|说|表示|反映|投诉|担心|害怕|询问|问|骂|怀疑|误以为|以为|质问|听说|声称|抱怨|要求|希望|同意|授权|主动|自己|扬言|声言|威胁)/u;
const ZH_RHETORICAL_NEGATOR = /(?:难道|就?不会|就?不能|就?不知道)[^，。；！？]{0,6}$/u;
const ZH_RHETORICAL_END = /^[^，。；！？]{0,12}?吗[？?]/u;
/** A warning about impostors: "Beware of scammers pretending to be bailiffs". */
const EN_WARNING = /\b(?:beware|watch out for|be wary of|scam(?:mer)?s?|fraudsters?|impostors?|criminals posing|if (?:someone|somebody|anyone|a caller)|anyone (?:claiming|pretending))\b/i;
const ZH_DEBTOR_ACTS = /(?:请|麻烦|烦请|建议|您可以|你可以|您可|可由您|由您|欢迎您?)(?:您|你)?[^，。；！？]{0,4}$/u;

const EN_NEGATOR = String.raw`\b(?:(?<!why )not|never|no|nobody|no one|none|neither|nor|without|cannot|won't|don't|doesn't|didn't|isn't|aren't|shouldn't|mustn't|can't|refrain from|avoid|prohibited from|forbidden to)\b`;
const EN_FILLER = String.raw`(?:\s+(?:will|would|shall|should|be|been|ever|going|to|we|i|us|our|the|bank|any|anyone|anything|also|again|directly|at|all|attempt|try|have|has|permitted|allowed|able|want|intend|plan|need|make|use|allow|ask|you|your|under|circumstances|in|way|go|get|be sent|end up|face|threaten|threatening|ever|do|so|that|and|or|recommend|suggest|advise|expect|require|such|thing|as|a|an|so-called|charge|charging|requiring|apply|add|impose|say|call|tell you|consider|think|claim|pretend|only|obliged|obligated|required|expected|asked|forced|made|pressured|feel|felt|need to|have to))*(?:\s+(?:a|an|the|any|such)\s+[a-z]+)?\s*$`;
const EN_NEGATED = new RegExp(`(?:${EN_NEGATOR}|n't)${EN_FILLER}`, 'i');
const EN_AFTER = /^[^.!?;\n]{0,30}?\b(?:is|are|would be|was)\s+(?:not (?:allowed|permitted)|prohibited|forbidden|against the (?:law|rules)|unlawful|illegal)\b/i;
const EN_REPORTED = /\b(?:customer|debtor|borrower|caller|client|consumer|he|she|they|his \w+|her \w+)\b[^.!?;\n]{0,20}?\b(?:said|says|asked|asks|complained|claims|claimed|alleged|alleges|worried|worries|fears|feared|thought|thinks|believed|believes|heard|was told|were told|accused|called (?:us|me|the agent|him|her))\b/i;
const EN_DEBTOR_ACTS = /\b(?:please|you (?:can|may|could|might want to)|feel free to|we (?:suggest|recommend|encourage) (?:that )?you|you're welcome to)\b[^.!?;\n]{0,12}$/i;

export interface Scope {
  /** Offset in the text where the clause of the match begins, and the match (head) starts and ends. */
  clauseStart: number;
  sentenceStart: number;
  headStart: number;
  end: number;
}

export function clauseStartOf(text: string, at: number, language: SenseLanguage): number {
  const end = CLAUSE_END[language];
  let i = at;
  while (i > 0 && !end.test(text[i - 1] as string)) i--;
  return i;
}

export function sentenceStartOf(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/[。！？!?\n]/u.test(text[i - 1] as string) && !(text[i - 1] === '.' && /\s/.test(text[i] ?? ''))) i--;
  return i;
}

export function sentenceEndOf(text: string, at: number): number {
  let i = at;
  while (i < text.length && !/[。！？!?\n]/u.test(text[i] as string) && !(text[i] === '.' && /\s|$/.test(text[i + 1] ?? ''))) i++;
  return i;
}

/** True when the match is not ours to flag: negated, said to be forbidden, or the debtor's reported words. */
export function isDisowned(text: string, language: SenseLanguage, matchStart: number, headStart: number, matchEnd: number, debtorMayAct: boolean): boolean {
  const clauseStart = clauseStartOf(text, Math.min(matchStart, headStart), language);
  const before = text.slice(clauseStart, headStart);
  const sentenceBefore = text.slice(sentenceStartOf(text, matchStart), matchStart);
  const clauseEnd = (() => {
    let i = matchEnd;
    while (i < text.length && !CLAUSE_END[language].test(text[i] as string)) i++;
    return i;
  })();
  const after = text.slice(matchEnd, Math.max(clauseEnd, Math.min(text.length, matchEnd + 40)));
  if (language === 'zh') {
    // 是不是, 会不会: a question, not a negation. 你就不会找人借吗？ asks the debtor to do it: a rhetorical 不…吗 is no negation.
    // 要不我们…: "how about", not a negation.
    const negated = ZH_NEGATED.test(before.replace(/(\p{Script=Han})[不没]\1/gu, '$1').replace(/要不(?:然)?(?=我|咱|你|就|先|这样|$)/gu, '')) && !(ZH_RHETORICAL_NEGATOR.test(before) && ZH_RHETORICAL_END.test(text.slice(matchEnd)));
    return negated || ZH_AFTER.test(after) || ZH_REPORTED.test(sentenceBefore) || ZH_HYPOTHETICAL.test(before) || (debtorMayAct && ZH_DEBTOR_ACTS.test(before));
  }
  // "Why don't you get a payday loan": a suggestion, not a negation.
  const enBefore = before.replace(/\bwhy (?:don't|do not|not)\b/gi, 'why').replace(/\b(?:could|can|would) you not\b|\b(?:couldn't|can't|won't) you\b/gi, 'you');
  return EN_NEGATED.test(enBefore) || EN_NEGATED_SUBJECT.test(text.slice(clauseStart, matchStart)) || EN_AFTER.test(after) || EN_REPORTED.test(sentenceBefore) || EN_WARNING.test(sentenceBefore) || (debtorMayAct && EN_DEBTOR_ACTS.test(before));
}
