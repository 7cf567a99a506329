export { Field, FormButtons, FormFields, type FieldIds } from './Field';
export { ChoiceField, DateField, MultiChoiceField, ReadOnlyField, TextAreaField, TextField, useFieldError, type Choice, type ChoiceGroup } from './fields';
export { matchPeople, PeoplePicker, type Person } from './PeoplePicker';
export { PersonField } from './PersonField';
export { RadioField, type RadioChoice } from './RadioField';
export { dateText, optionalDateText, requiredText } from './rules';
export { useZodForm } from './useZodForm';
