import '@mantine/core/styles/List.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Table.css';
import { Anchor, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '#shared/schemas/agreements';
import { DetailField } from '#web/components/ui/DetailField';
import { EmptyState } from '#web/components/ui/EmptyState';
import { AnchorLink } from '#web/components/ui/links';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useUnitName } from '#web/lib/reference';
import { Day, EndDay } from '../list/Day';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The agreement's own fields: kind, codes, unit, term, notice and renewal, notes. */
export function AgreementFields({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unitName = useUnitName();
  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" m={0}>
        <DetailField label={t('agreementFields.titleEn')}>
          <span lang="en">{a.titleEn}</span>
        </DetailField>
        <DetailField label={t('agreementFields.titleZh')}>
          {a.titleZh ? <span lang="zh-Hant-TW">{a.titleZh}</span> : null}
        </DetailField>
        <DetailField label={t('agreementFields.kind')}>{t(`agreementKinds.${a.kind}`)}</DetailField>
        <DetailField label={t('agreementFields.code')}>{a.code}</DetailField>
        <DetailField label={t('agreementFields.partnerCode')}>{a.partnerCode}</DetailField>
        <DetailField label={t('agreementFields.owningUnit')}>{unitName(a.owningUnitId)}</DetailField>
        <DetailField label={t('agreementFields.startDate')}>
          <Day value={a.startDate} size="md" />
        </DetailField>
        <DetailField label={t('agreementFields.endDate')}>
          <EndDay agreement={a} size="md" />
        </DetailField>
        <DetailField label={t('agreementFields.noticeMonths')}>
          {a.noticeMonths === null ? null : fmt.number(a.noticeMonths)}
        </DetailField>
        <DetailField label={t('agreementFields.noticeDate')}>
          {a.noticeDate ? <Day value={a.noticeDate} size="md" /> : null}
        </DetailField>
        <DetailField label={t('agreementFields.autoRenew')}>{yesNo(a.autoRenew)}</DetailField>
        <DetailField label={t('agreementFields.hasSignedFile')}>{yesNo(a.hasSignedFile)}</DetailField>
        {a.terminatedOn ? (
          <DetailField label={t('agreementsUi.fields.terminatedOn')}>
            <Day value={a.terminatedOn} size="md" />
          </DetailField>
        ) : null}
        {a.terminationReason ? (
          <DetailField label={t('agreementsUi.fields.terminationReason')}>{a.terminationReason}</DetailField>
        ) : null}
        <DetailField label={t('agreementsUi.fields.statusChangedAt')}>{fmt.dateTime(a.statusChangedAt)}</DetailField>
        <DetailField label={t('agreementsUi.fields.createdAt')}>{fmt.dateTime(a.createdAt)}</DetailField>
        <DetailField label={t('agreementFields.updatedAt')}>{fmt.dateTime(a.updatedAt)}</DetailField>
        {a.archivedAt ? (
          <DetailField label={t('agreementsUi.fields.archivedAt')}>{fmt.dateTime(a.archivedAt)}</DetailField>
        ) : null}
      </SimpleGrid>
      {a.renewalTerms || a.notes ? (
        <Stack component="dl" mt="md" gap="sm">
          {a.renewalTerms ? (
            <DetailField label={t('agreementsUi.fields.renewalTerms')}>{a.renewalTerms}</DetailField>
          ) : null}
          {a.notes ? <DetailField label={t('agreementsUi.fields.notes')}>{a.notes}</DetailField> : null}
        </Stack>
      ) : null}
    </Paper>
  );
}

/** The partner institutions (links to their pages) with the faculty named in the agreement. */
export function AgreementPartners({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Section id="partners-heading" title={t('agreementFields.partners')}>
      <List spacing="xs" listStyleType="none" p={0}>
        {a.partners.map((p) => (
          <List.Item key={p.id}>
            <AnchorLink to={paths.partner(p.id)} fw={600}>
              {fmt.name(p.nameZh, p.nameEn)}
            </AnchorLink>
            <Text span size="sm">
              {` · ${fmt.country(p.country)}`}
            </Text>
            {p.facultyEn || p.facultyZh ? (
              <Text size="sm">{`${t('agreementsUi.fields.faculty')}: ${fmt.name(p.facultyZh, p.facultyEn)}`}</Text>
            ) : null}
          </List.Item>
        ))}
      </List>
    </Section>
  );
}

/** Signatories and contacts of both sides. */
export function AgreementPeople({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation();
  return (
    <Section id="people-heading" title={t('agreementsUi.people.title')}>
      {a.people.length === 0 ? (
        <EmptyState>{t('agreementsUi.people.none')}</EmptyState>
      ) : (
        <ScrollTable label={t('agreementsUi.people.tableLabel')} minWidth={760}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agreementsUi.people.role')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.people.side')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.people.name')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.people.jobTitle')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.people.email')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.people.phone')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.people.signedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {a.people.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`agreementsUi.people.roles.${p.role}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`agreementSides.${p.side}`)}</Table.Td>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{p.title ?? '—'}</Table.Td>
                  <Table.Td>{p.email ? <Anchor href={`mailto:${p.email}`}>{p.email}</Anchor> : '—'}</Table.Td>
                  <Table.Td>
                    {p.phone ? <Anchor href={`tel:${p.phone.replace(/\s+/g, '')}`}>{p.phone}</Anchor> : '—'}
                  </Table.Td>
                  <Table.Td>
                    <Day value={p.signedOn} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Section>
  );
}

/** Where this version sits in its renewal chain: generation N, the version it renews and the one renewing it. */
export function AgreementVersions({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Section id="versions-heading" title={t('agreementsUi.versions.title')}>
      <Stack gap={4}>
        <Text size="sm">{t('agreementsUi.versions.generation', { n: fmt.number(a.generation) })}</Text>
        {a.renewalOfId ? (
          <AnchorLink to={paths.agreement(a.renewalOfId)} size="sm">
            {t('agreementsUi.versions.renewalOf')}
          </AnchorLink>
        ) : (
          <Text size="sm">{t('agreementsUi.versions.original')}</Text>
        )}
        {a.renewedById ? (
          <AnchorLink to={paths.agreement(a.renewedById)} size="sm">
            {t('agreementsUi.versions.renewedBy')}
          </AnchorLink>
        ) : null}
      </Stack>
    </Section>
  );
}
