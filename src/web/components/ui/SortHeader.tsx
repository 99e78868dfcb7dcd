import '@mantine/core/styles/Table.css';
import { Group, Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props<S extends string> = {
  sort: S;
  current: S;
  order: 'asc' | 'desc';
  onSort: (sort: S, order: 'asc' | 'desc') => void;
  children: ReactNode;
};

/** A column header that sorts the list; `aria-sort` tells screen readers the current order. */
export function SortHeader<S extends string>({ sort, current, order, onSort, children }: Props<S>) {
  const { t } = useTranslation();
  const active = sort === current;
  const next = active && order === 'asc' ? 'desc' : 'asc';
  return (
    <Table.Th scope="col" aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        onClick={() => onSort(sort, next)}
        fw={700}
        fz="sm"
        title={next === 'asc' ? t('partners.list.sortAscending') : t('partners.list.sortDescending')}
      >
        <Group gap={4} wrap="nowrap">
          {children}
          <span aria-hidden="true">{active ? (order === 'asc' ? '▲' : '▼') : '↕'}</span>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
