import { Button } from '@mantine/core';
import '#web/lib/accountStrings';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '#web/components/ui/links';
import { PasswordField } from '#web/components/ui/PasswordField';
import { fieldErrors } from '#web/lib/api';
import { PASSWORD_MIN } from '#web/lib/enums';
import { i18n } from '#web/lib/i18n';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { setPasswordWithToken } from '../api/auth';
import { SignedOutFrame } from './SignedOutFrame';

/** Sets the password from an invitation or reset link (`?token=…`), under the password policy, then signs in. */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token } = useSearch({ strict: false }) as { token?: string };
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(token ? null : t('passwordPages.missingToken'));
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (password.length < PASSWORD_MIN)
      return setFields({ password: t('validation.too_small_string', { minimum: PASSWORD_MIN }) });
    if (password !== confirm) return setFields({ confirm: t('passwordPages.mismatch') });
    setFields({});
    setBusy(true);
    try {
      const me = await setPasswordWithToken(token ?? '', password);
      await i18n.changeLanguage(me.locale);
      notifySuccess(t('passwordPages.done'));
      await navigate({ to: paths.home(), replace: true });
    } catch (err) {
      setError(err instanceof Error ? err.message : t('errors.INTERNAL'));
      setFields(fieldErrors(err));
      setBusy(false);
    }
  }

  return (
    <SignedOutFrame
      title={t('passwordPages.setTitle')}
      intro={t('passwordPages.setIntro')}
      error={error}
      onSubmit={submit}
    >
      <PasswordField
        label={t('passwordPages.password')}
        description={t('users.form.passwordHint', { minimum: PASSWORD_MIN })}
        autoComplete="new-password"
        required
        error={fields.password}
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
      />
      <PasswordField
        label={t('passwordPages.confirm')}
        autoComplete="new-password"
        required
        error={fields.confirm}
        value={confirm}
        onChange={(e) => setConfirm(e.currentTarget.value)}
      />
      <Button type="submit" loading={busy} disabled={!token} fullWidth>
        {t('passwordPages.submit')}
      </Button>
      <AnchorLink to={paths.login()} size="sm" ta="center">
        {t('passwordPages.backToLogin')}
      </AnchorLink>
    </SignedOutFrame>
  );
}
