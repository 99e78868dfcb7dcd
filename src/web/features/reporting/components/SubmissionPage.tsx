import '@mantine/core/styles/SimpleGrid.css';
import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Submission } from '#shared/schemas/reporting';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { errorText } from '#web/lib/errorText';
import { useFormat } from '#web/lib/format';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useSaveNotes, useSubmission } from '../api/reporting';
import '../i18n';
import { FigureCard } from './parts/FigureCard';
import { RecordsDrawer } from './parts/RecordsDrawer';
import { ReviewActions } from './parts/ReviewActions';
import { SubmissionStatusBadge } from './parts/StatusBadge';

/**
 * A college's submission: each indicator's figure from records (with the records behind it), target and
 * explanation; submit, return or approve by capability; an approved one shows its snapshot beside today.
 */
export function SubmissionPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams({ strict: false }).id);
  const { data: s, error, isPending, refetch } = useSubmission(id);
  const saveNotes = useSaveNotes(id);
  const [drafts, setDrafts] = useState<Map<number, string>>(new Map());
  const [drill, setDrill] = useState<{ indicatorId: number; title: string } | null>(null);
  // A new version from the server (after a save or a review step) resets the edits.
  const version = s?.version;
  useEffect(() => {
    if (version !== undefined) setDrafts(new Map());
  }, [version]);

  if (isPending) return <Loading />;
  if (!s) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const editable = s.permissions.edit;
  const text = (indicatorId: number, saved: string | null) => drafts.get(indicatorId) ?? saved ?? '';

  /** Saves changed explanations; returns the submission's version afterwards. */
  async function save(): Promise<number> {
    if (!s || !drafts.size) return s?.version ?? 0;
    const after = await saveNotes.mutateAsync({
      version: s.version,
      notes: [...drafts].map(([indicatorId, explanation]) => ({ indicatorId, explanation })),
    });
    return after.version;
  }

  return (
    <Stack gap="lg">
      <PageHeader
        above={
          <AnchorLink
            to={paths.reportingPeriod(s.period.id)}
            size="sm"
          >{`← ${fmt.name(s.period.nameZh, s.period.nameEn)}`}</AnchorLink>
        }
        title={`${fmt.name(s.unitNameZh, s.unitNameEn)} · ${fmt.name(s.period.nameZh, s.period.nameEn)}`}
        subtitle={
          <Group gap="xs">
            <SubmissionStatusBadge status={s.status} />
            <span>{t('indicatorsUi.periods.closesOn', { date: fmt.date(s.period.closesOn) })}</span>
          </Group>
        }
        actions={<ReviewActions submission={s} beforeSubmit={save} />}
      />
      <StatusNotes submission={s} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {s.figures.map((f) => (
          <FigureCard
            key={f.versionId}
            figure={f}
            draft={editable ? text(f.indicatorId, f.explanation) : undefined}
            onDraft={(value) => setDrafts((m) => new Map(m).set(f.indicatorId, value))}
            onRecords={() => setDrill({ indicatorId: f.indicatorId, title: fmt.name(f.nameZh, f.nameEn) })}
          />
        ))}
      </SimpleGrid>
      {editable ? (
        <Group justify="flex-end">
          <Button
            variant="default"
            disabled={!drafts.size}
            loading={saveNotes.isPending}
            onClick={() =>
              void save()
                .then(() => notifySuccess(t('indicatorsUi.submission.saved')))
                .catch((err) => notifyError(new Error(errorText(err))))
            }
          >
            {t('indicatorsUi.submission.saveExplanations')}
          </Button>
        </Group>
      ) : null}
      <RecordsDrawer
        submissionId={s.id}
        figure={drill}
        hasSnapshot={s.status === 'approved'}
        onClose={() => setDrill(null)}
      />
    </Stack>
  );
}

/** Who submitted and reviewed it, the reviewer's comment on a returned one, the snapshot note on an approved one. */
function StatusNotes({ submission: s }: { submission: Submission }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const person = (w: Submission['submittedBy']) => (w ? fmt.name(w.nameZh, w.nameEn) || w.email : '');
  return (
    <Stack gap="xs">
      {s.submittedBy ? (
        <Text size="sm">
          {t('indicatorsUi.submission.submittedBy', { name: person(s.submittedBy), at: fmt.dateTime(s.submittedAt) })}
        </Text>
      ) : null}
      {s.reviewedBy ? (
        <Text size="sm">
          {t('indicatorsUi.submission.reviewedBy', { name: person(s.reviewedBy), at: fmt.dateTime(s.reviewedAt) })}
        </Text>
      ) : null}
      {s.status === 'returned' && s.reviewComment ? (
        <Alert color="orange" title={t('indicatorsUi.submission.returnedTitle')}>
          {s.reviewComment}
        </Alert>
      ) : null}
      {s.status === 'approved' ? (
        <Alert color="teal" title={t('indicatorsUi.submission.approvedTitle')}>
          {t('indicatorsUi.submission.approvedHint', { at: fmt.dateTime(s.approvedAt) })}
        </Alert>
      ) : null}
    </Stack>
  );
}
