import { Alert, Button, Divider, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SSO_FAILURES, type SsoFailure } from '#shared/sso';
import { currentLocale } from '#web/lib/i18n';
import { useLoginOptions } from '../api/sso';
import '../sso-i18n';

const isFailure = (v: unknown): v is SsoFailure => SSO_FAILURES.includes(v as SsoFailure);

/**
 * The login page's single sign-on part, loaded after the page itself: why the last attempt through a
 * provider was refused (`?sso_error=`), and one button per provider, named in the user's language. A
 * button is a plain link: the browser leaves for the provider and comes back signed in.
 */
export function SsoSignIn({ redirect, error }: { redirect: string; error: unknown }) {
  const { t } = useTranslation();
  const options = useLoginOptions();
  const providers = options.data?.providers ?? [];
  const failure = isFailure(error) ? error : error ? 'invalid' : null;
  const en = currentLocale() === 'en';
  return (
    <Stack gap="sm">
      {failure ? (
        <Alert color="red" variant="light" role="alert" data-testid="sso-error">
          {t(`ssoLogin.failures.${failure}`)}
        </Alert>
      ) : null}
      {providers.map((p) => (
        <Button
          key={p.slug}
          component="a"
          href={`${p.startUrl}?redirect=${encodeURIComponent(redirect)}`}
          variant="default"
          fullWidth
        >
          {t('ssoLogin.signInWith', { name: en ? p.nameEn : p.nameZh })}
        </Button>
      ))}
      {providers.length > 0 ? <Divider label={t('ssoLogin.or')} labelPosition="center" /> : null}
    </Stack>
  );
}
