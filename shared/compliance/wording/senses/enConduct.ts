import type { Sense } from '../sense';
import { EN_AUTHORITY, EN_CIRCLE, EN_POSSESSIVE, EN_WE, EN_WILL } from './enTerms';

export const EN_IMPERSONATION: Sense = {
  id: 'en.impersonation',
  language: 'en',
  groups: {
    BE: ['this is', 'i am', 'i\'m', 'we are', 'we\'re', 'calling from', 'on behalf of', 'acting for', 'acting on behalf of', 'i work for', 'we work for', 'i represent', 'we represent', 'i\'m with', 'we\'re with', 'on the instructions of', 'instructed by', 'sent by', 'as agents of', '(?:a |an )?(?:message|letter|notice|call) from', '(?:this|the|my|our) (?:call|message|letter|notice) is from', 'working (?:together |closely )?with', 'in partnership with', 'alongside',
      '(?:introduced|identified) (?:himself|herself|themselves|myself|ourselves) as', 'pos(?:ed|ing) as', 'pretend(?:ed|ing)? to be', 'claim(?:ed|ing)? to be', 'said (?:he|she|they) (?:was|were)'],
    AUTHORITY: EN_AUTHORITY,
    MANDATE: ['(?:has|have) (?:instructed|asked|authori[sz]ed|sent|appointed|ordered|told)', 'instructed', 'authori[sz]ed', 'sent'],
    US: ['us', 'me', 'our (?:firm|company|agents?|officers?)'],
  },
  patterns: [
    { seq: ['BE', 'AUTHORITY'], gap: 24, head: 1 },
    { seq: ['AUTHORITY', 'MANDATE', 'US'], gap: 12, head: 1 },
  ],
  examples: {
    flag: ['This is the police, you need to pay today', 'We are bailiffs and will arrest you', 'I am calling on behalf of the county court', 'The court has instructed us to collect this debt', 'We work for the sheriff\'s office', 'I\'m phoning from the magistrates\' court', 'Our agent introduced himself as a police officer'],
    allow: ['We are not the police and this is not a court document', 'You can get free advice from the court\'s help desk', 'This is Harbour Bank\'s collections team', 'We may apply to the county court for a judgment', 'Beware of anyone claiming to be from the court'],
  },
};

export const EN_THREAT_INSULT: Sense = {
  id: 'en.threatInsult',
  language: 'en',
  groups: {
    INSULT: ['scroungers?', 'spongers?', 'good-for-nothing', 'you useless', 'deadbeats?', 'scum(?:bags?)?', 'losers?', 'idiots?', 'morons?', 'stupid', 'liars?', 'thie(?:f|ves)', 'crooks?', 'parasites?', 'low-?lifes?', 'worthless', 'freeloaders?', 'bums?', 'pathetic', 'disgrace', 'waste of space', 'leech(?:es)?', 'vermin'],
    VEILED: ['we know where you (?:live|work|sleep)', 'we know where your (?:kids|children|family|wife|husband) (?:are|live|go to school)', 'watch your back', 'you(?:\'ll| will) (?:regret|be sorry|pay for)', 'something (?:bad )?(?:might|could|will|may) happen to (?:you|your)', 'make your life (?:hell|a misery|miserable)', 'we(?:\'ll| will) (?:come after|find|get) you', 'or else', 'go die', 'you(?:\'d| had) better (?:watch|be careful)', 'pay you a visit you won\'t forget', "(?:don't|do not) make (?:us|me) come", 'come looking for you', 'last warning before things get ugly', 'things (?:will|could|might|are going to|can|may) get (?:ugly|nasty|messy|bad|worse|very bad)', 'see what happens', "(?:you )?(?:won't|will not) like what happens", "(?:don't|do not) (?:test|push|cross) (?:us|me)", '(?:be )?waiting for you (?:outside|at|near|when|after)', "(?:you )?(?:don't|do not) want to (?:know|find out|see) what happens", 'make (?:your|his|her|their) (?:life|lives) (?:a )?(?:living )?(?:hell|misery|miserable|difficult|unbearable)'],
    HARM: ['kill', 'hurt', 'beat', 'harm', 'smash', 'break', 'burn', 'torch', 'wreck', 'deal with', 'sort you out'],
    TARGET: ['you', 'your (?:legs?|arms?|neck|face|car|house|home|windows?|family|kids)'],
  },
  patterns: [
    { seq: ['INSULT'], gap: 0 },
    { seq: ['VEILED'], gap: 0 },
    { seq: ['HARM', 'TARGET'], gap: 6 },
  ],
  examples: {
    flag: ['Pay now, you deadbeat', 'We know where you live', 'You will regret ignoring us', 'Something bad might happen to your family', 'We will break your legs', 'Pay up or else', 'Things will get ugly if you keep this up', 'You useless scrounger'],
    allow: ['We understand this is a difficult time for you', 'Please call us if you are worried', 'The customer called us liars and hung up', 'We will never threaten you', 'The customer called me a scrounger and hung up'],
  },
};

export const EN_LEGAL_CONSEQUENCES: Sense = {
  id: 'en.legalConsequences',
  language: 'en',
  groups: {
    JAIL: ['arrest(?:ed)?', 'jail(?:ed)?', 'prison', 'imprison(?:ed|ment)?', 'locked up', 'lock(?:ed)? you up', 'handcuff(?:ed|s)?', 'behind bars', 'criminal (?:charges?|record|case|offen[cs]e|proceedings|investigation|prosecution)', 'prosecut(?:ed|e you|ion)', 'warrant(?: for your arrest)?', 'fraud charges?', 'press(?:ing)? charges'],
    POLICE: ['police', 'cops', 'officers?', 'law enforcement', 'sheriff', 'FBI'],
    ACT: ['call', 'send', 'involve', 'get', 'report you', 'notify', 'contact', 'inform'],
    COME: ['(?:come|coming|be coming|show(?:ing)? up|turn(?:ing)? up|be at your door|knock(?:ing)?|visit(?:ing)?|pick(?:ing)? you up|look(?:ing)? for you|after you|investigat(?:e|ing) you|on (?:their|the|its|his|her) way|take you (?:in|away)|haul you (?:in|away))'],
    WILLBE: [...EN_WILL, 'are', 'is', 'have been', 'has been'],
    ACCUSE: ["(?:not paying|non-?payment|skipping (?:payments?|this)|missing payments?|ignoring (?:us|this debt)|refusing to pay|what you(?:'re| are) doing) (?:is|counts as|amounts to) (?:fraud|theft|stealing|a crime|criminal)", "(?:you are|you're|you have been|this is|that's|that is|(?:not |non-?)pay(?:ing|ment)? is|failure to pay is|which is) (?:committing |guilty of |engaged in |a form of |classed as |treated as )?(?:fraud|theft|stealing|a crime|criminal)"],
    SEIZE: ['(?:seize|take|repossess|confiscate|auction) (?:your|all your) (?:house|home|car|belongings|furniture|possessions|property|wages|kids|children)'],
  },
  patterns: [
    { seq: ['JAIL'], gap: 0 },
    { seq: ['ACT', 'POLICE'], gap: 5 },
    { seq: ['POLICE', 'WILLBE', 'COME'], gap: 12, head: 2 },
    { seq: ['ACCUSE'], gap: 0 },
    { seq: ["(?:we|i|we've|we have|we'll|we will|i will|i'll|i have)", '(?:pass|hand|refer|report|sen[dt]|giv|forward)\\w*', 'POLICE'], gap: 24, head: 1 },
    { seq: ['SEIZE'], gap: 0 },
    { seq: ['POLICE', '(?:have|has) (?:now |already )?been (?:notified|informed|told|contacted|called|alerted)'], gap: 4, head: 1 },
  ],
  examples: {
    flag: ['The police will arrest you', 'You could go to jail for this', 'We will report you to the police', 'Officers will be at your door tomorrow', 'You are committing fraud by not paying', 'We will seize your house next week', 'j a i l', 'Skipping payments is stealing', 'The police have been informed about this debt'],
    allow: ['Your arrears are £300; arrears letters follow.', 'Not paying a debt is not a crime and you will not be arrested', 'We may ask the court for a judgment', 'If you are a victim of fraud, please tell us', 'Not paying is not a crime'],
  },
};

export const EN_DISCLOSURE: Sense = {
  id: 'en.disclosure',
  language: 'en',
  groups: {
    WE: EN_WE,
    WILL: EN_WILL,
    TELL: ['(?:be|get|getting) in touch with', 'tell(?:s|ing)?', 'told', 'inform(?:s|ed|ing)?', 'notif(?:y|ied|ying)', 'contact(?:s|ed|ing)?', 'call(?:s|ed|ing)?', 'phon(?:e|ed|ing)', 'ring(?:ing)?', 'rang', 'e-?mail(?:ed|ing)?', 'text(?:ed|ing)?', 'writ(?:e|ing) to', 'wrote to', 'let', 'reach(?:ed)? out to', '(?:speak(?:ing)?|spoke|spoken|speak) (?:to|with)', 'explain(?:ed|ing)? (?:to|the (?:debt|arrears|situation) to)', 'talk(?:ed)? to', 'visit(?:ed|ing)?', 'alert(?:ed)?', 'warn(?:ed)?', 'send (?:a letter|letters|this|it|notices?) to', 'copy in', 'show'],
    POSS: EN_POSSESSIVE,
    CIRCLE: EN_CIRCLE,
    KNOW: ['hear from us', 'find out', 'know', 'learn', 'hear (?:about|of)', 'be told', 'be informed', 'be notified', 'be contacted', 'get a call', 'get a letter', 'receive a (?:call|letter)'],
  },
  patterns: [
    { seq: ['WILL', 'TELL', 'POSS', 'CIRCLE'], gap: 12, head: 1 },
    { seq: ['WE', 'TELL', 'POSS', 'CIRCLE'], gap: 14, head: 1 },
    { seq: ['POSS', 'CIRCLE', 'WILL', 'KNOW'], gap: 10, head: 3 },
    { seq: ['POSS', 'CIRCLE', "(?:has|have|had|is|are|was|were|will be|'ll be) (?:been |now |already )*(?:told|informed|notified|contacted|called|written to|made aware)"], gap: 12, head: 2 },
    { seq: ['let', 'POSS', 'CIRCLE', 'know'], gap: 16 },
    { seq: ['left (?:a |an )?(?:message|voicemail|note) (?:with|for)', 'POSS', 'CIRCLE', '(?:owe|debt|arrears|balance|money)'], gap: 40 },
    { seq: ['(?:everyone|everybody|all) (?:you know|in your (?:street|office|family|building|town|village))', 'WILL', 'KNOW'], gap: 10, head: 2 },
  ],
  lawfulWhen: '\\b(?:with your (?:permission|consent|agreement)|if you (?:agree|consent|ask us|authori[sz]e)|you have (?:asked|authori[sz]ed)|to (?:confirm|verify|obtain|update|ask for|get) (?:your |his |her |their )?(?:contact|location|address|phone|whereabouts|details|employment))',
  debtorMayAct: true,
  examples: {
    flag: ['We will tell your employer about this', "We'll tell your neighbours you owe us", "We're going to tell your boss", 'Your family will find out about your debt', 'We may call your colleagues to let them know', 'Our agents will contact his parents about the arrears', 'We\'ll be in touch with your boss about the arrears', 'We rang his brother and explained what he owes'],
    allow: ['We will not tell your employer', 'With your permission we can speak to your partner', 'You may want to tell your family about the plan', 'We will only contact your references to confirm your location', 'Please let your family know our number if they want to help', 'We will not be in touch with your employer'],
  },
};
