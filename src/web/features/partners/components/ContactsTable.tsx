import '@mantine/core/styles/Table.css';
import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Partner } from '#shared/schemas/partners';
import { ScrollTable } from '#web/components/ui/ScrollTable';

/** A partner's contact people (e-mail and phone as links). */
export function ContactsTable({ contacts }: { contacts: Partner['contacts'] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="contacts-heading">
      <Title order={2} size="h4" id="contacts-heading" mb="sm">
        {t('partnerFields.contacts')}
      </Title>
      {contacts.length === 0 ? (
        <Text size="sm">{t('partners.form.noContacts')}</Text>
      ) : (
        <ScrollTable label={t('partnerFields.contacts')} minWidth={520}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('partners.form.contactName')}</Table.Th>
                <Table.Th scope="col">{t('partners.form.contactTitle')}</Table.Th>
                <Table.Th scope="col">{t('partners.form.contactEmail')}</Table.Th>
                <Table.Th scope="col">{t('partners.form.contactPhone')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td>{c.title ?? '—'}</Table.Td>
                  <Table.Td>{c.email ? <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor> : '—'}</Table.Td>
                  <Table.Td>
                    {c.phone ? <Anchor href={`tel:${c.phone.replace(/\s+/g, '')}`}>{c.phone}</Anchor> : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}
