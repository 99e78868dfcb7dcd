import '@mantine/core/styles/SimpleGrid.css';
import { Badge, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderDetail } from '#shared/schemas/sso';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { currentLocale } from '#web/lib/i18n';
import { useProviders, useSignInSettings } from '../api/identity-providers';
import { ProviderForm } from './ProviderForm';
import { SignInSettingsForm } from './SignInSettingsForm';
import '../i18n';

/** Administration → sign-in providers: local passwords, the providers and what to register with each. */
export function IdentityProvidersPage() {
  const { t } = useTranslation();
  const providers = useProviders();
  const settings = useSignInSettings();
  // null: no form open; 'new': adding; otherwise the provider being edited.
  const [editing, setEditing] = useState<ProviderDetail | 'new' | null>(null);
  return (
    <>
      <PageHeader
        title={t('identityProvidersUi.title')}
        subtitle={t('identityProvidersUi.intro')}
        actions={
          editing === null ? (
            <Button onClick={() => setEditing('new')}>{t('identityProvidersUi.list.add')}</Button>
          ) : null
        }
      />
      <Stack gap="lg">
        {settings.data ? <SignInSettingsForm key={settings.data.version} settings={settings.data} /> : null}
        <ErrorAlert error={providers.error ?? settings.error} onRetry={() => providers.refetch()} />
        {providers.isPending ? <Loading /> : null}
        {editing !== null ? (
          <ProviderForm
            key={editing === 'new' ? 'new' : `${editing.slug}-${editing.version}`}
            provider={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
        {providers.data?.items.length === 0 ? <EmptyState>{t('identityProvidersUi.list.empty')}</EmptyState> : null}
        {providers.data?.items.map((p) => (
          <ProviderCard key={p.slug} provider={p} onEdit={() => setEditing(p)} />
        ))}
      </Stack>
    </>
  );
}

function ProviderCard({ provider: p, onEdit }: { provider: ProviderDetail; onEdit: () => void }) {
  const { t } = useTranslation();
  const en = currentLocale() === 'en';
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={`provider-${p.slug}`}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 14rem' }}>
          <Title order={3} size="h5" id={`provider-${p.slug}`}>
            {en ? p.nameEn : p.nameZh}
          </Title>
          <Group gap={6} wrap="wrap">
            <Badge variant="light">{t(`identityProvidersUi.protocols.${p.protocol}`)}</Badge>
            <Badge color={p.active ? 'green' : 'gray'} variant="light">
              {p.active ? t('identityProvidersUi.list.active') : t('identityProvidersUi.list.inactive')}
            </Badge>
            <Badge color="gray" variant="outline">
              {p.slug}
            </Badge>
            <Badge color="gray" variant="outline">
              {t(`identityProvidersUi.matchBy.${p.matchBy}`)}: {p.matchClaim}
            </Badge>
          </Group>
        </Stack>
        {p.source === 'database' ? (
          <Button
            variant="light"
            size="xs"
            onClick={onEdit}
            aria-label={`${t('identityProvidersUi.list.edit')} ${p.slug}`}
          >
            {t('identityProvidersUi.list.edit')}
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            {t('identityProvidersUi.list.fromEnvironment')}
          </Text>
        )}
      </Group>
      <Stack gap={4} mt="sm">
        <Text size="sm">{t('identityProvidersUi.list.callbackUrl')}</Text>
        <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {p.callbackUrl}
        </Code>
        {p.protocol === 'saml' ? (
          <>
            <Text size="sm">{t('identityProvidersUi.list.metadataUrl')}</Text>
            <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {p.metadataUrl}
            </Code>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
