import { Alert, Button, TextInput } from '@mantine/core';
import '#web/lib/accountStrings';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '#web/components/ui/links';
import { fieldErrors } from '#web/lib/api';
import { paths } from '#web/lib/paths';
import { forgotPassword } from '../api/auth';
import { SignedOutFrame } from './SignedOutFrame';

/** "Forgot password": mails a one-time reset link; says the same whether the e-mail has an account or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    try {
      await forgotPassword(email);
      setSent(true);
    } catch (err) {
      setError(err instanceof Error ? err.message : t('errors.INTERNAL'));
      setFields(fieldErrors(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <SignedOutFrame
      title={t('passwordPages.forgotTitle')}
      intro={t('passwordPages.forgotIntro')}
      error={error}
      onSubmit={submit}
    >
      {sent ? (
        <Alert color="green" variant="light" role="status">
          {t('passwordPages.forgotSent')}
        </Alert>
      ) : (
        <>
          <TextInput
            label={t('auth.login.email')}
            type="email"
            autoComplete="username"
            required
            error={fields.email}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <Button type="submit" loading={busy} fullWidth>
            {t('passwordPages.forgotSubmit')}
          </Button>
        </>
      )}
      <AnchorLink to={paths.login()} size="sm" ta="center">
        {t('passwordPages.backToLogin')}
      </AnchorLink>
    </SignedOutFrame>
  );
}
