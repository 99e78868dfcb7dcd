import '@mantine/core/styles/Table.css';
import { Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Place } from '#shared/schemas/agreements';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { useLanguageName } from './languageName';

type Actions = {
  onEdit: (place: Place) => void;
  onUsage: (place: Place) => void;
  onRemove: (place: Place) => Promise<unknown>;
  removing: boolean;
};

/** One academic year's places: who goes where at which level, how many, used and remaining, requirements. */
export function PlacesTable({ caption, rows, actions }: { caption: string; rows: Place[]; actions: Actions | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const languageName = useLanguageName();
  const separator = t('agreementsUi.listSeparator');
  const rowName = (p: Place) =>
    `${t(`directions.${p.direction}`)} · ${t(`studyLevels.${p.level}`)} · ${t(`mobilityKinds.${p.mobilityKind}`)}`;
  return (
    <ScrollTable label={caption} minWidth={actions ? 940 : 760}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('agreementsUi.places.direction')}</Table.Th>
            <Table.Th scope="col">{t('agreementsUi.places.level')}</Table.Th>
            <Table.Th scope="col">{t('agreementsUi.places.mobilityKind')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('agreementsUi.places.places')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('agreementsUi.places.used')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('agreementsUi.places.remaining')}
            </Table.Th>
            <Table.Th scope="col">{t('agreementsUi.places.duration')}</Table.Th>
            <Table.Th scope="col">{t('agreementsUi.places.languages')}</Table.Th>
            <Table.Th scope="col">{t('agreementsUi.places.isced')}</Table.Th>
            {actions ? <Table.Th scope="col">{t('agreementsUi.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{t(`directions.${p.direction}`)}</Table.Td>
              <Table.Td>{t(`studyLevels.${p.level}`)}</Table.Td>
              <Table.Td>{t(`mobilityKinds.${p.mobilityKind}`)}</Table.Td>
              <Table.Td ta="end">{fmt.number(p.places)}</Table.Td>
              <Table.Td ta="end">{fmt.number(p.used)}</Table.Td>
              <Table.Td ta="end">
                <Text
                  span
                  size="sm"
                  fw={p.remaining === 0 ? 700 : undefined}
                  c={p.remaining === 0 ? 'red.8' : undefined}
                >
                  {fmt.number(p.remaining)}
                </Text>
              </Table.Td>
              <Table.Td>
                {p.duration ? `${fmt.number(p.duration)} ${t(`durationUnits.${p.durationUnit}`)}` : '—'}
              </Table.Td>
              <Table.Td>
                {p.languages.length
                  ? p.languages.map((l) => `${languageName(l.language)} ${l.cefr}`).join(separator)
                  : '—'}
              </Table.Td>
              <Table.Td>{p.isced.length ? p.isced.join(', ') : '—'}</Table.Td>
              {actions ? (
                <Table.Td>
                  <Stack gap={4} align="stretch">
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => actions.onUsage(p)}
                      aria-label={`${t('agreementsUi.places.recordUsage')}: ${rowName(p)}`}
                    >
                      {t('agreementsUi.places.recordUsage')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => actions.onEdit(p)}
                      aria-label={`${t('common.edit')}: ${rowName(p)}`}
                    >
                      {t('common.edit')}
                    </Button>
                    <ConfirmButton
                      size="compact-sm"
                      color="red"
                      label={t('agreementsUi.places.remove')}
                      ariaLabel={`${t('agreementsUi.places.remove')}: ${rowName(p)}`}
                      title={t('agreementsUi.places.remove')}
                      message={t('agreementsUi.places.removeConfirm', { row: rowName(p) })}
                      busy={actions.removing}
                      onConfirm={() => actions.onRemove(p)}
                    />
                  </Stack>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
