import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, isApiError } from './api';

/** The fields that hold any text (not null, not one of some values). */
type TextKey<S> = { [K in keyof S]: S[K] extends string ? (string extends S[K] ? K : never) : never }[keyof S] & string;

type Options<S> = {
  initial: S;
  /** Checks before sending: field path → message (`required` puts "required" under each path given). */
  validate: (values: S, required: (paths: string[]) => Record<string, string>) => Record<string, string>;
  /** Sends the values; throws the API error on failure. */
  send: (values: S) => Promise<unknown>;
  /** Takes a 409 VERSION_CONFLICT instead of the form, with the values typed (the parent offers a merge). */
  onConflict?: (err: unknown, values: S) => void;
};

/**
 * A form whose server answers are the source of truth: its values (`form`), the field errors by path (`nameEn`,
 * `contacts.0.email`, cleared as the user edits that field), a form-level error and a busy flag while sending.
 * `submit` runs `validate`, stops there if it found anything, else `send`s and shows the API's field errors.
 */
export function useServerForm<S extends object>({ initial, validate, send, onConflict }: Options<S>) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const clear = (path: string) =>
    setErrors((e) => {
      if (!(path in e)) return e;
      const { [path]: _, ...rest } = e;
      return rest;
    });
  const set = <K extends keyof S & string>(key: K, value: S[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    clear(key);
  };
  /** Props of a text input bound to a string field. */
  const text = (key: TextKey<S>) => ({
    value: form[key] as string,
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value as S[typeof key]),
  });
  /** For a list editor: the row field that changed loses its error; adding or removing rows clears the list's. */
  const setList = <K extends keyof S & string>(key: K, value: S[K], touchedPath?: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (touchedPath) clear(touchedPath);
    else setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith(key))));
  };
  const required = (paths: string[]): Record<string, string> =>
    Object.fromEntries(paths.map((path) => [path, t('validation.required')]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const invalid = validate(form, required);
    if (Object.keys(invalid).length) {
      setErrors(invalid);
      setFormError(t('errors.VALIDATION_FAILED'));
      return;
    }
    setBusy(true);
    try {
      await send(form);
    } catch (err) {
      if (isApiError(err, 'VERSION_CONFLICT') && onConflict) onConflict(err, form);
      else {
        setErrors(fieldErrors(err));
        setFormError(err instanceof Error ? err.message : t('errors.INTERNAL'));
      }
    } finally {
      setBusy(false);
    }
  }

  return { form, errors, formError, busy, set, text, setList, submit };
}
