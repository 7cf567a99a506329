/**
 * What the import tells people, in zh-CN first and English (the CLI, the rejection report and the head-office
 * console show these). Templates in i18next syntax ({{name}}), as in shared/fieldwork/messages.ts, so the
 * console can load them as a resource bundle; the server fills them in with importMessage.
 */
export type ImportLanguage = 'zh-CN' | 'en';
export const IMPORT_LANGUAGES: readonly ImportLanguage[] = ['zh-CN', 'en'];

const EN = {
  // Cells and rows
  undecodable: 'contains bytes that are not text in the file’s encoding (expected UTF-8 or GB18030)',
  unsafe_number: 'a number too long for a spreadsheet number cell: store it as text',
  forbidden_character: 'contains a control or text-direction character ({{character}}): retype the value',
  formula_without_value: 'a formula with no saved value (head office evaluates nothing): save the workbook in Excel, or paste values',
  error_cell: 'a spreadsheet error cell: {{value}}',
  boolean_cell: 'a TRUE/FALSE cell where text, a number or a date is expected',
  required: 'required',
  too_long: 'longer than {{max}} characters',
  money_negative: 'must not be negative: {{value}}',
  money_decimals: 'at most 2 decimals (fen): {{value}}',
  money_too_large: 'too large: {{value}}',
  money_format: 'not an amount in yuan: {{value}}',
  rate_format: 'not a rate in percent with at most 2 decimals: {{value}}',
  rate_too_high: 'rate above 1000%: {{value}}',
  bad_date: 'not a real date (YYYY-MM-DD): {{value}}',
  id_format: 'an ID number is 17 digits and a check digit or X',
  id_checksum: 'ID number checksum or birth date is wrong',
  bad_phone: 'not a phone number: {{value}}',
  customer_no_format: 'letters, digits, _ and - only, at most 64',
  required_with_address: 'required when any address column is filled',
  postcode: 'a postcode is 6 digits',
  not_one_of: 'not one of {{allowed}}: {{value}}',
  account_number: 'an account number is 12-19 digits',
  contract_number: 'a contract number is 4-40 characters',
  dpd: 'days past due is a whole number, not negative: {{value}}',
  overdue_after_snapshot: 'after the snapshot date',
  overdue_required: 'required when dpd is above 0',
  required_with_guarantor: 'required when any guarantor column is filled',
  guarantor_type: 'not joint or general: {{value}}',
  differs_in_customer: 'differs from row {{other}} of the same customer',
  guarantor_name_conflict: 'the same guarantor ID number has another name on row {{other}}',
  guarantor_is_borrower: 'the guarantor is the borrower',
  no_branch: 'no branch {{branch}} at head office',
  no_user: 'no user {{officer}}',
  officer_other_branch: '{{officer}} works at branch {{actual}}, not {{branch}}',
  duplicate_account: 'the same account is on row {{other}}',
  sibling_rejected: 'not imported: another row of the same customer was rejected',
  case_invalid: 'the case would not be valid: {{detail}}',
  case_snapshot_older: 'snapshot {{date}} is older than the one head office has for this customer ({{have}})',
  // The file as a whole
  missing_columns: 'missing column(s): {{columns}}',
  duplicate_column: 'the header has the column {{column}} twice (columns {{first}} and {{second}}): which one is meant cannot be guessed',
  no_header: 'the file is empty: no header row',
  no_rows: 'the extract has no rows: nothing imported and no case closed',
  csv_unclosed_quote: 'line {{line}}: a quoted field is never closed (it would swallow the rest of the file)',
  csv_ragged: 'line {{line}}: {{found}} fields where the header has {{expected}}',
  csv_bad_quote: 'line {{line}}: a quote in the middle of a field that is not quoted, or text after a closing quote',
  csv_malformed: 'line {{line}}: not readable as CSV ({{detail}})',
  bad_encoding: '{{count}} lines are not text in UTF-8 or GB18030 (the first is line {{line}}), more than the {{allowed}} tolerated: is this the right file?',
  not_xlsx: 'the file is named .xlsx but is not an XLSX workbook',
  unreadable_xlsx: 'not a readable XLSX workbook: {{detail}}',
  no_visible_sheet: 'the workbook has no visible worksheet',
  no_such_sheet: 'the workbook has no worksheet named {{sheet}} (it has: {{sheets}})',
  too_many_closures:
    'the extract would settle {{count}} of {{open}} open cases ({{share}}), more than the {{limit}} allowed without confirmation. Nothing imported. Check the list of cases in the dry run; if it is right, import again confirming {{count}} closures',
  closures_changed: '{{confirmed}} closures were confirmed but the extract would now settle {{count}}: nothing imported; run the dry run again',
  older_snapshot: 'the extract is as of {{date}}, older than the last one imported ({{last}}): nothing imported (replaying an older extract on purpose needs the replay option)',
  changed_since_dry_run: 'what head office holds changed since the dry run, so the import would no longer do what it showed: nothing imported; look at the new dry run and apply again',
  // What the command prints
  summary: 'new {{new}}, updated {{updated}}, unchanged {{unchanged}}, closed {{closed}}, rejected {{rejected}} ({{rejectedRows}} rows)',
  dry_run: 'dry run (nothing written): ',
  closures_listed: '{{count}} of {{open}} open cases are not in the extract and {{would}} settled ({{share}}; without confirmation up to {{limit}}): {{path}}',
  closures_confirm: 'settling them needs confirmation: import again with --confirm-closures {{count}}',
  file_refused: 'file refused: {{reason}}',
  report_path: 'rejection report: {{path}}',
  snapshot_line: 'extract as of {{date}} (last imported: {{last}})',
  would: 'would be',
  were: 'were',
  // The repayment extract (docs/import-format.md, "Repayment extract")
  reference_format: 'a transaction reference is 1-100 letters, digits and - _ . / : only: {{value}}',
  duplicate_reference: 'the same transaction reference is on row {{other}}',
  reference_conflict: 'head office already has transaction {{reference}} with another account, amount or date: a bank transaction is never changed by a later file',
  amount_not_positive: 'a repayment is more than 0: {{value}}',
  unknown_account: 'no case at head office has account {{account}}',
  customer_mismatch: 'account {{account}} belongs to customer {{actual}}, not {{value}}',
  value_date_future: 'value date {{value}} is after today ({{today}})',
  payments_summary: 'new payments {{new}}, already imported {{unchanged}}, rejected {{rejected}}',
} as const;

export type ImportMessageCode = keyof typeof EN;

const ZH: Record<ImportMessageCode, string> = {
  undecodable: '含有不符合文件编码的字节（应为 UTF-8 或 GB18030）',
  unsafe_number: '数字过长，电子表格的数字单元格无法保存：请存为文本',
  forbidden_character: '含有控制字符或文字方向控制字符（{{character}}）：请重新录入',
  formula_without_value: '公式没有保存的计算结果（总行不计算公式）：请在 Excel 中保存工作簿，或粘贴为数值',
  error_cell: '电子表格错误值：{{value}}',
  boolean_cell: '此处应为文本、数字或日期，不能是 TRUE/FALSE 单元格',
  required: '必填',
  too_long: '超过 {{max}} 个字符',
  money_negative: '不能为负数：{{value}}',
  money_decimals: '最多两位小数（分）：{{value}}',
  money_too_large: '金额过大：{{value}}',
  money_format: '不是以元为单位的金额：{{value}}',
  rate_format: '不是最多两位小数的百分比利率：{{value}}',
  rate_too_high: '利率超过 1000%：{{value}}',
  bad_date: '不是有效日期（YYYY-MM-DD）：{{value}}',
  id_format: '身份证号应为 17 位数字加一位校验码（数字或 X）',
  id_checksum: '身份证号校验码或出生日期错误',
  bad_phone: '不是电话号码：{{value}}',
  customer_no_format: '只能包含字母、数字、_ 和 -，最多 64 个字符',
  required_with_address: '填写了任一地址列时必填',
  postcode: '邮政编码为 6 位数字',
  not_one_of: '不是以下之一 {{allowed}}：{{value}}',
  account_number: '账号为 12–19 位数字',
  contract_number: '合同号为 4–40 个字符',
  dpd: '逾期天数应为非负整数：{{value}}',
  overdue_after_snapshot: '晚于数据日期',
  overdue_required: '逾期天数大于 0 时必填',
  required_with_guarantor: '填写了任一担保人列时必填',
  guarantor_type: '不是连带责任保证（joint）或一般保证（general）：{{value}}',
  differs_in_customer: '与同一客户第 {{other}} 行不一致',
  guarantor_name_conflict: '同一担保人身份证号在第 {{other}} 行姓名不同',
  guarantor_is_borrower: '担保人就是借款人',
  no_branch: '总行没有机构 {{branch}}',
  no_user: '没有用户 {{officer}}',
  officer_other_branch: '{{officer}} 属于机构 {{actual}}，不是 {{branch}}',
  duplicate_account: '同一账号已在第 {{other}} 行出现',
  sibling_rejected: '未导入：同一客户的其他行被拒绝',
  case_invalid: '生成的案件无效：{{detail}}',
  case_snapshot_older: '数据日期 {{date}} 早于总行该客户已有的 {{have}}',
  missing_columns: '缺少列：{{columns}}',
  duplicate_column: '表头中列 {{column}} 出现两次（第 {{first}} 列和第 {{second}} 列），无法判断以哪一列为准',
  no_header: '文件为空：没有表头行',
  no_rows: '文件没有数据行：未导入任何数据，也未结清任何案件',
  csv_unclosed_quote: '第 {{line}} 行：引号字段没有闭合（会吞掉文件其余部分）',
  csv_ragged: '第 {{line}} 行：有 {{found}} 个字段，表头有 {{expected}} 个',
  csv_bad_quote: '第 {{line}} 行：未加引号的字段中出现引号，或闭合引号后还有文字',
  csv_malformed: '第 {{line}} 行：无法按 CSV 读取（{{detail}}）',
  bad_encoding: '有 {{count}} 行不是 UTF-8 或 GB18030 文本（第一处在第 {{line}} 行），超过允许的 {{allowed}} 行：文件是否正确？',
  not_xlsx: '文件名为 .xlsx，但不是 XLSX 工作簿',
  unreadable_xlsx: '无法读取的 XLSX 工作簿：{{detail}}',
  no_visible_sheet: '工作簿中没有可见的工作表',
  no_such_sheet: '工作簿中没有名为 {{sheet}} 的工作表（现有：{{sheets}}）',
  too_many_closures:
    '本文件将结清 {{open}} 个未结案件中的 {{count}} 个（{{share}}），超过无需确认即可结清的 {{limit}}。未导入任何数据。请在试运行中核对案件清单；确认无误后，再次导入并确认结清 {{count}} 个案件',
  closures_changed: '已确认结清 {{confirmed}} 个案件，但本文件现在将结清 {{count}} 个：未导入任何数据，请重新试运行',
  older_snapshot: '本文件数据日期为 {{date}}，早于上次导入的 {{last}}：未导入任何数据（如确需重放旧文件，请使用重放选项）',
  changed_since_dry_run: '试运行之后总行数据已有变化，导入结果将与试运行所示不同：未导入任何数据，请查看新的试运行结果后再应用',
  summary: '新增 {{new}}，更新 {{updated}}，未变 {{unchanged}}，结清 {{closed}}，拒绝 {{rejected}}（{{rejectedRows}} 行）',
  dry_run: '试运行（未写入任何数据）：',
  closures_listed: '{{open}} 个未结案件中有 {{count}} 个不在本文件中，{{would}}结清（{{share}}；无需确认的上限为 {{limit}}）：{{path}}',
  closures_confirm: '结清这些案件需要确认：请加上 --confirm-closures {{count}} 再次导入',
  file_refused: '文件被拒绝：{{reason}}',
  report_path: '拒绝报告：{{path}}',
  snapshot_line: '本文件数据日期 {{date}}（上次导入：{{last}}）',
  would: '将被',
  were: '已',
  reference_format: '交易流水号为 1–100 个字母、数字或 - _ . / : 字符：{{value}}',
  duplicate_reference: '同一交易流水号已在第 {{other}} 行出现',
  reference_conflict: '总行已有交易 {{reference}}，但账号、金额或日期不同：银行交易不会被后来的文件修改',
  amount_not_positive: '还款金额必须大于 0：{{value}}',
  unknown_account: '总行没有账号为 {{account}} 的案件',
  customer_mismatch: '账号 {{account}} 属于客户 {{actual}}，不是 {{value}}',
  value_date_future: '起息日 {{value}} 晚于今天（{{today}}）',
  payments_summary: '新增还款 {{new}}，已导入 {{unchanged}}，拒绝 {{rejected}}',
};

export const IMPORT_MESSAGES: Record<ImportLanguage, { import: Record<ImportMessageCode, string> }> = {
  'zh-CN': { import: ZH },
  en: { import: EN },
};

export type MessageParams = Readonly<Record<string, string | number>>;

export function importMessage(code: ImportMessageCode, params: MessageParams = {}, lang: ImportLanguage = 'en'): string {
  return IMPORT_MESSAGES[lang].import[code].replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(params[name] ?? `{{${name}}}`));
}

/** A problem the import found: a message code and its values; `reason` is the English text, for logs. */
export interface ImportProblem {
  code: ImportMessageCode;
  params: MessageParams;
  reason: string;
}

export const problem = (code: ImportMessageCode, params: MessageParams = {}): ImportProblem => ({ code, params, reason: importMessage(code, params) });

/** The language of a locale name (LANG, --lang): English when it says so, zh-CN otherwise. */
export const languageOf = (locale: string | undefined): ImportLanguage => (locale && /^en\b|^en[_-]/i.test(locale) ? 'en' : 'zh-CN');
