import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Call } from '#shared/schemas/calls';
import { useFormat } from '#web/lib/format';

type Props = {
  call: Call;
  /** Offer ids, first choice first. */
  value: number[];
  error?: string;
  disabled: boolean;
  onChange: (value: number[]) => void;
};

/** Ranked partner preferences: add up to the call's maximum, move each up or down, remove. */
export function PreferencesEditor({ call, value, error, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const offer = (id: number) => call.offers.find((o) => o.id === id);
  const label = (id: number) => {
    const o = offer(id);
    return o ? `${fmt.name(o.partnerNameZh, o.partnerNameEn)} (${fmt.country(o.country)})` : `#${id}`;
  };
  const move = (i: number, by: -1 | 1) => {
    const next = [...value];
    const [item] = next.splice(i, 1);
    if (item === undefined) return;
    next.splice(i + by, 0, item);
    onChange(next);
  };
  const free = call.offers.filter((o) => !value.includes(o.id));
  const full = value.length >= call.maxPreferences;

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('callsUi.apply.preferences')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('callsUi.apply.preferencesHint', { n: call.maxPreferences })}
      </Text>
      {value.length === 0 ? <Text size="sm">{t('callsUi.apply.noPreferences')}</Text> : null}
      <Stack
        gap="xs"
        component="ol"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('callsUi.apply.preferences')}
      >
        {value.map((id, i) => {
          const name = label(id);
          return (
            <Paper component="li" withBorder radius="md" p="xs" key={id}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere', flex: '1 1 12rem' }}>
                  {t('callsUi.apply.choiceN', { n: i + 1, name })}
                </Text>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    disabled={disabled || i === 0}
                    aria-label={t('callsUi.apply.moveUp', { name })}
                    onClick={() => move(i, -1)}
                  >
                    ↑
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="default"
                    disabled={disabled || i === value.length - 1}
                    aria-label={t('callsUi.apply.moveDown', { name })}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="default"
                    color="red"
                    disabled={disabled}
                    aria-label={t('callsUi.apply.remove', { name })}
                    onClick={() => onChange(value.filter((v) => v !== id))}
                  >
                    {t('callsUi.apply.removeShort')}
                  </Button>
                </Group>
              </Group>
            </Paper>
          );
        })}
      </Stack>
      <Select
        label={t('callsUi.apply.addPreference')}
        description={full ? t('callsUi.apply.preferencesFull', { n: call.maxPreferences }) : undefined}
        placeholder={t('callsUi.apply.choosePartner')}
        disabled={disabled || full || free.length === 0}
        value={null}
        data={free.map((o) => ({
          value: String(o.id),
          label: `${fmt.name(o.partnerNameZh, o.partnerNameEn)} (${fmt.country(o.country)}) · ${t('callsUi.apply.placesN', { n: o.places })}`,
        }))}
        error={error}
        onChange={(v) => v && onChange([...value, Number(v)])}
      />
    </Stack>
  );
}
