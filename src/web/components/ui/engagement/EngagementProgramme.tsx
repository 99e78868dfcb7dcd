import '@mantine/core/styles/Table.css';
import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../ScrollTable';

export type Slot = {
  date: string;
  start: string | null;
  end: string | null;
  activity: string;
  place: string | null;
  host: string | null;
  partnerId: number | null;
};
type Props = { slots: Slot[]; editable: boolean; firstDay: string; onAdd: (s: Slot) => void };

/** The programme or day-by-day itinerary, with the host of each slot, and a small form to add a slot. */
export function EngagementProgramme({ slots, editable, firstDay, onAdd }: Props) {
  const { t } = useTranslation();
  const blank = { date: firstDay, start: '', end: '', activity: '', place: '', host: '' };
  const [draft, setDraft] = useState(blank);
  const set = (k: keyof typeof blank) => (e: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [k]: e.currentTarget.value });
  const add = () => {
    if (!draft.activity.trim()) return;
    onAdd({
      date: draft.date,
      start: draft.start || null,
      end: draft.end || null,
      activity: draft.activity,
      place: draft.place || null,
      host: draft.host || null,
      partnerId: null,
    });
    setDraft({ ...blank, date: draft.date });
  };
  const sorted = [...slots].sort((a, b) => `${a.date}${a.start ?? ''}`.localeCompare(`${b.date}${b.start ?? ''}`));
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('engagementUi.programme')}
        </Title>
        {sorted.length ? (
          <ScrollTable label={t('engagementUi.programme')} minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('engagementUi.date')}</Table.Th>
                  <Table.Th>{t('engagementUi.start')}</Table.Th>
                  <Table.Th>{t('engagementUi.activity')}</Table.Th>
                  <Table.Th>{t('engagementUi.place')}</Table.Th>
                  <Table.Th>{t('engagementUi.host')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((s, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: slots have no id of their own; the list is replaced whole
                  <Table.Tr key={i}>
                    <Table.Td>{s.date}</Table.Td>
                    <Table.Td>{[s.start, s.end].filter(Boolean).join('–')}</Table.Td>
                    <Table.Td>{s.activity}</Table.Td>
                    <Table.Td>{s.place}</Table.Td>
                    <Table.Td>{s.host}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        ) : (
          <Text c="dimmed">{t('engagementUi.noSlots')}</Text>
        )}
        {editable ? (
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput type="date" label={t('engagementUi.date')} value={draft.date} onChange={set('date')} />
            <TextInput
              type="time"
              label={t('engagementUi.start')}
              value={draft.start}
              onChange={set('start')}
              w={110}
            />
            <TextInput type="time" label={t('engagementUi.end')} value={draft.end} onChange={set('end')} w={110} />
            <TextInput label={t('engagementUi.activity')} value={draft.activity} onChange={set('activity')} />
            <TextInput label={t('engagementUi.place')} value={draft.place} onChange={set('place')} />
            <TextInput label={t('engagementUi.host')} value={draft.host} onChange={set('host')} />
            <Button variant="light" onClick={add}>
              {t('engagementUi.addSlot')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
