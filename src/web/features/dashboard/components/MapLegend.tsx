import { Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '#web/lib/format';
import { type MapClass, NONE_COLOR } from '../map-classes';

/** The classes' colours and ranges as text (a list, so screen readers read it too). */
export function MapLegend({ classes, measure }: { classes: MapClass[]; measure: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const label = t('dashboardUi.map.legend', { measure });
  const items = [
    { color: NONE_COLOR, text: t('dashboardUi.map.none') },
    ...classes.map((c) => ({
      color: c.color,
      text:
        c.from === c.to
          ? fmt.number(c.from)
          : t('dashboardUi.map.range', { from: fmt.number(c.from), to: fmt.number(c.to) }),
    })),
  ];
  return (
    <Group gap="xs" wrap="wrap" align="center">
      <Text size="sm" fw={600} id={id}>
        {label}
      </Text>
      <Group component="ul" aria-labelledby={id} gap="sm" wrap="wrap" m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <Group component="li" key={item.text} gap={4} wrap="nowrap">
            <span
              aria-hidden="true"
              style={{
                display: 'inline-block',
                width: 16,
                height: 12,
                background: item.color,
                border: '1px solid #adb5bd',
                borderRadius: 2,
              }}
            />
            <Text size="sm" component="span">
              {item.text}
            </Text>
          </Group>
        ))}
      </Group>
    </Group>
  );
}
