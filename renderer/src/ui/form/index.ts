export { Field, FormButtons, FormFields, type FieldIds } from './Field';
export { ChoiceField, DateField, TextAreaField, TextField, type Choice, type ChoiceGroup } from './fields';
export { matchPeople, PeoplePicker, type Person } from './PeoplePicker';
export { useZodForm } from './useZodForm';
