import type { WordingPattern } from '../packSchema';

/**
 * English patterns shared by the packs (the CN pack checks English notes too). Patterns only: each pack wraps
 * them in its own rules, with its own ids, actions and sources. All case-insensitive; \b keeps "arrest" from
 * matching "arrears".
 */
const i = (source: string): WordingPattern => ({ source, flags: 'i' });

export const EN_IMPERSONATION: WordingPattern[] = [
  i(String.raw`\b(?:this is|I am|I'm|we are|we're|calling from|on behalf of)\s+(?:the\s+|a\s+)?(?:police|county court|high court|court|sheriff|bailiffs?|FBI|government|HMRC|IRS)\b`),
];

export const EN_THREATS: WordingPattern[] = [
  i(String.raw`\b(?:we know where you live|you(?:'ll| will) (?:regret|be sorry)|(?:kill|hurt|beat) you|break your (?:legs?|arms?|neck)|deadbeat|scum(?:bag)?|go die)\b`),
];

export const EN_LEGAL_CONSEQUENCES: WordingPattern[] = [
  i(String.raw`\b(?:arrest(?:ed)?|jail(?:ed)?|prison|imprison(?:ed|ment)?|criminal (?:charges?|record|case)|lock(?:ed)? you up|(?:call|send|involve|get) the police|report you to the police)\b`),
];

export const EN_DISCLOSURE: WordingPattern[] = [
  i(String.raw`\b(?:we will|we'll|we are going to|we're going to|I will|I'll)\s+(?:tell|inform|contact|call|notify|let)\s+your\s+(?:employer|boss|manager|colleagues|co-?workers|family|relatives|friends|neighbou?rs|wife|husband|parents)\b`),
];

export const EN_PUBLIC_POSTING: WordingPattern[] = [
  i(String.raw`\b(?:post|publish|put|share)\b[^.!?\n]{0,40}?\b(?:online|on (?:facebook|social media|the internet)|in the newspaper|in public)\b`),
  i(String.raw`\bname and shame\b`),
];

export const EN_FAKE_BLACKLIST: WordingPattern[] = [i(String.raw`\bblack-?list(?:ed)?\b`)];

export const EN_BORROW_TO_REPAY: WordingPattern[] = [
  i(String.raw`\b(?:borrow|take out a (?:loan|payday loan)|get a (?:loan|payday loan)|use (?:a|another|your) credit card)\b[^.!?\n]{0,30}?\bto (?:pay|repay|clear)\b`),
];

export const EN_EXTRA_FEES: WordingPattern[] = [i(String.raw`\b(?:visit(?:ing)?|home visit|collection|doorstep|extra) (?:fee|charge)s?\b`)];

export const EN_COURT_THREAT: WordingPattern[] = [
  i(String.raw`\b(?:take you to court|court action|legal action|sue you|county court judge?ments?|CCJ|bailiffs? (?:will|are going to))\b`),
];
