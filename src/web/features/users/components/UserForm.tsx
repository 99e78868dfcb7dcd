import '@mantine/core/styles/Combobox.css';
import '#web/lib/accountStrings';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Switch.css';
import { Paper, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormActions } from '#web/components/ui/FormActions';
import { PasswordField } from '#web/components/ui/PasswordField';
import { PASSWORD_MIN } from '#web/lib/enums';
import { useServerForm } from '#web/lib/form';
import { isLocale, languageName } from '#web/lib/i18n';
import { missingRequired, toBody, type UserBody, type UserFormState } from './formState';
import { RolesEditor } from './RolesEditor';

type Props = {
  initial: UserFormState;
  mode: 'create' | 'edit';
  submitLabel: string;
  onSubmit: (body: UserBody) => Promise<unknown>;
  onConflict?: (err: unknown) => void;
  /** Where Cancel leads. */
  cancelTo: string;
};

/** Create or edit an account: names, language, active, role assignments, linked person, and a password (or an invitation). */
export function UserForm({ initial, mode, submitLabel, onSubmit, onConflict, cancelTo }: Props) {
  const { t } = useTranslation();
  const { form, errors, formError, busy, set, text, setList, submit } = useServerForm({
    initial,
    validate: (f, required) => {
      const invalid = required(missingRequired(f));
      if (f.password && f.password.length < PASSWORD_MIN)
        invalid.password = t('validation.too_small_string', { minimum: PASSWORD_MIN });
      return invalid;
    },
    send: (f) => onSubmit(toBody(f)),
    onConflict,
  });

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
                  ? `${t('users.form.passwordHint', { minimum: PASSWORD_MIN })} ${t('users.form.inviteHint')}`
                  : t('users.form.newPasswordHint', { minimum: PASSWORD_MIN })
              }
              autoComplete="new-password"
              value={form.password}
              error={errors.password}
              onChange={(e) => set('password', e.currentTarget.value)}
            />
            <TextInput
              label={t('users.fields.person')}
              description={t('users.form.personHint')}
              inputMode="numeric"
              {...text('personId')}
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
          <RolesEditor roles={form.roles} errors={errors} onChange={(roles, path) => setList('roles', roles, path)} />
        </Paper>
        <FormActions error={formError} busy={busy} submitLabel={submitLabel} cancelTo={cancelTo} />
      </Stack>
    </form>
  );
}
