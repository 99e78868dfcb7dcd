import '@mantine/core/styles/Table.css';
import { Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dimensionText } from '#shared/ministry';
import type { MinistryCell, MinistryRow, MinistryTableResult } from '#shared/schemas/ministry';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';

export type OpenCell = { cell: MinistryCell; label: string };
type Props = { result: MinistryTableResult; onOpen: (c: OpenCell) => void };

/** One of the Ministry's tables: column groups over their columns, one line per row, every figure a button. */
export function MinistryGrid({ result, onOpen }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unit = (id: number | null) => {
    const u = result.units.find((x) => x.id === id);
    return u ? fmt.name(u.nameZh, u.nameEn) : t('ministry.noUnit');
  };
  const names = {
    unit,
    country: (code: string) => {
      const named = result.countries.find((c) => c.code === code);
      if (named) return fmt.locale === 'en' ? named.nameEn : named.nameZh;
      return fmt.country(code);
    },
  };
  const dimension = (row: MinistryRow, dim: string): string => {
    const i = result.dimensions.indexOf(dim);
    const position = { first: i === 0, afterCollege: result.dimensions[i - 1] === 'college' };
    const v = dimensionText(row, dim, position, t, names);
    return v === null ? '' : String(v);
  };
  // a column's name with its group's (the udb layouts' 男 / 女 are of a category)
  const columnName = (key: string, group: string | null) =>
    group?.startsWith('udb_')
      ? `${t(`ministry.groups.${group}`)} ${t(`ministry.columns.${key}`)}`
      : t(`ministry.columns.${key}`);
  // column groups: consecutive columns of one group share a header cell
  const groups: { group: string | null; span: number; first: string }[] = [];
  for (const c of result.columns) {
    const last = groups.at(-1);
    if (last && last.group === c.group) last.span += 1;
    else groups.push({ group: c.group, span: 1, first: c.key });
  }
  const hasGroups = groups.some((g) => g.group);
  const title = t(`ministry.tables.${result.table}`);
  return (
    <ScrollTable label={title} minWidth={Math.max(640, result.dimensions.length * 120 + result.columns.length * 90)}>
      <Table striped withTableBorder withColumnBorders verticalSpacing={4} fz="sm">
        <Table.Thead>
          {hasGroups ? (
            <Table.Tr>
              <Table.Th colSpan={result.dimensions.length} />
              {groups.map((g) => (
                <Table.Th key={g.first} colSpan={g.span} ta="center">
                  {g.group ? t(`ministry.groups.${g.group}`) : ''}
                </Table.Th>
              ))}
            </Table.Tr>
          ) : null}
          <Table.Tr>
            {result.dimensions.map((d) => (
              <Table.Th key={d}>{t(`ministry.dimensions.${d}`)}</Table.Th>
            ))}
            {result.columns.map((c) => (
              <Table.Th key={c.key} ta="right">
                {t(`ministry.columns.${c.key}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.rows.map((row) => {
            const label = result.dimensions
              .map((d) => dimension(row, d))
              .filter(Boolean)
              .join(' · ');
            return (
              <Table.Tr key={row.cells[0]?.cell ?? label} fw={row.kind === 'row' ? undefined : 700}>
                {result.dimensions.map((d) => (
                  <Table.Td key={d}>{dimension(row, d)}</Table.Td>
                ))}
                {row.cells.map((c, i) => {
                  const column = columnName(c.column, result.columns[i]?.group ?? null);
                  return (
                    <Table.Td key={c.column} ta="right">
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        color={c.value ? undefined : 'gray'}
                        aria-label={t('ministryUi.cellLabel', { column, row: label, value: fmt.number(c.value) })}
                        onClick={() => onOpen({ cell: c, label: `${column} · ${label}` })}
                      >
                        {fmt.number(c.value)}
                      </Button>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
