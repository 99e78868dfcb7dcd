import { Button, TextInput } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '#web/components/ui/links';
import { PasswordField } from '#web/components/ui/PasswordField';
import { fieldErrors } from '#web/lib/api';
import { currentLocale, i18n } from '#web/lib/i18n';
import { paths, safeReturnPath } from '#web/lib/paths';
import { login, savePreferredLocale } from '../api/auth';
import { SignedOutFrame } from './SignedOutFrame';
// Part of the login page's own chunk (the first page's bundle does not carry the login page at all).
import { SsoSignIn } from './SsoSignIn';

/**
 * Sign in with e-mail and password. Afterwards the user's saved language applies, unless they picked a
 * language on this page: then that choice wins and is saved to their profile.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { redirect?: unknown; sso_error?: unknown };
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const languageOnArrival = useRef(currentLocale());

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
    <SignedOutFrame title={t('auth.login.title')} error={error} onSubmit={submit}>
      <SsoSignIn redirect={safeReturnPath(search.redirect)} error={search.sso_error} />
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
      <AnchorLink to={paths.forgotPassword()} size="sm" ta="center">
        {t('auth.login.forgotLink')}
      </AnchorLink>
    </SignedOutFrame>
  );
}
