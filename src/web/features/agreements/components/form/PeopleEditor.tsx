import '@mantine/core/styles/SimpleGrid.css';
import { Button, CloseButton, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_SIDES } from '#shared/enums';
import { newPerson, type PersonRole, type PersonRow, type PersonSide } from './formState';

type Props = {
  people: PersonRow[];
  errors: Record<string, string>;
  onChange: (people: PersonRow[], touchedPath?: string) => void;
};

type TextField = 'name' | 'title' | 'email' | 'phone' | 'signedOn';

/** Signatories and contacts of both sides; a signatory has a signing date. Errors arrive as `people.N.field`. */
export function PeopleEditor({ people, errors, onChange }: Props) {
  const { t } = useTranslation();
  const update = (i: number, change: Partial<PersonRow>, field: string) =>
    onChange(
      people.map((p, j) => (j === i ? { ...p, ...change } : p)),
      `people.${i}.${field}`,
    );
  const input = (i: number, field: TextField) => ({
    value: people[i]?.[field] ?? '',
    error: errors[`people.${i}.${field}`],
    onChange: (e: { currentTarget: { value: string } }) => update(i, { [field]: e.currentTarget.value }, field),
  });
  const add = (role: PersonRole, side: PersonSide) => onChange([...people, newPerson(role, side)]);

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('agreementsUi.people.title')}
      </Title>
      {people.length === 0 ? <Text size="sm">{t('agreementsUi.people.none')}</Text> : null}
      {people.map((p, i) => (
        <Paper
          withBorder
          p="sm"
          radius="md"
          key={p.key}
          component="fieldset"
          m={0}
          aria-label={t('agreementsUi.people.personN', { n: i + 1 })}
        >
          <Group justify="space-between" mb="xs">
            <Text fw={600} size="sm">
              {t('agreementsUi.people.personN', { n: i + 1 })}
            </Text>
            <CloseButton
              aria-label={t('agreementsUi.people.remove', { n: i + 1 })}
              onClick={() => onChange(people.filter((_, j) => j !== i))}
            />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            <Select
              label={t('agreementsUi.people.role')}
              allowDeselect={false}
              data={(['signatory', 'contact'] as const).map((r) => ({
                value: r,
                label: t(`agreementsUi.people.roles.${r}`),
              }))}
              value={p.role}
              onChange={(v) => update(i, { role: (v ?? 'contact') as PersonRole }, 'role')}
            />
            <Select
              label={t('agreementsUi.people.side')}
              allowDeselect={false}
              data={AGREEMENT_SIDES.map((s) => ({ value: s, label: t(`agreementSides.${s}`) }))}
              value={p.side}
              onChange={(v) => update(i, { side: (v ?? 'ours') as PersonSide }, 'side')}
            />
            <TextInput label={t('agreementsUi.people.name')} required {...input(i, 'name')} />
            <TextInput label={t('agreementsUi.people.jobTitle')} {...input(i, 'title')} />
            <TextInput label={t('agreementsUi.people.email')} type="email" {...input(i, 'email')} />
            <TextInput label={t('agreementsUi.people.phone')} type="tel" {...input(i, 'phone')} />
            {p.role === 'signatory' ? (
              <TextInput label={t('agreementsUi.people.signedOn')} type="date" {...input(i, 'signedOn')} />
            ) : null}
          </SimpleGrid>
        </Paper>
      ))}
      <Group gap="xs">
        <Button variant="default" onClick={() => add('signatory', 'ours')}>
          {t('agreementsUi.people.addSignatory')}
        </Button>
        <Button variant="default" onClick={() => add('contact', 'partner')}>
          {t('agreementsUi.people.addContact')}
        </Button>
      </Group>
    </Stack>
  );
}
