import '@mantine/core/styles/SimpleGrid.css';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '#web/components/ui/LanguageSwitch';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { useMe } from '#web/lib/session';
import { ChangePasswordForm } from './ChangePasswordForm';

/** The signed-in user's own account: who they are, their language, their password. */
export function AccountPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  return (
    <>
      <PageHeader title={t('account.title')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="lg">
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="profile-heading">
            <Title order={2} size="h4" id="profile-heading" mb="sm">
              {t('account.profile')}
            </Title>
            {me ? (
              <Stack gap={4}>
                <Text fw={600}>{fmt.name(me.nameZh, me.nameEn)}</Text>
                <Text size="sm">{me.email}</Text>
                {me.roles.map((r) => (
                  <Text size="sm" key={`${r.role}-${r.unitId}`}>
                    {t(`roles.${r.role}`)} · {fmt.name(r.unitNameZh, r.unitNameEn)}
                  </Text>
                ))}
              </Stack>
            ) : null}
          </Paper>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="language-heading">
            <Title order={2} size="h4" id="language-heading" mb="xs">
              {t('account.language')}
            </Title>
            <Text size="sm" mb="sm">
              {t('account.languageHint')}
            </Text>
            <LanguageSwitch size="sm" />
          </Paper>
        </Stack>
        <ChangePasswordForm />
      </SimpleGrid>
    </>
  );
}
