import '@mantine/core/styles/Table.css';
import { ActionIcon, Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '#shared/schemas/audit';
import { JsonDiff } from '#web/components/ui/JsonDiff';
import { AnchorLink } from '#web/components/ui/links';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';

type Props = { items: AuditEntry[]; onActor: (actorId: number) => void };

const KNOWN_TYPES = new Set(['partner', 'user', 'unit', 'session']);

function recordPath(e: AuditEntry): string | null {
  if (!e.entityId) return null;
  if (e.entityType === 'partner') return paths.partner(e.entityId);
  if (e.entityType === 'user') return paths.user(e.entityId);
  return null;
}

/** Audit entries; each row expands to the before/after of the change. */
export function AuditTable({ items, onActor }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [open, setOpen] = useState<Set<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <ScrollTable label={t('audit.tableLabel')} minWidth={860}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={48}>
              <VisuallyHidden>{t('audit.details')}</VisuallyHidden>
            </Table.Th>
            <Table.Th scope="col">{t('audit.columns.at')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.record')}</Table.Th>
            <Table.Th scope="col">{t('audit.columns.summary')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => {
            const expanded = open.has(e.id);
            const path = recordPath(e);
            const typeLabel = KNOWN_TYPES.has(e.entityType) ? t(`entityTypes.${e.entityType}`) : e.entityType;
            const record = `${typeLabel}${e.entityId ? ` #${e.entityId}` : ''}`;
            return (
              <Fragment key={e.id}>
                <Table.Tr>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray.8"
                      aria-expanded={expanded}
                      aria-controls={`audit-details-${e.id}`}
                      aria-label={expanded ? t('audit.hideDetails') : t('audit.showDetails')}
                      onClick={() => toggle(e.id)}
                    >
                      <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" component="time" dateTime={e.at} style={{ whiteSpace: 'nowrap' }}>
                      {fmt.dateTime(e.at)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {e.actorId && e.actorEmail ? (
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        title={t('audit.filterByActor')}
                        onClick={() => onActor(e.actorId as number)}
                      >
                        {fmt.name(e.actorNameZh, e.actorNameEn) || e.actorEmail}
                      </Anchor>
                    ) : (
                      <Text size="sm">{fmt.name(e.actorNameZh, e.actorNameEn) || e.actorEmail || '—'}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {t(`auditActions.${e.action}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {path ? (
                      <AnchorLink to={path} size="sm">
                        {record}
                      </AnchorLink>
                    ) : (
                      <Text size="sm">{record}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {e.summary ?? '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
                {expanded ? (
                  <Table.Tr id={`audit-details-${e.id}`}>
                    <Table.Td colSpan={6} bg="gray.0">
                      <JsonDiff before={e.before} after={e.after} />
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
