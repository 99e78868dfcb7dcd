import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import { Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSON_ROLES, type PersonRole, SIDES } from '#shared/engagements';
import type { EngagementPerson } from '#shared/schemas/visits';
import { ScrollTable } from '../ScrollTable';

type Person = Omit<EngagementPerson, 'partnerId' | 'personId' | 'userId'> & {
  partnerId: number | null;
  personId: number | null;
  userId: number | null;
};
type Props = { people: Person[]; editable: boolean; roles?: readonly PersonRole[]; onAdd: (p: Person) => void };

/** People on both sides with their titles (as printed on name cards), and a small form to add one. */
export function EngagementPeople({ people, editable, roles = PERSON_ROLES, onAdd }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({
    side: 'theirs' as Person['side'],
    role: roles[0] as PersonRole,
    name: '',
    title: '',
  });
  const add = () => {
    if (!draft.name.trim()) return;
    onAdd({ ...draft, title: draft.title || null, partnerId: null, personId: null, userId: null });
    setDraft({ ...draft, name: '', title: '' });
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('engagementUi.people')}
        </Title>
        {people.length ? (
          <ScrollTable label={t('engagementUi.people')} minWidth={480}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('engagementUi.side')}</Table.Th>
                  <Table.Th>{t('engagementUi.role')}</Table.Th>
                  <Table.Th>{t('engagementUi.name')}</Table.Th>
                  <Table.Th>{t('engagementUi.personTitle')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.map((p, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: people have no id of their own; the list is replaced whole
                  <Table.Tr key={i}>
                    <Table.Td>{t(`engagementSides.${p.side}`)}</Table.Td>
                    <Table.Td>{t(`engagementRoles.${p.role}`)}</Table.Td>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td>{p.title}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        ) : (
          <Text c="dimmed">{t('engagementUi.noPeople')}</Text>
        )}
        {editable ? (
          <Group align="flex-end" gap="xs" wrap="wrap">
            <Select
              label={t('engagementUi.side')}
              w={120}
              data={SIDES.map((s) => ({ value: s, label: t(`engagementSides.${s}`) }))}
              value={draft.side}
              onChange={(v) => v && setDraft({ ...draft, side: v as Person['side'] })}
              allowDeselect={false}
            />
            <Select
              label={t('engagementUi.role')}
              w={180}
              data={roles.map((r) => ({ value: r, label: t(`engagementRoles.${r}`) }))}
              value={draft.role}
              onChange={(v) => v && setDraft({ ...draft, role: v as PersonRole })}
              allowDeselect={false}
            />
            <TextInput
              label={t('engagementUi.name')}
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            />
            <TextInput
              label={t('engagementUi.personTitle')}
              value={draft.title}
              onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
            />
            <Button variant="light" onClick={add}>
              {t('engagementUi.addPerson')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
