import { Button, Group, Paper, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoordinatorView } from '#shared/schemas/nominations';
import { useSubmit } from '#web/lib/publicForm';
import { useUpdateContacts } from '../../api/nominations';
import { Notices } from './Notices';

type Row = { name: string; title: string; email: string; phone: string };
const blank: Row = { name: '', title: '', email: '', phone: '' };

/** The partner's contacts as the coordinator keeps them (the whole list is sent: it replaces ours). */
export function ContactsForm({ token, contacts }: { token: string; contacts: CoordinatorView['contacts'] }) {
  const { t } = useTranslation();
  const save = useUpdateContacts(token);
  const [rows, setRows] = useState<Row[]>(() =>
    contacts.length
      ? contacts.map((c) => ({ name: c.name, title: c.title ?? '', email: c.email ?? '', phone: c.phone ?? '' }))
      : [blank],
  );
  const { busy, message, errors, run } = useSubmit();
  const [saved, setSaved] = useState(false);
  const set = (i: number, key: keyof Row, value: string) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));

  function submit(e: FormEvent) {
    setSaved(false);
    return run(e, async () => {
      await save.mutateAsync({
        contacts: rows.map((r) => ({
          name: r.name,
          title: r.title || null,
          email: r.email || null,
          phone: r.phone || null,
        })),
      });
      setSaved(true);
    });
  }

  const input = (i: number, key: keyof Row, label: string, type = 'text') => (
    <TextInput
      label={label}
      type={type}
      value={rows[i]?.[key] ?? ''}
      error={errors[`contacts.${i}.${key}`]}
      onChange={(e) => set(i, key, e.currentTarget.value)}
    />
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Notices error={message} done={saved ? t('nominationsUi.coordinator.saved') : null} />
        {rows.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; order is the identity
          <Paper key={i} withBorder p="sm">
            <Stack gap="xs">
              {input(i, 'name', t('nominationsUi.name'))}
              {input(i, 'title', t('nominationsUi.coordinator.contactTitle'))}
              {input(i, 'email', t('nominationsUi.email'), 'email')}
              {input(i, 'phone', t('nominationsUi.coordinator.phone'), 'tel')}
              {rows.length > 1 ? (
                <Button variant="subtle" color="red" onClick={() => setRows(rows.filter((__, j) => j !== i))}>
                  {t('nominationsUi.coordinator.remove')}
                </Button>
              ) : null}
            </Stack>
          </Paper>
        ))}
        <Group grow>
          {rows.length < 10 ? (
            <Button variant="default" onClick={() => setRows([...rows, blank])}>
              {t('nominationsUi.coordinator.addContact')}
            </Button>
          ) : null}
          <Button type="submit" loading={busy}>
            {t('nominationsUi.coordinator.saveContacts')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
