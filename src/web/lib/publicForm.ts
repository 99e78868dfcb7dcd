import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from './api';

/**
 * Sending a form to the API by hand (no query mutation): `run` stops the browser's submit, clears the last
 * answer, runs `step` and keeps a failure's error and its field errors by path (`email`, `contacts.0.name`);
 * `message` is that error in the user's language. `busy` while it runs.
 */
export function useSubmit() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function run(event: FormEvent, step: () => Promise<unknown>) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      await step();
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const message = error ? (error instanceof Error ? error.message : t('errors.INTERNAL')) : null;
  return { busy, error, message, errors, run };
}

/**
 * A signed-out form of text fields (`empty` gives them all, with `website` as the honeypot where there is one):
 * `field(key)` gives an input's value, server error and change handler; `honeypot` goes to `<HoneypotField>`;
 * `sent` once `send` has succeeded. With `again`, the form stays for another one: a success empties the fields
 * and the next submit takes the last success's notice away.
 */
export function usePublicForm<V extends Record<string, string>>(
  empty: V,
  send: (values: V) => Promise<unknown>,
  { again = false } = {},
) {
  const { busy, message, errors, run } = useSubmit();
  const [values, setValues] = useState(empty);
  const [sent, setSent] = useState(false);
  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((v) => ({ ...v, [key]: value }));
  const field = (key: keyof V & string) => ({
    value: values[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value as V[typeof key]),
  });
  const honeypot = { value: values.website ?? '', onChange: (website: string) => set('website', website as V[string]) };

  function submit(event: FormEvent) {
    setSent(false);
    return run(event, async () => {
      await send(values);
      if (again) setValues(empty);
      setSent(true);
    });
  }

  return { values, set, field, honeypot, errors, error: message, busy, sent, submit };
}
