import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Switch.css';
import { Badge, Button, Group, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '#shared/schemas/units';
import { EmptyState } from '#web/components/ui/EmptyState';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink, ButtonLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useUnits } from '#web/lib/reference';
import { exportUrl } from '../api/units';
import '../i18n';
import { DownloadButton } from '#web/components/ui/DownloadButton';

type Row = { unit: Unit; depth: number };

/** The units in tree order, with their depth; a search keeps the matches and their ancestors. */
function treeRows(units: Unit[], showInactive: boolean, q: string): Row[] {
  const children = new Map<number | null, Unit[]>();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const needle = q.trim().toLowerCase();
  const matches = (u: Unit) =>
    !needle || [u.code, u.nameZh, u.nameEn, u.moeCode ?? ''].some((s) => s.toLowerCase().includes(needle));
  const out: Row[] = [];
  const walk = (parent: number | null, depth: number): boolean => {
    let any = false;
    for (const u of children.get(parent) ?? []) {
      if (!showInactive && !u.active) continue;
      const at = out.length;
      const below = walk(u.id, depth + 1);
      if (matches(u) || below) {
        out.splice(at, 0, { unit: u, depth });
        any = true;
      }
    }
    return any;
  };
  walk(null, 0);
  return out;
}

/** The organisation as a tree (indented list that wraps on a phone), with export, import and new. */
export function UnitsPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const separator = i18n.language === 'en' ? ', ' : '、';
  const units = useUnits();
  const [showInactive, setShowInactive] = useState(false);
  const [q, setQ] = useState('');
  const rows = useMemo(() => treeRows(units.data ?? [], showInactive, q), [units.data, showInactive, q]);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('unitsUi.title')}
        subtitle={t('unitsUi.intro')}
        actions={
          <Group gap="xs" wrap="wrap">
            <ButtonLink to={paths.unitNew()}>{t('unitsUi.new')}</ButtonLink>
            <DownloadButton href={exportUrl()} variant="default">
              {t('unitsUi.export')}
            </DownloadButton>
            <ButtonLink to={paths.imports()} search={{ kind: 'units' }} variant="default">
              {t('unitsUi.import')}
            </ButtonLink>
          </Group>
        }
      />
      <Group gap="md" wrap="wrap" align="end">
        <TextInput
          label={t('unitsUi.search')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <Switch
          label={t('unitsUi.showInactive')}
          checked={showInactive}
          onChange={(e) => setShowInactive(e.currentTarget.checked)}
        />
      </Group>
      {units.isPending ? (
        <Loading />
      ) : units.error ? (
        <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState>{t('unitsUi.empty')}</EmptyState>
      ) : (
        <Paper withBorder radius="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {rows.map(({ unit, depth }) => (
            <li
              key={unit.id}
              style={{
                paddingBlock: '0.5rem',
                paddingInlineEnd: '0.75rem',
                paddingInlineStart: `${0.75 + Math.min(depth, 6) * 1.1}rem`,
                borderTop: '1px solid var(--mantine-color-default-border)',
              }}
            >
              <Group gap="xs" wrap="wrap" justify="space-between">
                <AnchorLink to={paths.unit(unit.id)} c={unit.active ? undefined : 'dimmed'}>
                  {fmt.name(unit.nameZh, unit.nameEn)}
                </AnchorLink>
                <Group gap={6} wrap="wrap">
                  <Text size="xs" c="dimmed" ff="monospace">
                    {unit.code}
                  </Text>
                  <Badge variant="light" size="sm">
                    {t(`unitKinds.${unit.kind}`)}
                  </Badge>
                  {unit.active ? null : (
                    <Badge variant="outline" color="gray" size="sm">
                      {t('unitsUi.inactive')}
                    </Badge>
                  )}
                </Group>
              </Group>
              {unit.programTypes.length ? (
                <Text size="xs" c="dimmed">
                  {unit.programTypes.map((p) => t(`programTypes.${p}`)).join(separator)}
                </Text>
              ) : null}
            </li>
          ))}
        </Paper>
      )}
    </Stack>
  );
}
