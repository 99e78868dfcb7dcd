import { Button, Stack, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '#web/components/ui/ConflictAlert';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { fieldErrors, isApiError } from '#web/lib/api';

/**
 * What the round and program forms share: the submit state (busy, field messages, the error), a 409 shown
 * as the conflict notice with "load the latest" (the form then restarts from the current version — never
 * overwriting it silently), the two names, and the save button.
 */
export function useFormSubmit() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function run(send: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await send();
      setErrors({});
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return { errors, setErrors, error, busy, run };
}

type ShellProps = {
  form: ReturnType<typeof useFormSubmit>;
  onSubmit: () => void;
  /** Editing: reloads the record after a 409 (the form is then rebuilt from it). */
  onLoadLatest?: () => void;
  children: ReactNode;
};

export function FormShell({ form, onSubmit, onLoadLatest, children }: ShellProps) {
  const { t } = useTranslation();
  const conflict = isApiError(form.error, 'VERSION_CONFLICT') ? form.error : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {conflict && onLoadLatest ? (
          <ConflictAlert
            message={conflict.message}
            version={null}
            updatedAt={null}
            changed={[]}
            onLoadLatest={onLoadLatest}
          />
        ) : form.error ? (
          <ErrorAlert error={form.error} />
        ) : null}
        {children}
        <Button type="submit" loading={form.busy}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}

/** The Chinese and English names (a round's or a program's labels). */
export function NameFields({
  labels,
  value,
  errors,
  onChange,
}: {
  labels: { zh: string; en: string };
  value: { nameZh: string; nameEn: string };
  errors: Record<string, string>;
  onChange: (patch: { nameZh?: string; nameEn?: string }) => void;
}) {
  return (
    <>
      <TextInput
        label={labels.zh}
        required
        value={value.nameZh}
        error={errors.nameZh}
        onChange={(e) => onChange({ nameZh: e.currentTarget.value })}
      />
      <TextInput
        label={labels.en}
        required
        value={value.nameEn}
        error={errors.nameEn}
        onChange={(e) => onChange({ nameEn: e.currentTarget.value })}
      />
    </>
  );
}
