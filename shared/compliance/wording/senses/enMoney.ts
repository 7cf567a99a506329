import type { Sense } from '../sense';

export const EN_EXTRA_FEES: Sense = {
  id: 'en.extraFees',
  language: 'en',
  groups: {
    KIND: ['late call', 'calls?', 'phone', 'telephone', 'letter', 'visit(?:ing)?', 'home visit', 'collection', 'collections', 'doorstep', 'extra', 'additional', 'admin(?:istration)?', 'processing', 'handling', 'call-?out', 'recovery', 'tracing', 'convenience', 'field', 'agent\'?s?', 'service', 'release', 'clearance', 'travel', 'mileage', 'petrol', 'fuel'],
    FEE: ['fees?', 'charges?', 'surcharges?', 'costs?', 'expenses'],
    PAY: ['pay', 'add', 'charge you', 'owe', 'costs? you', 'bill you'],
    EXTRA: ['extra', 'additional', 'another', 'on top', 'more'],
  },
  patterns: [
    { seq: ['KIND', 'FEE'], gap: 1 },
    { seq: ['(?:[$£€]\\s?\\d+|\\d+ (?:pounds?|dollars?))', '(?:fee|charge|surcharge)', '(?:for|per|on|with) (?:every|each)'], gap: 10 },
    { seq: ['(?:[$£€]\\s?\\d+|\\d+ (?:pounds?|dollars?))', '(?:fee|charge|surcharge)', '(?:call|phone call|letter|visit|text|e-?mail|reminder)s?'], gap: 16 },
    { seq: ['charge (?:you|your account)', '(?:[$£€]\\s?\\d+)', '(?:for|per|each|every)'], gap: 6 },
    { seq: ['PAY', 'EXTRA', '(?:[$£€]\\s?\\d+|\\d+ (?:pounds|dollars))'], gap: 10, head: 1 },
    { seq: ['PAY', '(?:[$£€]\\s?\\d+|\\d+ (?:pounds|dollars))', 'EXTRA'], gap: 10 },
  ],
  lawfulWhen: '\\b(?:as (?:set out|agreed|stated|shown) in your (?:agreement|contract|terms)|under (?:the|your) (?:agreement|contract|terms)|your (?:agreement|contract) allows)',
  examples: {
    flag: ['There is a £50 home visit fee', 'We will add a collection charge of $75', 'You must pay an extra £40 for the doorstep visit', 'An admin fee of £25 applies to every call', 'Pay $30 extra to release the hold', 'We charge a 25 pound fee for each reminder letter'],
    allow: ['There are no extra fees for paying by card', 'We do not charge any collection fees', 'Interest is charged as set out in your agreement', 'Your balance is £1,240', 'There is no fee for each payment you make by phone'],
  },
};

export const EN_BORROW_TO_REPAY: Sense = {
  id: 'en.borrowToRepay',
  language: 'en',
  groups: {
    BORROW: ['borrow(?:ing)?', 'take out (?:a |another )?(?:loan|payday loan|credit card|overdraft)', '(?:get|apply for|open) (?:a |an |another |new )?(?:loan|payday loan|credit card|overdraft|cash advance)', 'use (?:a|another|your|other) credit cards?', 'use (?:your |an |the )?(?:overdraft|cash advance|store card)', 'max out', 'put it on (?:a |your |another )?(?:credit )?card', 'cash advance', 'payday lender', 'loan from', 'ask (?:a |your |some )?(?:family(?: members?)?|friends?|parents?|relatives?|partner|boss|someone|somebody|colleagues?) (?:for|to lend you|to help)', 'sell your (?:car|house|home|jewel+ery|belongings)', 'remortgage'],
    REPAY: ['sort (?:this|it|the debt) out', 'deal with (?:this|it|the debt)', 'pay', 'repay', 'clear', 'settle', 'cover', 'pay (?:us|off|this|it|the debt)', 'send (?:it|the money|that|this) to us', '(?:give|get) (?:it|that|the money|this) to us'],
  },
  patterns: [
    { seq: ['BORROW', '(?:to|and|then|so (?:you can|that)|in order to)', 'REPAY'], gap: 30 },
    { seq: ['BORROW', '(?:then|just|and)', 'REPAY'], gap: 30, acrossCommas: true },
    { seq: ['REPAY', '(?:us |this |it |the debt |the balance )?(?:by|with|using) (?:borrowing|a loan|a payday loan|a credit card|another card|money from)'], gap: 6 },
    { seq: ['ask (?:a |your |some )?(?:family(?: members?)?|friends?|parents?|relatives?|partner|boss|someone|somebody|colleagues?) (?:for|to lend you)'], gap: 0 },
    { seq: ['(?:borrow|get) (?:it|the money|some money|the cash|that) from (?:your |a )?(?:mum|mom|dad|parents|family|friends?|brother|sister|relatives?|partner|boss|neighbou?r)'], gap: 0 },
    { seq: ['(?:put|stick|pay) (?:it|this|the (?:debt|balance|arrears)) on (?:a |your |another )?(?:credit )?card'], gap: 0 },
  ],
  examples: {
    flag: ['Borrow from a friend to pay this today', 'Take out a payday loan to clear the balance', 'You could use another credit card to pay us', 'Ask your parents to lend you the money', 'Pay this off with a credit card', 'Borrow the money from your dad and pay us today', 'Why don\'t you ask a friend to lend you the money?', 'Just put it on a credit card'],
    allow: ['Please do not borrow to repay us', 'We will never ask you to borrow money to pay', 'Free debt advice is available from StepChange', 'The customer said he will borrow from his brother to pay', 'Please do not put this debt on a credit card'],
  },
};

export const EN_PUBLIC_POSTING: Sense = {
  id: 'en.publicPosting',
  language: 'en',
  groups: {
    POST: ['list(?:ing)? (?:you|your (?:name|details|debt))', 'post(?:ing|ed)?', 'publish(?:ing|ed)?', 'put(?:ting)? (?:up )?(?:a |the |this |your )?(?:notice|sign|poster|note|flyer|list|name|details|photo|picture|debt)s?', 'share', 'sharing', 'shared', 'display(?:ing|ed)?', 'stick(?:ing)?', 'pin(?:ning)?', 'nail', 'tape', 'advertise', 'print', 'list(?:ing)? you', 'plaster'],
    PLACE: ['online', 'on (?:facebook|social media|the internet|twitter|x|instagram|tiktok|whatsapp|linkedin|nextdoor|the web)', 'in the (?:local )?(?:news)?paper', 'on (?:your|the|a) (?:local )?(?:facebook|whatsapp|community|neighbou?rhood|street) (?:group|page|chat)', 'at (?:your|his|her|their) (?:workplace|office|work|school|church|gym|club)', 'in (?:your|the|his|her) (?:office|workplace|canteen|break ?room|staff ?room)', 'round (?:your|the|his|her) (?:street|neighbou?rhood|estate|village)', 'in public', 'publicly', 'on (?:your|the) (?:front )?door', 'in your (?:street|neighbou?rhood|building|lobby)', 'on (?:a|the) (?:notice ?board|community board|lamppost)', 'in (?:the |a |your )?(?:local )?(?:shop |store )?(?:window|lobby)', 'for everyone to see', 'where (?:your )?(?:neighbou?rs|everyone) (?:can|will) see', 'on (?:our|a|the|a public) (?:website|site|web ?page|page|blog)'],
  },
  patterns: [
    { seq: ['POST', 'PLACE'], gap: 40 },
    { seq: ['name and shame'], gap: 0 },
    { seq: ['(?:everyone|everybody|the whole|all (?:of )?your) (?:on |in |at )?(?:your )?(?:street|building|road|estate|block|village|neighbou?rhood|office)', '(?:will|is going to|are going to|can|would) (?:see|read|know)'], gap: 6 },
    { seq: ['(?:debt|debts|name|details|arrears|photo|picture)', '(?:will be|is going to be|are going to be|could be|may be|gets?|will get) (?:made public|published|posted|publici[sz]ed|shared online|put online)'], gap: 4, head: 1 },
    { seq: ['(?:list|register|wall|board) of (?:debtors|deadbeats|bad payers)'], gap: 0 },
  ],
  examples: {
    flag: ['We will post your debt on Facebook', 'We will put a notice on your front door for the neighbours', 'Your name will be published in the local paper', 'We name and shame people like you', 'We could share your details online', 'We will list your details on a public website', 'Everyone in your building will know once we post the notice'],
    allow: ['We will never post your details online', 'You can pay online at any time', 'Statements are posted to your home address', 'Our notice is sent in a plain envelope', 'We never share your details on any Facebook group'],
  },
};

export const EN_FAKE_BLACKLIST: Sense = {
  id: 'en.fakeBlacklist',
  language: 'en',
  groups: {
    LIST: ['black-?list(?:ed)?', 'black list(?:ed)?', "(?:national|central|credit) (?:debtors?'?|defaulters?'?|bad payers?'?) (?:register|list|database)", "debtors?'? (?:register|list) for life"],
    RUIN: ["(?:never|not|won't|will not) (?:be able to )?(?:get|obtain|be approved for|take out) (?:credit|a loan|a mortgage|a (?:mobile )?phone contract|a credit card|a car loan|finance)[^.!?;]{0,12}?(?:again|for life|ever)","(?:no|not a single|not one) (?:bank|lender|one|company|card company) (?:will|would|is going to) (?:ever )?(?:lend|give you (?:credit|a loan)|approve you|touch you)", 'credit (?:will be |is |gets |is going to be )?(?:ruined|destroyed|wrecked|trashed) (?:forever|for life|permanently|for good)','(?:ruin|destroy|wreck|trash)(?:ed)? your credit (?:forever|for life|permanently)', 'never (?:get|be able to get|be approved for) (?:credit|a loan|a mortgage|a credit card|a phone contract) again', 'credit (?:will be )?(?:ruined|destroyed) (?:forever|for life)'],
  },
  patterns: [
    { seq: ['LIST'], gap: 0 },
    { seq: ['RUIN'], gap: 0 },
  ],
  examples: {
    flag: ['You will be blacklisted', 'You will never get credit again', 'This will ruin your credit forever', 'You won\'t get a mortgage again', 'You are on the national defaulters register'],
    allow: ['Missed payments may be reported to credit reference agencies', 'There is no such thing as a credit blacklist', 'Your credit file shows the arrears for six years', 'Late payments may appear on your credit file'],
  },
};

export const EN_COURT_THREAT: Sense = {
  id: 'en.courtThreat',
  language: 'en',
  groups: {
    SUE: ['(?:take|taking|took) you to court', 'su(?:e|ing) you', 'court action', 'legal action', 'legal proceedings', 'sue you', 'sue', 'county court judge?ments?', 'CCJ', 'bailiffs? (?:will|are going to)', 'file (?:a )?(?:lawsuit|suit|claim)', 'lawsuit', 'judg(?:e)?ment against you', 'see you in court', 'issue (?:a )?(?:court )?claim', 'court proceedings', 'proceedings against you'],
  },
  patterns: [{ seq: ['SUE'], gap: 0 }],
  // Saying that the debt can no longer be sued on is what a time-barred notice must say.
  lawfulWhen: "\\b(?:too old|time-barred|statute-barred|cannot|can't|will not|won't|no longer|not able to)\\b",
  examples: {
    flag: ['We will take you to court', 'We are starting legal action', 'We will file a lawsuit against you', 'We\'re taking you to court', 'We will issue a claim against you'],
    allow: ['This debt is too old for us to sue you', 'You have the right to seek independent advice', 'We can\'t take you to court over this old debt'],
  },
};
