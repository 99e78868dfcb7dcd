import { Alert, Button, Paper, Stack, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '#web/components/ui/PasswordField';
import { fieldErrors } from '#web/lib/api';
import { PASSWORD_MIN } from '#web/lib/enums';
import { notifySuccess } from '#web/lib/notify';
import { useChangePassword } from '../api/account';

/** Current password, new password (≥ 10) and its confirmation. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const next: Record<string, string> = {};
    if (!currentPassword) next.currentPassword = t('validation.required');
    if (newPassword.length < PASSWORD_MIN)
      next.newPassword = t('validation.too_small_string', { minimum: PASSWORD_MIN });
    if (confirm !== newPassword) next.confirm = t('account.passwordMismatch');
    setErrors(next);
    if (Object.keys(next).length) return;
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      setCurrent('');
      setNew('');
      setConfirm('');
      notifySuccess(t('account.passwordChanged'));
    } catch (err) {
      setErrors(fieldErrors(err));
      setFormError(err instanceof Error ? err.message : t('errors.INTERNAL'));
    }
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="password-heading">
      <Title order={2} size="h4" id="password-heading" mb="sm">
        {t('account.changePassword')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <PasswordField
            label={t('account.currentPassword')}
            autoComplete="current-password"
            required
            value={currentPassword}
            error={errors.currentPassword}
            onChange={(e) => setCurrent(e.currentTarget.value)}
          />
          <PasswordField
            label={t('account.newPassword')}
            description={t('users.form.passwordHint', { minimum: PASSWORD_MIN })}
            autoComplete="new-password"
            required
            value={newPassword}
            error={errors.newPassword}
            onChange={(e) => setNew(e.currentTarget.value)}
          />
          <PasswordField
            label={t('account.confirmPassword')}
            autoComplete="new-password"
            required
            value={confirm}
            error={errors.confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
          />
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          ) : null}
          <div>
            <Button type="submit" loading={change.isPending}>
              {t('account.savePassword')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
