/**
 * A user's edit of the pathway's form, as the value its property takes. The edit cycle itself
 * (typing, commit, the change event) is the shared EditController's.
 */
import type { FormControl } from '../shared/edit-controller.js';
import { trimmedChoice } from '../shared/attribute-values.js';
import { booleanValue, isAbsent, redFlagTokens, type InputField, type RawInputs } from './pathway-state.js';

/** The pathway's inputs as the form edits them. */
export type PathwayInputs = { -readonly [K in keyof RawInputs]?: unknown };

const CHOICES: Partial<Record<string, 'antibody' | 'statin' | 'severity' | 'phase'>> = {
  antibody: 'antibody',
  statin: 'statin',
  severity: 'severity',
  phase: 'phase',
};

/** The text boxes and the input each edits. */
const TEXT_KEYS: Record<string, 'weight' | 'age' | 'ckTimesUln'> = { weight: 'weight', age: 'age', 'ck-times-uln': 'ckTimesUln' };

/**
 * Applies one control's value to `inputs` (the element) and returns the input it changed, or
 * undefined when the value is what the input already holds (the second event of one edit).
 */
export function applyEdit(inputs: PathwayInputs, control: FormControl): InputField | undefined {
  const choice = Object.prototype.hasOwnProperty.call(CHOICES, control.name) ? CHOICES[control.name] : undefined;
  if (choice) {
    if (!(control as HTMLInputElement).checked || trimmedChoice(inputs[choice]) === control.value) return undefined;
    inputs[choice] = control.value;
    return choice;
  }
  switch (control.name) {
    case 'weight-unit':
      if (!control.value || trimmedChoice(inputs.weightUnit) === control.value) return undefined;
      inputs.weightUnit = control.value;
      return 'weightUnit';
    case 'checkpoint-inhibitor': {
      const checked = (control as HTMLInputElement).checked;
      if (booleanValue(inputs.checkpointInhibitor) === checked) return undefined;
      inputs.checkpointInhibitor = checked;
      return 'checkpointInhibitor';
    }
    case 'red-flags': {
      const form = control.closest('form') ?? control.getRootNode();
      const checked = [...(form as ParentNode).querySelectorAll<HTMLInputElement>('input[name="red-flags"]:checked')].map((i) => i.value);
      const current = redFlagTokens(inputs.redFlags);
      if (Array.isArray(current) && current.length === checked.length && checked.every((f) => current.includes(f))) return undefined;
      inputs.redFlags = checked;
      return 'redFlags';
    }
    case 'weight-confirmed': {
      const checked = (control as HTMLInputElement).checked;
      if (booleanValue(inputs.weightConfirmed, 'weight-confirmed') === checked) return undefined;
      inputs.weightConfirmed = checked;
      return 'weightConfirmed';
    }
    case 'weight':
    case 'age':
    case 'ck-times-uln': {
      // A box the user empties means "not given" (an empty attribute is an error).
      const key = TEXT_KEYS[control.name];
      const next = control.value.trim() === '' ? undefined : control.value;
      const current = isAbsent(inputs[key]) ? undefined : String(inputs[key]);
      if (next === current) return undefined;
      inputs[key] = next;
      return key;
    }
    default:
      return undefined;
  }
}
