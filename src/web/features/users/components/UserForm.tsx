import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Switch.css';
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../components/ui/PasswordField';
import { fieldErrors, isApiError } from '../../../lib/api';
import { PASSWORD_MIN } from '../../../lib/enums';
import { isLocale, languageName } from '../../../lib/i18n';
import { missingRequired, toBody, type UserBody, type UserFormState } from './formState';
import { RolesEditor } from './RolesEditor';

type Props = {
  initial: UserFormState;
  mode: 'create' | 'edit';
  submitLabel: string;
  onSubmit: (body: UserBody) => Promise<unknown>;
  onConflict?: (err: unknown) => void;
  cancel: ReactNode;
};

/** Create or edit an account: names, language, active, role assignments, and a password. */
export function UserForm({ initial, mode, submitLabel, onSubmit, onConflict, cancel }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const clear = (path: string) =>
    setErrors((e) => {
      if (!(path in e)) return e;
      const { [path]: _, ...rest } = e;
      return rest;
    });
  const set = <K extends keyof UserFormState>(key: K, value: UserFormState[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    clear(key);
  };
  const text = (key: 'email' | 'nameZh' | 'nameEn') => ({
    value: form[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const missing = missingRequired(form, mode === 'create');
    const short = form.password && form.password.length < PASSWORD_MIN;
    if (missing.length || short) {
      const next = Object.fromEntries(missing.map((path) => [path, t('validation.required')]));
      if (short) next.password = t('validation.too_small_string', { minimum: PASSWORD_MIN });
      setErrors(next);
      setFormError(t('errors.VALIDATION_FAILED'));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(toBody(form));
    } catch (err) {
      if (isApiError(err, 'VERSION_CONFLICT') && onConflict) onConflict(err);
      else {
        setErrors(fieldErrors(err));
        setFormError(err instanceof Error ? err.message : t('errors.INTERNAL'));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('users.fields.email')} type="email" required autoComplete="off" {...text('email')} />
            <Select
              label={t('users.fields.locale')}
              allowDeselect={false}
              data={[
                { value: 'zh-TW', label: languageName('zh-TW') },
                { value: 'en', label: languageName('en') },
              ]}
              value={form.locale}
              error={errors.locale}
              onChange={(v) => isLocale(v) && set('locale', v)}
            />
            <TextInput label={t('users.fields.nameZh')} lang="zh-Hant-TW" {...text('nameZh')} />
            <TextInput label={t('users.fields.nameEn')} lang="en" {...text('nameEn')} />
            <PasswordField
              label={mode === 'create' ? t('users.fields.password') : t('users.form.newPassword')}
              description={
                mode === 'create'
                  ? t('users.form.passwordHint', { minimum: PASSWORD_MIN })
                  : t('users.form.newPasswordHint', { minimum: PASSWORD_MIN })
              }
              required={mode === 'create'}
              autoComplete="new-password"
              value={form.password}
              error={errors.password}
              onChange={(e) => set('password', e.currentTarget.value)}
            />
            <Switch
              label={t('users.fields.active')}
              description={t('users.form.activeHint')}
              checked={form.active}
              error={errors.active}
              onChange={(e) => set('active', e.currentTarget.checked)}
              mt={{ sm: 'lg' }}
            />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <RolesEditor
            roles={form.roles}
            errors={errors}
            onChange={(roles, path) => {
              setForm((f) => ({ ...f, roles }));
              if (path) clear(path);
              else setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('roles'))));
            }}
          />
        </Paper>
        {formError ? (
          <Alert color="red" variant="light" role="alert" title={t('common.errorTitle')}>
            {formError}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          {cancel}
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
