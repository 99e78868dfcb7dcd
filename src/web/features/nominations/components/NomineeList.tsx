import { Badge, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Nominee } from '#shared/schemas/nominations';
import { ScrollTable } from '#web/components/ui/ScrollTable';

const STATUS_COLOR = { submitted: 'blue', accepted: 'green', rejected: 'red', withdrawn: 'gray' } as const;

/** Nominees with their status: the coordinator's list and, with actions, the staff's. */
export function NomineeList<N extends Nominee>({
  label,
  items,
  actions,
}: {
  label: string;
  items: N[];
  actions?: (n: N) => ReactNode;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t('nominationsUi.noNominees')}</Text>;
  return (
    <ScrollTable label={label} minWidth={actions ? 560 : 340}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('nominationsUi.name')}</Table.Th>
            <Table.Th>{t('nominationsUi.level')}</Table.Th>
            <Table.Th>{t('nominationsUi.status')}</Table.Th>
            {actions ? <Table.Th /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((n) => (
            <Table.Tr key={n.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{`${n.givenName} ${n.familyName}`}</Text>
                  <Text size="xs" c="dimmed">
                    {`${n.academicYear} ${t(`nominationTerms.${n.term}`)} · ${n.email}`}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>{t(`nominationsUi.levels.${n.level}`, { defaultValue: n.level })}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOR[n.status]} variant="light">
                  {t(`nominationsUi.statuses.${n.status}`)}
                </Badge>
              </Table.Td>
              {actions ? <Table.Td>{actions(n)}</Table.Td> : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
