import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '#web/components/ui/PageHeader';
import { TokensPanel } from './TokensPanel';
import { WebhooksPanel } from './WebhooksPanel';
import '../i18n';

/** System administrators' integrations page (issue 22, items 4–5): API tokens and webhook subscriptions. */
export function IntegrationsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('integrationsUi.title')} />
      <Text>{t('integrationsUi.intro')}</Text>
      <TokensPanel />
      <WebhooksPanel />
    </Stack>
  );
}
