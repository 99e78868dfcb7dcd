import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Table.css';
import { Checkbox, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferablePlace } from '#shared/schemas/calls';
import { searchKey } from '#shared/search-key';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useOfferablePlaces } from '#web/features/calls/api/calls';
import { useFormat } from '#web/lib/format';
import type { OfferRow } from './formState';

type Props = {
  academicYear: number | null;
  /** Editing: this call's own offers do not count as already offered. */
  callId?: number;
  offers: OfferRow[];
  errors: Record<string, string>;
  /** Offers can change only while the call is a draft. */
  disabled: boolean;
  onChange: (offers: OfferRow[], touchedPath?: string) => void;
};

const same = (o: OfferRow, p: OfferablePlace) => o.placeId === p.placeId && o.partnerId === p.partnerId;

/**
 * The places on offer: every outbound exchange place of an agreement in force for the call's academic year, one row
 * per partner, with what remains of it; tick a row and say how many of its places this call offers.
 */
export function OffersPicker({ academicYear, callId, offers, errors, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const places = useOfferablePlaces(academicYear, callId);
  // About a hundred places a year: a search (either language, 臺/台 alike) narrows the table; ticked rows stay.
  const [query, setQuery] = useState('');
  const key = searchKey(query);
  const shown = (places.data ?? []).filter(
    (p) =>
      !key ||
      offers.some((o) => same(o, p)) ||
      searchKey(
        [p.partnerNameZh, p.partnerNameEn, fmt.country(p.country), p.agreementTitleZh, p.agreementTitleEn].join('|'),
      ).includes(key),
  );

  const toggle = (p: OfferablePlace, on: boolean) =>
    onChange(
      on ? [...offers, { placeId: p.placeId, partnerId: p.partnerId, places: 1 }] : offers.filter((o) => !same(o, p)),
    );
  const setPlaces = (i: number, value: number | null) =>
    onChange(
      offers.map((o, j) => (j === i ? { ...o, places: value } : o)),
      `offers.${i}.places`,
    );

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('callsUi.form.offers')}
      </Title>
      <Text size="sm" c="dimmed">
        {disabled ? t('callsUi.form.offersLocked') : t('callsUi.form.offersHint')}
      </Text>
      {errors.offers ? (
        <Text size="sm" c="red.8" role="alert">
          {errors.offers}
        </Text>
      ) : null}
      <ErrorAlert error={places.error} onRetry={() => void places.refetch()} />
      {places.isLoading ? <Loading /> : null}
      {places.data && places.data.length === 0 ? <EmptyState>{t('callsUi.form.noOfferable')}</EmptyState> : null}
      {places.data && places.data.length > 0 ? (
        <TextInput
          type="search"
          label={t('callsUi.form.searchPlaces')}
          description={t('callsUi.form.placesShown', {
            shown: fmt.number(shown.length),
            total: fmt.number(places.data.length),
          })}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          maw={420}
        />
      ) : null}
      {places.data && places.data.length > 0 ? (
        <ScrollTable label={t('callsUi.form.offersTable')} minWidth={760}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('callsUi.form.offer')}</Table.Th>
                <Table.Th scope="col">{t('callsUi.fields.partner')}</Table.Th>
                <Table.Th scope="col">{t('callsUi.fields.level')}</Table.Th>
                <Table.Th scope="col">{t('callsUi.fields.agreement')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('callsUi.fields.remaining')}
                </Table.Th>
                <Table.Th scope="col">{t('callsUi.fields.places')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((p) => {
                const i = offers.findIndex((o) => same(o, p));
                const partner = fmt.name(p.partnerNameZh, p.partnerNameEn);
                return (
                  <Table.Tr key={`${p.placeId}-${p.partnerId}`}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('callsUi.form.offerPartner', { name: partner })}
                        checked={i >= 0}
                        disabled={disabled || (i < 0 && p.remaining <= 0)}
                        onChange={(e) => toggle(p, e.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {partner}
                      <Text size="xs" c="dimmed">
                        {fmt.country(p.country)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`studyLevels.${p.level}`)}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {fmt.name(p.agreementTitleZh, p.agreementTitleEn)}
                    </Table.Td>
                    <Table.Td ta="end">
                      {t('callsUi.form.remainingOf', {
                        remaining: fmt.number(p.remaining),
                        places: fmt.number(p.places),
                      })}
                    </Table.Td>
                    <Table.Td>
                      {i >= 0 ? (
                        <NumberInput
                          aria-label={t('callsUi.form.placesFor', { name: partner })}
                          w={110}
                          min={1}
                          max={999}
                          allowDecimal={false}
                          allowNegative={false}
                          disabled={disabled}
                          value={offers[i]?.places ?? ''}
                          error={errors[`offers.${i}.places`] ?? errors[`offers.${i}`]}
                          onChange={(v) => setPlaces(i, typeof v === 'number' ? v : null)}
                        />
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
    </Stack>
  );
}
