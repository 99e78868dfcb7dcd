import { Alert, Box, Button, Center, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '#web/components/ui/LanguageSwitch';
import { PasswordField } from '#web/components/ui/PasswordField';
import { UniversityBrand } from '#web/components/ui/UniversityBrand';
import { fieldErrors } from '#web/lib/api';
import { currentLocale, i18n } from '#web/lib/i18n';
import { safeReturnPath } from '#web/lib/paths';
import { useDocumentTitle } from '#web/lib/title';
import { login, savePreferredLocale } from '../api/auth';

/**
 * Sign in with e-mail and password. Afterwards the user's saved language applies, unless they picked a
 * language on this page: then that choice wins and is saved to their profile.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { redirect?: unknown };
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const languageOnArrival = useRef(currentLocale());
  useDocumentTitle(t('auth.login.title'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const me = await login(email, password);
      const picked = currentLocale();
      if (picked !== languageOnArrival.current && picked !== me.locale) await savePreferredLocale(picked);
      else await i18n.changeLanguage(me.locale);
      await navigate({ href: safeReturnPath(search.redirect), replace: true });
    } catch (err) {
      setError(err instanceof Error ? err.message : t('errors.INTERNAL'));
      setFields(fieldErrors(err));
      setBusy(false);
    }
  }

  return (
    <Box mih="100dvh" bg="gray.0">
      <Group component="header" justify="space-between" px="md" py="sm" wrap="nowrap">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Text fw={700} size="lg">
            Meridian
          </Text>
          <UniversityBrand />
        </Group>
        <LanguageSwitch />
      </Group>
      <Center component="main" px="md" py="xl">
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
          <form onSubmit={submit} noValidate>
            <Stack>
              <div>
                <Title order={1} size="h2">
                  {t('auth.login.title')}
                </Title>
                <Text size="sm" c="dimmed" mt={4}>
                  {t('app.name')}
                </Text>
              </div>
              {error ? (
                <Alert color="red" variant="light" role="alert">
                  {error}
                </Alert>
              ) : null}
              <TextInput
                label={t('auth.login.email')}
                type="email"
                autoComplete="username"
                required
                error={fields.email}
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
              />
              <PasswordField
                label={t('auth.login.password')}
                autoComplete="current-password"
                required
                error={fields.password}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              <Button type="submit" loading={busy} fullWidth>
                {t('auth.login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
