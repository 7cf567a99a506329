/** Term groups the English senses share (regular-expression sources, matched case-insensitively, whole words). */

export const EN_WE = ['we', 'we\'ll', 'we\'re', 'i', 'i\'ll', 'i\'m', 'our (?:agents?|staff|team|officers?|collectors?|field agents?)', 'the bank', 'someone', 'somebody', 'they'];

export const EN_WILL = ['will', 'shall', 'are going to', 'is going to', 'am going to', 'going to', 'gonna', 'intend to', 'plan to', 'may', 'might', 'could', 'would', 'have to', 'must', 'are about to'];

export const EN_CIRCLE = [
  'employer', 'boss', 'manager', 'supervisor', 'line manager', 'colleagues?', 'co-?workers', 'workmates?', 'workplace', 'office', 'HR', 'human resources', 'payroll',
  'family', 'relatives', 'friends?', 'neighbou?rs?', 'wife', 'husband', 'partner', 'spouse', 'parents', 'mother', 'father', 'mum', 'mom', 'dad', 'children', 'kids', 'son', 'daughter',
  '(?:kids\'?|children\'?s?) school', 'sisters?', 'brothers?', 'siblings?', 'cousins?', 'aunts?', 'uncles?', 'grandparents?', 'in-laws', 'ex-?(?:wife|husband|partner)', 'girlfriend', 'boyfriend', 'flatmates?', 'roommates?', 'business partners?', 'pastor', 'teachers?', 'church', 'landlord', 'community', 'contacts', 'references?', 'everyone you know', 'everybody you know', 'whole street',
];

export const EN_POSSESSIVE = ['your', 'his', 'her', 'their', 'the debtor\'s', 'the customer\'s'];

export const EN_AUTHORITY = [
  'police', 'the police', 'police officers?', 'law enforcement', 'county court', 'high court', 'magistrates\'? court', 'magistrates\'?', 'court', 'the court', 'court officers?', 'sheriff(?:\'s office)?', 'bailiffs?',
  'court-appointed', 'court appointed', 'appointed by the court', 'FBI', 'department of justice', 'DOJ', 'government', 'HMRC', 'IRS', 'attorney general', 'district attorney', 'federal agents?', 'marshals?', 'officers? of the court', 'enforcement officers?',
];
