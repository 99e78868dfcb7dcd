import '@mantine/core/styles/SegmentedControl.css';
import '@mantine/core/styles/Table.css';
import { Button, Group, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plainValue } from '#web/lib/diff';
import type { MergeRow, Pick } from '#web/lib/merge';

type Props = {
  rows: MergeRow[];
  fieldLabel: (key: string) => string;
  /** Puts the chosen values into the form, on top of the current version. */
  onApply: (picks: Record<string, Pick>) => void;
  /** Gives up what the user typed and loads the current version. */
  onDiscard: () => void;
};

/** Field by field after a 409: what it was when opened, what the user typed, what it is now; keep or take. */
export function ConflictMerge({ rows, fieldLabel, onApply, onDiscard }: Props) {
  const { t } = useTranslation();
  const [picks, setPicks] = useState<Record<string, Pick>>(() => Object.fromEntries(rows.map((r) => [r.key, r.pick])));
  const options = [
    { value: 'mine', label: t('common.conflict.keepMine') },
    { value: 'theirs', label: t('common.conflict.takeTheirs') },
  ];
  return (
    <>
      <Text size="sm">{t('common.conflict.mergeHint')}</Text>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common.conflict.field')}</Table.Th>
              <Table.Th>{t('common.conflict.whenOpened')}</Table.Th>
              <Table.Th>{t('common.conflict.mine')}</Table.Th>
              <Table.Th>{t('common.conflict.now')}</Table.Th>
              <Table.Th>{t('common.conflict.keep')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key} data-field={r.key}>
                <Table.Td>{fieldLabel(r.key)}</Table.Td>
                <Table.Td>{plainValue(r.base)}</Table.Td>
                <Table.Td>{plainValue(r.mine)}</Table.Td>
                <Table.Td>{plainValue(r.theirs)}</Table.Td>
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    aria-label={t('common.conflict.keepField', { field: fieldLabel(r.key) })}
                    data={options}
                    value={picks[r.key] ?? r.pick}
                    onChange={(v) => setPicks((p) => ({ ...p, [r.key]: v as Pick }))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="sm">
        <Button size="sm" onClick={() => onApply(picks)}>
          {t('common.conflict.apply')}
        </Button>
        <Button size="sm" variant="default" onClick={onDiscard}>
          {t('common.conflict.discardMine')}
        </Button>
      </Group>
    </>
  );
}
