/**
 * A user's edit of the calculator's form, as the value its property takes. The edit cycle
 * itself (typing, commit, the change event) is the shared EditController's.
 */
import type { FormControl } from '../shared/edit-controller.js';
import { FIELD_ATTRIBUTES, isAbsent, isBlank, type ControlName, type InputField } from './fields.js';

/** What a control holds as the user left it (see userValue). */
export type UserValue = string | string[] | boolean | null;

/** The input a control edits (a control's name is its attribute's), or undefined. */
export function fieldOf(name: string): InputField | undefined {
  return (Object.keys(FIELD_ATTRIBUTES) as InputField[]).find((f) => FIELD_ATTRIBUTES[f] === name);
}

/**
 * The value of a control as the user left it. An optional field the user empties (height, sex,
 * start date, methotrexate day) is "not given" (null, as if its attribute were removed), while an
 * empty attribute is an error. A date box the user is part-way through (its value is empty but
 * what it holds is not a date) is an invalid value, "", never "not given". The drug boxes give
 * the list of those ticked; the weight confirmation box gives true or false.
 */
export function userValue(control: FormControl, root: ParentNode): UserValue {
  if (control instanceof HTMLInputElement && control.type === 'checkbox' && control.name === 'weight-confirmed') return control.checked;
  if (control instanceof HTMLInputElement && control.type === 'checkbox') {
    const boxes = root.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${CSS.escape(control.name)}"]`);
    return [...boxes].filter((b) => b.checked).map((b) => b.value);
  }
  const value = control.value;
  switch (control.name as ControlName) {
    case 'height-cm':
    case 'age':
      return isBlank(value) ? null : value;
    case 'sex':
    case 'methotrexate-day':
      return value === '' ? null : value;
    case 'start-date':
      return value === '' && !(control instanceof HTMLInputElement && control.validity.badInput) ? null : value;
    default:
      return value;
  }
}

/** True when `value` is what the property already holds (the second event of one edit). */
export function sameValue(current: unknown, value: UserValue): boolean {
  if (typeof value === 'boolean') return value ? current === true : current === false || isAbsent(current);
  if (value === null) return isAbsent(current);
  if (Array.isArray(value)) return Array.isArray(current) && current.join(' ') === value.join(' ');
  return typeof current === 'string' && current === value;
}

/** The property value for a user's value: a required choice or the weight is never null (empty is an error). */
export function propertyValue(field: InputField, value: UserValue): unknown {
  if (typeof value === 'boolean' || field === 'drugs') return value;
  const text = Array.isArray(value) ? value.join(' ') : value;
  return field === 'weight' || field === 'weightUnit' || field === 'ivigDosingWeight' ? (text ?? '') : text;
}
