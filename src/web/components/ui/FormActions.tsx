import { Alert, Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { error: string | null; busy: boolean; submitLabel: string; cancel: ReactNode };

/** The end of an edit form: its form-level error (if any), then cancel and submit on the right. */
export function FormActions({ error, busy, submitLabel, cancel }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {error ? (
        <Alert color="red" variant="light" role="alert" title={t('common.errorTitle')}>
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm">
        {cancel}
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
