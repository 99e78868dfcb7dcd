import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '#web/lib/api';

type Props = { error: unknown; onRetry?: () => void; title?: string };

/** An error answer shown in place (the message is already in the user's language). */
export function ErrorAlert({ error, onRetry, title }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = isApiError(error) || error instanceof Error ? error.message : t('errors.INTERNAL');
  return (
    <Alert color="red" variant="light" title={title ?? t('common.errorTitle')} role="alert" my="sm">
      {message}
      {onRetry ? (
        <Button variant="subtle" color="red" size="compact-sm" ml="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
