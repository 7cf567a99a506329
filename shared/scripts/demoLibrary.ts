import type { ExcuseAnswer, Script, ScriptLibrary } from './library';

/**
 * The library the app ships with (and the demo head office publishes as version 1): what a device uses until
 * head office publishes its own. Written to the conduct rules the packs encode (docs/domain.md, "Call scripts"):
 * say who is calling and why, confirm identity before naming the debt, never threaten, never tell anyone else,
 * no fees beyond the contract, never suggest borrowing to repay. It passes every built-in pack's wording check
 * (test/shared/scripts/demoLibrary.test.ts).
 */

const s = (id: string, segment: Script['segment'], stage: Script['stage'], zh: string, en: string): Script => ({ id, segment, stage, text: { 'zh-CN': zh, en } });
const a = (id: string, excuse: ExcuseAnswer['excuse'], segment: ExcuseAnswer['segment'], heard: [string, string], answer: [string, string]): ExcuseAnswer => ({
  id,
  excuse,
  segment,
  heard: { 'zh-CN': heard[0], en: heard[1] },
  answer: { 'zh-CN': answer[0], en: answer[1] },
});

const GENERAL: Script[] = [
  s('general.opening', 'general', 'opening',
    '您好，我是{{branchName}}的贷后服务专员{{collectorName}}，工号可向本行客服核实。请问是{{debtorName}}本人吗？',
    'Hello, this is {{collectorName}}, account servicing officer at {{branchName}}; you can verify my staff number with our customer service. Am I speaking with {{debtorName}}?'),
  s('general.verification', 'general', 'verification',
    '为保护您的信息安全，请您报一下身份证号码的后四位。核实后我再和您说明账户情况。',
    'To protect your information, please tell me the last four digits of your ID number. Once that matches I will explain why I am calling.'),
  s('general.reason', 'general', 'reason_finding',
    '您尾号为{{accountNumber}}的账户目前逾期{{dpd}}天，逾期金额{{overdueAmount}}。想先了解一下，最近是遇到了什么情况，影响了按时还款？',
    'Your account {{accountNumber}} is {{dpd}} days overdue, with {{overdueAmount}} past due. May I ask what has happened recently that made the payment late?'),
  s('general.negotiation', 'general', 'negotiation',
    '理解您的情况。逾期会按合同继续计息，也会如实报送个人征信。您看本月能先还多少？如果一次还清有困难，我们可以一起看看分期的安排，需要时我帮您向行里申请。',
    'I understand. Interest keeps running under the contract while the account is overdue, and it is reported to the credit reference centre as it is. How much could you pay this month? If paying it all at once is hard, we can look at instalments together, and I can put a request to the bank for you.'),
  s('general.promise', 'general', 'promise_confirmation',
    '我跟您确认一下：您承诺在{{promiseDueDate}}前还款{{promiseAmount}}，通过手机银行、网银或网点柜面都可以。到期前一天我会再提醒您，可以吗？',
    'Let me confirm: you will pay {{promiseAmount}} by {{promiseDueDate}}, through mobile banking, online banking or at a branch counter. I will remind you the day before; is that all right?'),
  s('general.closing', 'general', 'closing',
    '感谢您的配合。对账户有疑问或需要办理异议，可以拨打本行客服或到{{branchName}}咨询。祝您生活顺利，再见。',
    'Thank you for your time. For any question about the account, or to dispute it, call our customer service or visit {{branchName}}. Goodbye.'),
];

const BY_SEGMENT: Script[] = [
  s('able_willing.negotiation', 'able_willing', 'negotiation',
    '看得出您一直很重视信用。逾期金额{{overdueAmount}}，今天在手机银行就能还清，还清后逾期不再增加。您方便今天处理吗？',
    'You clearly care about your credit record. The overdue amount is {{overdueAmount}}; you can clear it today in mobile banking, and nothing more will accrue. Could you do it today?'),
  s('able_unwilling.reason', 'able_unwilling', 'reason_finding',
    '账户已经逾期{{dpd}}天了。想听听您的想法：是对这笔欠款有不同意见，还是有别的顾虑？有异议可以走正式的异议流程，我帮您登记。',
    'The account is now {{dpd}} days overdue. I would like to hear your view: do you disagree with the debt, or is something else holding you back? A disagreement can go through the formal dispute process, and I can record it for you.'),
  s('able_unwilling.negotiation', 'able_unwilling', 'negotiation',
    '按合同约定，逾期期间利息和罚息会继续产生，逾期记录也会如实报送征信，影响您今后办理贷款和信用卡。{{overdueAmount}}越早还清，影响越小。您准备哪天处理？',
    'Under the contract, interest and penalty interest keep accruing while the account is overdue, and the record is reported to the credit reference centre as it is, which affects future loans and cards. The sooner {{overdueAmount}} is cleared, the smaller the effect. Which day will you pay?'),
  s('unable_willing.negotiation', 'unable_willing', 'negotiation',
    '谢谢您愿意沟通，也理解您现在手头紧。我们可以按您的实际收入商量一个分期或延期方案，先从您能承受的金额开始。您每月大概能拿出多少？',
    'Thank you for talking with me; I understand money is tight right now. We can work out instalments or more time based on what you actually earn, starting from an amount you can manage. Roughly how much could you put aside each month?'),
  s('unable_unwilling.reason', 'unable_unwilling', 'reason_finding',
    '我不是来给您添压力的。您现在收入情况怎么样？是工作、身体还是家里的事情？了解清楚了，我才能帮您找合适的办法。',
    'I am not calling to put pressure on you. How is your income at the moment: is it work, health or something at home? Once I understand, I can look for a way that works for you.'),
  s('lost_contact.opening', 'lost_contact', 'opening',
    '您好，我是{{branchName}}的工作人员{{collectorName}}，有一件个人业务需要{{debtorName}}本人处理。请问您能帮忙转达，请他回电本行客服吗？',
    'Hello, this is {{collectorName}} from {{branchName}}. I have a personal matter that {{debtorName}} needs to deal with in person. Could you ask them to call our customer service back?'),
  s('suspected_evasion.negotiation', 'suspected_evasion', 'negotiation',
    '账户逾期{{dpd}}天，欠款{{totalAmount}}。银行会依法依规维护自身权益。如果您有还款困难，现在是协商方案的好时机，我可以帮您申请。',
    'The account is {{dpd}} days overdue and {{totalAmount}} is owed in all. The bank will protect its rights by lawful means only. If paying is hard for you, now is a good time to agree a plan, and I can apply for one for you.'),
];

const ANSWERS: ExcuseAnswer[] = [
  a('no_money.general', 'no_money', 'general', ['我没钱', 'I have no money'], [
    '理解您现在困难。不用一次还清，我们可以先定一个您能承受的小额还款，再商量分期。您这个月最多能安排多少？',
    'I understand things are hard. You need not pay it all at once: we can start with a small amount you can manage and then talk about instalments. What is the most you could arrange this month?',
  ]),
  a('no_money.unable_willing', 'no_money', 'unable_willing', ['我真的没钱', 'I really have no money'], [
    '谢谢您跟我说实话。收入有变化的话，您可以申请困难客户的还款安排，需要提供一些证明材料，我来帮您准备申请。',
    'Thank you for being honest with me. If your income has changed, you can apply for a hardship arrangement with some supporting documents; I will help you prepare the application.',
  ]),
  a('forgot.general', 'forgot', 'general', ['我忘记了', 'I forgot'], [
    '没关系，现在还款还来得及。逾期金额是{{overdueAmount}}，今天在手机银行就能还。要不要我教您开通自动还款，以后就不会忘了？',
    'That happens. It is not too late: the overdue amount is {{overdueAmount}} and you can pay it today in mobile banking. Shall I show you how to set up automatic payments so it does not happen again?',
  ]),
  a('wrong_person.general', 'wrong_person', 'general', ['我不认识他', 'I do not know this person'], [
    '打扰您了，抱歉。可能是号码有误，我会核实并更正记录。祝您生活愉快。',
    'Sorry to have troubled you. The number may be wrong; I will check it and correct our records. Have a good day.',
  ]),
  a('payday.general', 'waiting_for_payday', 'general', ['等发工资再还', 'I will pay when I get paid'], [
    '好的。请问您每月几号发工资？我们就约在发薪后两天内还款，我把日期记下来，提前一天提醒您。',
    'All right. Which day of the month are you paid? Let us set the payment for within two days after payday; I will note the date and remind you the day before.',
  ]),
  a('complain.general', 'will_complain', 'general', ['我要投诉你们', 'I am going to complain about you'], [
    '您有权投诉，我把投诉渠道告诉您：本行客服热线，或到{{branchName}}当面反映，我也会如实记录您的意见。今天的通话只是说明账户情况，不会给您添麻烦。',
    'You have every right to complain: you can call our customer service line or raise it in person at {{branchName}}, and I will record what you said. Today I am only explaining the state of the account.',
  ]),
  a('already_paid.general', 'already_paid', 'general', ['我已经还过了', 'I already paid'], [
    '谢谢您。请问是哪天、通过什么渠道还的？如果能提供转账凭证，我马上帮您核对，核实后会更正记录。',
    'Thank you. On which day and through which channel did you pay? If you can share the transfer receipt, I will check it straight away and correct the record once it matches.',
  ]),
  a('not_my_debt.general', 'not_my_debt', 'general', ['这不是我借的', 'This is not my loan'], [
    '我理解您的疑问。您可以提出正式异议，我现在就帮您登记，行里会在规定时间内核查并回复您。核查期间我们暂停催收联系。',
    'I understand your doubt. You can raise a formal dispute; I will record it now, and the bank will look into it and reply within the set time. We pause collection contact while it is checked.',
  ]),
];

export const DEMO_SCRIPT_LIBRARY: ScriptLibrary = {
  title: '示例话术库（2027 版）',
  scripts: [...GENERAL, ...BY_SEGMENT],
  answers: ANSWERS,
};
