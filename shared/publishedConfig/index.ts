// Published configuration: kinds, payload schemas, and what a device works with from the versions it holds.
export { CONFIG_KINDS, ConfigScopeSchema, PAYLOAD_SCHEMAS, PublishedConfigSchema, SCOPES_OF, keyOf, slotOf, versionLabel, type ConfigKind, type ConfigPayload, type ConfigScope, type PublishedConfig } from './kinds';
export { LETTERHEAD_IMAGE_MAX_BYTES, LETTERHEAD_IMAGE_TYPES, LetterheadSchema, LetterheadImageSchema, imageDataUrl, imageTypeOf, type Letterhead, type LetterheadImage } from './letterhead';
export { BUILT_IN_LIMITS, LimitsSchema, type Limits } from './limits';
export { CalendarYearSchema, calendarWith, daysFromTo, type PublishedYear } from './calendar';
export { configInForce, letterBranchOf, newestOfEachSlot, type ConfigInForce } from './inForce';
export { readDayLines, readDaysCsv, type CsvDaysRead, type DaysRead } from './calendarText';
export { RulePackParamsSchema, packWithParams, type RulePackParams } from './rulePackParams';
export { LetterTemplateSchema, templateKey } from './letterTemplate';
