import { Alert, Button, TextInput } from '@mantine/core';
import '#web/lib/accountStrings';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '#web/components/ui/links';
import { paths } from '#web/lib/paths';
import { usePublicForm } from '#web/lib/publicForm';
import { forgotPassword } from '../api/auth';
import { SignedOutFrame } from './SignedOutFrame';

/** "Forgot password": mails a one-time reset link; says the same whether the e-mail has an account or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const { field, error, busy, sent, submit } = usePublicForm({ email: '' }, (v) => forgotPassword(v.email));

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
          <TextInput label={t('auth.login.email')} type="email" autoComplete="username" required {...field('email')} />
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
