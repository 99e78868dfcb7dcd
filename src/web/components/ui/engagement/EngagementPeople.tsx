import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import { Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSON_ROLES, type PersonRole, SIDES } from '#shared/engagements';
import type { EngagementPerson } from '#shared/schemas/visits';
import { fieldErrors } from '#web/lib/api';
import { ConfirmButton } from '../ConfirmButton';
import { ScrollTable } from '../ScrollTable';

type Person = Omit<EngagementPerson, 'partnerId' | 'personId' | 'userId'> & {
  partnerId: number | null;
  personId: number | null;
  userId: number | null;
};
type Props = {
  people: Person[];
  editable: boolean;
  roles?: readonly PersonRole[];
  /** Saves the whole list at the version the page read (PUT …/people); rejects with the API's error. */
  onChange: (people: Person[]) => Promise<unknown>;
  busy?: boolean;
};
type Draft = { side: Person['side']; role: PersonRole; name: string; title: string };

/**
 * People on both sides with their titles (as printed on name cards): speakers, guests, hosts, staff and
 * assistants on duty, delegation members and counterparts. Each row can be edited or removed; a form adds one.
 * What a row links to (partner, person, account) is kept when its name or title is edited.
 */
export function EngagementPeople({ people, editable, roles = PERSON_ROLES, onChange, busy }: Props) {
  const { t } = useTranslation();
  const empty: Draft = { side: 'theirs', role: roles[0] as PersonRole, name: '', title: '' };
  const [draft, setDraft] = useState<Draft>(empty);
  const [editing, setEditing] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const prefix = editing === null ? `people.${people.length}` : `people.${editing}`;
  const errors = fieldErrors(error);
  const save = async () => {
    const row: Person = {
      ...(editing === null ? { partnerId: null, personId: null, userId: null } : people[editing]),
      ...draft,
      name: draft.name.trim(),
      title: draft.title.trim() || null,
    } as Person;
    const next = editing === null ? [...people, row] : people.map((p, i) => (i === editing ? row : p));
    try {
      setError(null);
      await onChange(next);
      setDraft({ ...draft, name: '', title: '' });
      setEditing(null);
    } catch (e) {
      setError(e);
    }
  };
  const edit = (i: number) => {
    const p = people[i] as Person;
    setEditing(i);
    setError(null);
    setDraft({ side: p.side, role: p.role, name: p.name, title: p.title ?? '' });
  };
  const roleOptions = [...new Set([...roles, draft.role])];
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('engagementUi.people')}
        </Title>
        {people.length ? (
          <ScrollTable label={t('engagementUi.people')} minWidth={editable ? 600 : 480}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('engagementUi.side')}</Table.Th>
                  <Table.Th>{t('engagementUi.role')}</Table.Th>
                  <Table.Th>{t('engagementUi.name')}</Table.Th>
                  <Table.Th>{t('engagementUi.personTitle')}</Table.Th>
                  {editable ? <Table.Th>{t('engagementUi.actions')}</Table.Th> : null}
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
                    {editable ? (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            aria-label={t('engagementUi.editPerson', { name: p.name })}
                            onClick={() => edit(i)}
                          >
                            {t('engagementUi.edit')}
                          </Button>
                          <ConfirmButton
                            size="compact-sm"
                            variant="default"
                            color="red"
                            label={t('engagementUi.remove')}
                            ariaLabel={t('engagementUi.removePerson', { name: p.name })}
                            title={t('engagementUi.removePerson', { name: p.name })}
                            message={t('engagementUi.removePersonConfirm')}
                            busy={busy}
                            onConfirm={async () => {
                              await onChange(people.filter((_, j) => j !== i));
                              setEditing(null);
                            }}
                          />
                        </Group>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        ) : (
          <Text c="dimmed">{t('engagementUi.noPeople')}</Text>
        )}
        {editable ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
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
                data={roleOptions.map((r) => ({ value: r, label: t(`engagementRoles.${r}`) }))}
                value={draft.role}
                onChange={(v) => v && setDraft({ ...draft, role: v as PersonRole })}
                allowDeselect={false}
              />
              <TextInput
                label={t('engagementUi.name')}
                required
                value={draft.name}
                error={errors[`${prefix}.name`]}
                onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
              />
              <TextInput
                label={t('engagementUi.personTitle')}
                value={draft.title}
                error={errors[`${prefix}.title`]}
                onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
              />
              <Button type="submit" variant="light" loading={busy}>
                {editing === null ? t('engagementUi.addPerson') : t('engagementUi.savePerson')}
              </Button>
              {editing !== null ? (
                <Button
                  variant="subtle"
                  onClick={() => {
                    setEditing(null);
                    setDraft(empty);
                  }}
                >
                  {t('engagementUi.cancel')}
                </Button>
              ) : null}
            </Group>
            {error && !Object.keys(errors).length ? (
              <Text c="red.9" size="sm" mt="xs" role="alert">
                {error instanceof Error ? error.message : ''}
              </Text>
            ) : null}
          </form>
        ) : null}
      </Stack>
    </Paper>
  );
}
