import '@mantine/core/styles/Table.css';
import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerAgreements } from '#shared/schemas/agreements';
import { AnchorLink } from '#web/components/ui/links';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useAcademicYear } from '../places/useAcademicYear';

/**
 * What used this partner's places, newest first: nominations recorded now, and the mobility records
 * once the mobility module writes its usages.
 */
export function ExchangeHistory({ exchanges }: { exchanges: PartnerAgreements['exchanges'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const yearLabel = useAcademicYear();
  return (
    <div>
      <Title order={3} size="h5" mb="xs">
        {t('agreementsUi.partner.exchanges')}
      </Title>
      {exchanges.length === 0 ? (
        <Text size="sm">{t('agreementsUi.partner.noExchanges')}</Text>
      ) : (
        <ScrollTable label={t('agreementsUi.partner.exchanges')} minWidth={640}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agreementsUi.partner.recordedAt')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.places.academicYear')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.places.direction')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.places.level')}</Table.Th>
                <Table.Th scope="col">{t('agreementsUi.places.mobilityKind')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('agreementsUi.places.usageCount')}
                </Table.Th>
                <Table.Th scope="col">{t('agreementsUi.places.usageLabel')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {exchanges.map((x) => (
                <Table.Tr key={`${x.agreementId}-${x.at}-${x.label ?? ''}-${x.count}`}>
                  <Table.Td>
                    <AnchorLink to={paths.agreement(x.agreementId)}>{fmt.date(x.at)}</AnchorLink>
                  </Table.Td>
                  <Table.Td>{yearLabel(x.academicYear)}</Table.Td>
                  <Table.Td>{t(`directions.${x.direction}`)}</Table.Td>
                  <Table.Td>{t(`studyLevels.${x.level}`)}</Table.Td>
                  <Table.Td>{t(`mobilityKinds.${x.mobilityKind}`)}</Table.Td>
                  <Table.Td ta="end">{fmt.number(x.count)}</Table.Td>
                  <Table.Td>{x.label ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </div>
  );
}
