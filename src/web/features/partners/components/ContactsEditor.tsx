import '@mantine/core/styles/SimpleGrid.css';
import { Button, CloseButton, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ContactRow, newContact } from './formState';

type Props = {
  contacts: ContactRow[];
  errors: Record<string, string>;
  onChange: (contacts: ContactRow[], touchedPath?: string) => void;
};

/** Contact people of a partner: add and remove rows; errors arrive as `contacts.N.field`. */
export function ContactsEditor({ contacts, errors, onChange }: Props) {
  const { t } = useTranslation();
  const set = (i: number, field: keyof Omit<ContactRow, 'key'>, value: string) =>
    onChange(
      contacts.map((c, j) => (j === i ? { ...c, [field]: value } : c)),
      `contacts.${i}.${field}`,
    );
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('partnerFields.contacts')}
      </Title>
      {errors.contacts ? (
        <Text c="var(--mantine-color-error)" size="sm" role="alert">
          {errors.contacts}
        </Text>
      ) : null}
      {contacts.length === 0 ? <Text size="sm">{t('partners.form.noContacts')}</Text> : null}
      {contacts.map((c, i) => (
        <Paper withBorder p="sm" radius="md" key={c.key} component="fieldset" m={0}>
          <Group justify="space-between" mb="xs">
            <Text component="legend" fw={600} size="sm" p={0}>
              {t('partners.form.contactN', { n: i + 1 })}
            </Text>
            <CloseButton
              aria-label={t('partners.form.removeContact', { n: i + 1 })}
              onClick={() => onChange(contacts.filter((_, j) => j !== i))}
            />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('partners.form.contactName')}
              required
              value={c.name}
              error={errors[`contacts.${i}.name`]}
              onChange={(e) => set(i, 'name', e.currentTarget.value)}
            />
            <TextInput
              label={t('partners.form.contactTitle')}
              value={c.title}
              error={errors[`contacts.${i}.title`]}
              onChange={(e) => set(i, 'title', e.currentTarget.value)}
            />
            <TextInput
              label={t('partners.form.contactEmail')}
              type="email"
              value={c.email}
              error={errors[`contacts.${i}.email`]}
              onChange={(e) => set(i, 'email', e.currentTarget.value)}
            />
            <TextInput
              label={t('partners.form.contactPhone')}
              type="tel"
              value={c.phone}
              error={errors[`contacts.${i}.phone`]}
              onChange={(e) => set(i, 'phone', e.currentTarget.value)}
            />
          </SimpleGrid>
        </Paper>
      ))}
      <div>
        <Button variant="default" onClick={() => onChange([...contacts, newContact()])}>
          {t('partners.form.addContact')}
        </Button>
      </div>
    </Stack>
  );
}
