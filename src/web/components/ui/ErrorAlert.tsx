import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '#web/lib/api';
import { paths } from '#web/lib/paths';
import { ButtonLink } from './links';

type Props = { error: unknown; onRetry?: () => void; title?: string };

/**
 * An error answer shown in place (the message is already in the user's language). Trying again cannot
 * help with "not allowed" or "not found": those say why and offer a way back instead of 「重試」.
 */
export function ErrorAlert({ error, onRetry, title }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = isApiError(error) || error instanceof Error ? error.message : t('errors.INTERNAL');
  const dead = isApiError(error, 'NOT_FOUND') || isApiError(error, 'FORBIDDEN');
  if (dead && onRetry)
    return (
      <Alert color="red" variant="light" title={title ?? t('common.errorTitle')} role="alert" my="sm">
        <Text size="sm">{message}</Text>
        <Text size="sm" c="dimmed" mt={4}>
          {isApiError(error, 'FORBIDDEN') ? t('common.forbiddenHint') : t('common.notFoundHint')}
        </Text>
        <Group gap="xs" mt="sm">
          {window.history.length > 1 ? (
            <Button variant="light" color="red" size="compact-sm" onClick={() => window.history.back()}>
              {t('common.back')}
            </Button>
          ) : null}
          <ButtonLink to={paths.home()} variant="subtle" color="red" size="compact-sm">
            {t('common.backHome')}
          </ButtonLink>
        </Group>
      </Alert>
    );
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
