import '@mantine/core/styles/Table.css';
import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '#shared/schemas/events';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { useRegister } from '../api/events';

/** Who registered (from the public form or entered by staff), and a form to register someone. */
export function Registrations({ event }: { event: Event }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const register = useRegister(event.id);
  const [form, setForm] = useState({ name: '', email: '', affiliation: '' });
  const errors = fieldErrors(register.error);
  const set = (k: keyof typeof form) => ({
    value: form[k],
    error: errors[k],
    onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value }),
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('eventsUi.registrations')}
        </Title>
        {event.registrations.length ? (
          <ScrollTable label={t('eventsUi.registrations')} minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('engagementUi.name')}</Table.Th>
                  <Table.Th>{t('eventsUi.email')}</Table.Th>
                  <Table.Th>{t('eventsUi.affiliation')}</Table.Th>
                  <Table.Th>{t('eventsUi.source')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {event.registrations.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{r.email}</Table.Td>
                    <Table.Td>{r.affiliation}</Table.Td>
                    <Table.Td title={fmt.dateTime(r.createdAt)}>{t(`eventsUi.sources.${r.source}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        ) : (
          <Text c="dimmed">{t('eventsUi.noRegistrations')}</Text>
        )}
        {event.permissions.update ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              register.mutate(form, { onSuccess: () => setForm({ name: '', email: '', affiliation: '' }) });
            }}
          >
            <Group align="flex-end" gap="xs" wrap="wrap">
              <TextInput label={t('engagementUi.name')} required {...set('name')} />
              <TextInput label={t('eventsUi.email')} type="email" required {...set('email')} />
              <TextInput label={t('eventsUi.affiliation')} {...set('affiliation')} />
              <Button type="submit" variant="light" loading={register.isPending}>
                {t('eventsUi.register')}
              </Button>
            </Group>
          </form>
        ) : null}
      </Stack>
    </Paper>
  );
}
