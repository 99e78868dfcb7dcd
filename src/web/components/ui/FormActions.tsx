import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './links';

/** Cancel either leaves for a page (`cancelTo`) or closes the dialog the form is in (`onCancel`). */
type Props = { error: string | null; busy: boolean; submitLabel: string } & (
  | { cancelTo: string; onCancel?: never }
  | { onCancel: () => void; cancelTo?: never }
);

/** The end of an edit form: its form-level error (if any), then cancel and submit on the right. */
export function FormActions({ error, busy, submitLabel, cancelTo, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {error ? (
        <Alert color="red" variant="light" role="alert" title={t('common.errorTitle')}>
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm">
        {cancelTo !== undefined ? (
          <ButtonLink to={cancelTo} variant="default">
            {t('common.cancel')}
          </ButtonLink>
        ) : (
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
