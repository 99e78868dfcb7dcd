import { businessYear } from '#shared/calendar';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Table.css';
import { Button, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '#shared/schemas/indicators';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useSaveTargets, useTargets } from '#web/features/indicators/api/indicators';
import { errorText } from '#web/lib/errorText';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';

const QUARTERS = [0, 1, 2, 3, 4] as const;
const key = (unitId: number, quarter: number) => `${unitId}:${quarter}`;

/** Targets of one calendar year: the whole university and each college, for the year and each quarter; OIA edits them. */
export function TargetsPanel({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const thisYear = businessYear(new Date());
  const [year, setYear] = useState(thisYear);
  const targets = useTargets(indicator.id, year);
  const save = useSaveTargets(indicator.id);
  const [edits, setEdits] = useState<Map<string, number | null>>(new Map());
  const canEdit = indicator.permissions.setTargets;
  const cells = new Map((targets.data?.items ?? []).map((c) => [key(c.unitId, c.quarter), c]));
  const cellValue = (unitId: number, quarter: number) => {
    const k = key(unitId, quarter);
    return edits.has(k) ? edits.get(k) : (cells.get(k)?.target ?? null);
  };
  const quarterLabel = (q: number) =>
    q === 0 ? t('indicatorsUi.targets.wholeYear') : t('indicatorsUi.targets.quarter', { q });

  async function saveAll() {
    const items = [...edits].map(([k, target]) => {
      const [unitId, quarter] = k.split(':').map(Number) as [number, number];
      return { unitId, quarter, target, version: cells.get(k)?.version ?? null };
    });
    try {
      await save.mutateAsync({ year, items });
      setEdits(new Map());
      notifySuccess(t('indicatorsUi.targets.saved'));
    } catch (err) {
      notifyError(new Error(errorText(err)));
    }
  }

  return (
    <section aria-labelledby="indicator-targets">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Title order={2} size="h4" id="indicator-targets">
            {t('indicatorsUi.targets.title')}
          </Title>
          <Select
            label={t('indicatorsUi.targets.year')}
            w={160}
            allowDeselect={false}
            data={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({
              value: String(y),
              label: String(y),
            }))}
            value={String(year)}
            onChange={(v) => {
              if (!v) return;
              setYear(Number(v));
              setEdits(new Map());
            }}
          />
        </Group>
        {targets.error ? <ErrorAlert error={targets.error} onRetry={() => void targets.refetch()} /> : null}
        {targets.data ? (
          <ScrollTable label={t('indicatorsUi.targets.title')} minWidth={canEdit ? 760 : 560}>
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('indicatorsUi.targets.unit')}</Table.Th>
                  {QUARTERS.map((q) => (
                    <Table.Th key={q} scope="col" ta="end">
                      {quarterLabel(q)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {targets.data.units.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Th scope="row">{fmt.name(u.nameZh, u.nameEn)}</Table.Th>
                    {QUARTERS.map((q) => (
                      <Table.Td key={q} ta="end">
                        {canEdit ? (
                          <NumberInput
                            aria-label={`${fmt.name(u.nameZh, u.nameEn)} ${quarterLabel(q)}`}
                            size="xs"
                            min={0}
                            hideControls
                            value={cellValue(u.id, q) ?? ''}
                            onChange={(v) =>
                              setEdits((m) => new Map(m).set(key(u.id, q), typeof v === 'number' ? v : null))
                            }
                          />
                        ) : (
                          <Text size="sm">{cellValue(u.id, q) ?? '—'}</Text>
                        )}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        ) : null}
        {canEdit ? (
          <Group justify="flex-end">
            <Button onClick={() => void saveAll()} disabled={!edits.size} loading={save.isPending}>
              {t('indicatorsUi.targets.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </section>
  );
}
