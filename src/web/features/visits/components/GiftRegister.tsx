import '@mantine/core/styles/Table.css';
import { Alert, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gift, Visit } from '#shared/schemas/visits';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { fieldErrors } from '#web/lib/api';
import { useAddGift } from '../api/visits';

/** What was given to whom; adding one shows the gifts given before to the same partner or person. */
export function GiftRegister({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const add = useAddGift(visit.id);
  const [repeats, setRepeats] = useState<Gift[]>([]);
  const [form, setForm] = useState({ recipient: '', gift: '', givenOn: visit.startDate });
  const errors = fieldErrors(add.error);
  const set = (k: keyof typeof form) => ({
    value: form[k],
    error: errors[k],
    onChange: (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value }),
  });
  const partnerId = visit.partners[0]?.id ?? null;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('visitsUi.gifts')}
        </Title>
        {repeats.length ? (
          <Alert color="yellow" variant="light" role="status">
            {t('visitsUi.repeatWarning')} {repeats.map((g) => `${g.gift}（${g.recipient}，${g.givenOn}）`).join('；')}
          </Alert>
        ) : null}
        {visit.gifts.length ? (
          <ScrollTable label={t('visitsUi.gifts')} minWidth={420}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('visitsUi.givenOn')}</Table.Th>
                  <Table.Th>{t('visitsUi.recipient')}</Table.Th>
                  <Table.Th>{t('visitsUi.gift')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {visit.gifts.map((g) => (
                  <Table.Tr key={g.id}>
                    <Table.Td>{g.givenOn}</Table.Td>
                    <Table.Td>{g.recipient}</Table.Td>
                    <Table.Td>{g.gift}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        ) : (
          <Text c="dimmed">{t('visitsUi.noGifts')}</Text>
        )}
        {visit.permissions.update ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              add.mutate(
                { ...form, partnerId },
                {
                  onSuccess: (answer) => {
                    setRepeats(answer.repeats);
                    setForm({ ...form, recipient: '', gift: '' });
                  },
                },
              );
            }}
          >
            <Group align="flex-end" gap="xs" wrap="wrap">
              <TextInput label={t('visitsUi.recipient')} required {...set('recipient')} />
              <TextInput label={t('visitsUi.gift')} required {...set('gift')} />
              <TextInput label={t('visitsUi.givenOn')} type="date" required {...set('givenOn')} />
              <Button type="submit" variant="light" loading={add.isPending}>
                {t('engagementUi.add')}
              </Button>
            </Group>
          </form>
        ) : null}
      </Stack>
    </Paper>
  );
}
