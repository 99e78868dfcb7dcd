import { Stack, Text } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { isApiError } from '#web/lib/api';
import { paths } from '#web/lib/paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack p="lg" component="main">
      <PageHeader title={t('common.notFound.title')} />
      <Text>{t('common.notFound.body')}</Text>
      <AnchorLink to={paths.home()}>{t('common.backHome')}</AnchorLink>
    </Stack>
  );
}

/** A page that failed to load (API error or a lazy chunk that could not be fetched). */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t('common.errorTitle')} />
      <ErrorAlert error={error} onRetry={reset} />
      {/* "Not found" and "not allowed" carry their own way back in the alert. */}
      {isApiError(error, 'NOT_FOUND') || isApiError(error, 'FORBIDDEN') ? null : (
        <AnchorLink to={paths.home()}>{t('common.backHome')}</AnchorLink>
      )}
    </Stack>
  );
}
