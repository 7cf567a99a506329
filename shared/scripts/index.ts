// Call scripts (话术): the library published as configuration, filling from the case, and the wording gate.
export { BilingualSchema, EXCUSES, ExcuseAnswerSchema, PLACEHOLDERS, SCRIPT_STAGES, ScriptAudienceSchema, ScriptLibrarySchema, ScriptSchema, placeholdersIn, type Bilingual, type Excuse, type ExcuseAnswer, type Placeholder, type Script, type ScriptAudience, type ScriptLanguage, type ScriptLibrary, type ScriptStage } from './library';
export { factsOfCase, fillScript, filledText, placeholderValues, type ScriptFacts, type ScriptPart } from './fill';
export { answersFor, scriptsFor } from './choose';
export { libraryWordingFindings, type ScriptWordingFinding } from './wordingGate';
export { DEMO_SCRIPT_LIBRARY } from './demoLibrary';
