import '@mantine/core/styles/Table.css';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Difference, DiffValue } from '#shared/schemas/ewp';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useAcademicYear } from '../places/useAcademicYear';

type Props = {
  differences: Difference[];
  canManage: boolean;
  busy: boolean;
  onResolve: (d: Difference, action: 'take' | 'keep') => void;
};

/** One row per difference: the condition (or the agreement), the field, both values, take theirs / keep ours. */
export function EwpDiffTable({ differences, canManage, busy, onResolve }: Props) {
  const { t } = useTranslation();
  const yearLabel = useAcademicYear();
  const conditionText = (d: Difference) => {
    const c = d.condition;
    if (!c) return t('ewpUi.agreementLevel');
    const base = t('ewpUi.conditionLabel', {
      year: yearLabel(c.year),
      kind: t(`mobilityKinds.${c.kind}`),
      direction: t(`directions.${c.direction}`),
    });
    return c.eqfLevels.length ? `${base} · ${t('ewpUi.eqf', { levels: c.eqfLevels.join('+') })}` : base;
  };
  const value = (v: DiffValue) =>
    v == null || (Array.isArray(v) && v.length === 0) ? t('ewpUi.none') : Array.isArray(v) ? v.join('、') : String(v);

  return (
    <ScrollTable label={t('ewpUi.tableLabel')} minWidth={720}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ewpUi.condition')}</Table.Th>
            <Table.Th scope="col">{t('ewpUi.field')}</Table.Th>
            <Table.Th scope="col">{t('ewpUi.ours')}</Table.Th>
            <Table.Th scope="col">{t('ewpUi.theirs')}</Table.Th>
            {canManage ? <Table.Th scope="col">{t('ewpUi.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {differences.map((d) => {
            const what = `${conditionText(d)} — ${t(`ewpUi.fields.${d.field}`)}`;
            return (
              <Table.Tr key={d.id} data-difference={d.id}>
                <Table.Td>{conditionText(d)}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <span>{t(`ewpUi.fields.${d.field}`)}</span>
                    <Badge size="sm" variant="light" color={d.change === 'changed' ? 'yellow' : 'violet'} tt="none">
                      {t(`ewpUi.changes.${d.change}`)}
                    </Badge>
                  </Group>
                </Table.Td>
                <Table.Td>{value(d.ours)}</Table.Td>
                <Table.Td>{value(d.theirs)}</Table.Td>
                {canManage ? (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        aria-label={t('ewpUi.takeNamed', { what })}
                        disabled={busy}
                        onClick={() => onResolve(d, 'take')}
                      >
                        {t('ewpUi.take')}
                      </Button>
                      {d.kept ? (
                        <Text size="sm" c="dimmed">
                          {t('ewpUi.kept')}
                        </Text>
                      ) : (
                        <Button
                          size="compact-sm"
                          variant="default"
                          aria-label={t('ewpUi.keepNamed', { what })}
                          disabled={busy}
                          onClick={() => onResolve(d, 'keep')}
                        >
                          {t('ewpUi.keep')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
