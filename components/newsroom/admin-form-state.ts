import type { FieldErrors } from '@/lib/validation/story';

/** What every admin form action returns: an outcome, a message, errors beside fields, the values typed. */
export type AdminFormState = {
  outcome: 'idle' | 'saved' | 'error';
  message?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
  /** A one-time link (path) to show the admin once, for invitations and password resets. */
  link?: string;
  /** A secret shown to the admin once (a wire client's API key or webhook signing secret). */
  secrets?: { label: string; value: string }[];
};

export type AdminFormAction = (prev: AdminFormState, formData: FormData) => Promise<AdminFormState>;

export type AdminFieldSpec = {
  name: string;
  label: string;
  defaultValue?: string;
  hint?: string;
  options?: { value: string; label: string }[];
  rows?: number;
  autoComplete?: string;
  /** Wider fields span both columns of a two-column form. */
  wide?: boolean;
} & (
  | { type?: 'text' | 'email' | 'url' | 'textarea' | 'select' | 'file' | 'number' | 'checkbox' }
  /** A date and time typed in the site's zone, which the field names (SiteTimeField). */
  | { type: 'site-time'; timeZone: string }
);

/** Submitted form values as strings (files left out), to refill a form after an error. */
export function submittedValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === 'string' && !key.startsWith('$')) out[key] = value;
  return out;
}

// A browser cannot be handed a file back: after a refusal the file input is empty again, so the
// form says so beside it rather than letting a save go out without the photo the person chose.
export const UNSAVED_FILE = 'This image was not saved because the form was refused: choose it again before saving.';

/** `errors` plus, beside each file field a file was chosen in (and that has no error of its own), UNSAVED_FILE. */
export function withUnsavedFiles(formData: FormData, errors: FieldErrors): FieldErrors {
  const out = { ...errors };
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' && value.size > 0 && !out[key]) out[key] = [UNSAVED_FILE];
  }
  return out;
}

/** A refusal from the action door (lib/action.ts): a form-level message and errors beside fields. */
export type Refusal = { message: string; errors: FieldErrors; values?: Record<string, string> };

/** The door's refusal as an admin form's state. */
export function adminRefusal(r: Refusal): AdminFormState {
  return { outcome: 'error', message: r.message, errors: r.errors, values: r.values };
}

/** A refused submission: the message, errors beside fields and the values to refill. */
export function refused(formData: FormData, errors: FieldErrors, message = 'Nothing was saved. Check the highlighted fields.'): AdminFormState {
  return { outcome: 'error', message, errors: withUnsavedFiles(formData, errors), values: submittedValues(formData) };
}
