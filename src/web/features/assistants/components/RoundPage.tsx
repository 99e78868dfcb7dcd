import '@mantine/core/styles/Table.css';
import { Badge, Button, Group, Table } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AssistantApplicationStage, STAGE_MOVES } from '#shared/assistants';
import type { ApplicationSummary } from '#shared/schemas/assistants';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { PageHeader } from '#web/components/ui/PageHeader';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { useFormat } from '#web/lib/format';
import { notifyError } from '#web/lib/notify';
import { useUnitName } from '#web/lib/reference';
import { useChangeStage, useRound } from '../api/assistants';
import '../i18n';
import { RoundEditModal } from './RoundEditModal';

/** Staff: one recruitment round's applications, moved along applied → interview → selected | rejected. */
export function RoundPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const unitName = useUnitName();
  const id = Number(useParams({ strict: false }).id);
  const q = useRound(id);
  const stage = useChangeStage();
  const [editing, setEditing] = useState(false);
  const move = async (a: ApplicationSummary, to: AssistantApplicationStage) => {
    const reason = to === 'rejected' ? window.prompt(t('assistantsUi.round.reason')) : null;
    if (to === 'rejected' && !reason) return;
    try {
      await stage.mutateAsync({
        id: a.id,
        body: { stage: to, reason, interviewOn: null, interviewScore: null, version: a.version },
      });
    } catch (err) {
      notifyError(err);
    }
  };
  const r = q.data;
  if (!r) return q.error ? <ErrorAlert error={q.error} onRetry={() => q.refetch()} /> : <Loading />;
  return (
    <>
      <PageHeader
        title={f.name(r.titleZh, r.titleEn)}
        subtitle={t('assistantsUi.rounds.counts', { applicants: r.applicants, selected: r.selected, places: r.places })}
        actions={<Button onClick={() => setEditing(true)}>{t('assistantsUi.rounds.edit')}</Button>}
      />
      {editing ? <RoundEditModal round={r} onClose={() => setEditing(false)} /> : null}
      <ScrollTable label={t('assistantsUi.round.applications')} minWidth={720}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('assistantsUi.list.name')}</Table.Th>
              <Table.Th>{t('assistantsUi.list.unit')}</Table.Th>
              <Table.Th>{t('assistantsUi.list.languages')}</Table.Th>
              <Table.Th>{t('assistantsUi.round.stage')}</Table.Th>
              <Table.Th>{t('assistantsUi.round.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.applications.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{f.name(a.nameZh, a.nameEn)}</Table.Td>
                <Table.Td>{unitName(a.unitId)}</Table.Td>
                <Table.Td>{a.languages.join(', ')}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`assistantsUi.stages.${a.stage}`)}</Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="wrap">
                    {STAGE_MOVES[a.stage].map((to) => (
                      <Button key={to} size="xs" variant="light" onClick={() => move(a, to)}>
                        {t(`assistantsUi.moves.${to}`)}
                      </Button>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </>
  );
}
