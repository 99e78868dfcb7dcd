import { Alert, Button, Code, FileInput, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '#shared/schemas/agreements';
import type { Difference, EwpImportResult, EwpStatus } from '#shared/schemas/ewp';
import { ConfirmButton } from '#web/components/ui/ConfirmButton';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { useApproveEwp, useEwpStatus, useImportEwpCopy, useResolveEwp } from '#web/features/agreements/api/ewp';
import { isApiError } from '#web/lib/api';
import { errorText } from '#web/lib/errorText';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { EwpDiffTable } from './EwpDiffTable';

const short = (hash: string | null) => (hash ? hash.slice(0, 12) : '—');

/**
 * Erasmus Without Paper on the agreement page (issue 22, ADR 0033): import the partner's copy, the differences
 * with one click each to take theirs or keep ours, and "we approve your copy as of hash H" with whether it holds.
 */
export function EwpPanel({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const status = useEwpStatus(agreement.id);
  const resolve = useResolveEwp(agreement.id);
  const [error, setError] = useState<unknown>(null);
  const s = status.data;

  async function onResolve(d: Difference, action: 'take' | 'keep') {
    if (!s?.copy || !s.ourHash) return;
    setError(null);
    try {
      await resolve.mutateAsync({ differenceId: d.id, action, copyId: s.copy.id, ourHash: s.ourHash });
      notifySuccess(action === 'take' ? t('ewpUi.taken') : t('ewpUi.keptDone'));
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="ewp-heading">
      <Title order={2} size="h4" id="ewp-heading" mb="xs">
        {t('ewpUi.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('ewpUi.intro')}
      </Text>
      {status.isPending ? <Loading /> : null}
      {!s && !status.isPending ? <ErrorAlert error={status.error} onRetry={() => void status.refetch()} /> : null}
      {s ? (
        <Stack gap="sm">
          <Hashes status={s} />
          {s.permissions.manage ? <ImportForm agreementId={agreement.id} /> : null}
          {error ? <Alert color="red">{errorText(error)}</Alert> : null}
          {s.copy ? (
            s.differences.length === 0 ? (
              <Text>{t('ewpUi.same')}</Text>
            ) : (
              <>
                <Title order={3} size="h5">
                  {t('ewpUi.differences', { count: s.differences.length })}
                </Title>
                <EwpDiffTable
                  differences={s.differences}
                  canManage={s.permissions.manage}
                  busy={resolve.isPending}
                  onResolve={onResolve}
                />
              </>
            )
          ) : (
            <Text c="dimmed">{t('ewpUi.noCopy')}</Text>
          )}
          <ApprovalBlock status={s} />
        </Stack>
      ) : null}
    </Paper>
  );
}

function Hashes({ status: s }: { status: EwpStatus }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap={4}>
      {s.ourProblem ? (
        <Alert color="yellow">{t('ewpUi.cannotExport', { reason: t(`errors.${s.ourProblem}`) })}</Alert>
      ) : (
        <Text size="sm">
          {t('ewpUi.ourHash')}: <Code title={s.ourHash ?? ''}>{short(s.ourHash)}</Code>
        </Text>
      )}
      {s.copy ? (
        <>
          <Text size="sm">
            {t('ewpUi.theirHash')}: <Code title={s.copy.hash}>{short(s.copy.hash)}</Code>
          </Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('ewpUi.copyFrom', {
              file: s.copy.fileName,
              hei: s.copy.partnerHeiId,
              by: s.copy.importedBy ?? '—',
              at: fmt.dateTime(s.copy.importedAt),
            })}
          </Text>
          {!s.copy.hashMatches ? <Alert color="yellow">{t('ewpUi.hashMismatch')}</Alert> : null}
          {!s.copy.validForApproval ? <Alert color="yellow">{t('ewpUi.notValidForApproval')}</Alert> : null}
        </>
      ) : null}
    </Stack>
  );
}

/** The partner's file; when it could be about several of our agreements, staff pick one and it is posted again. */
function ImportForm({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const upload = useImportEwpCopy(agreementId);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [candidates, setCandidates] = useState<Extract<EwpImportResult, { status: 'ambiguous' }>['candidates']>([]);

  async function send(agreement?: number) {
    if (!file) return;
    setError(null);
    try {
      const result = await upload.mutateAsync({ file, agreementId: agreement });
      if (result.status === 'ambiguous') setCandidates(result.candidates);
      else {
        setCandidates([]);
        setFile(null);
        notifySuccess(t('ewpUi.imported'));
      }
    } catch (err) {
      setError(err);
    }
  }
  const lines = isApiError(error) ? error.fields.filter((f) => f.path === 'file').map((f) => f.message) : [];

  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void send();
      }}
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <FileInput
          label={t('ewpUi.importLabel')}
          accept=".xml,application/xml,text/xml"
          value={file}
          onChange={setFile}
          clearable
          style={{ flex: '1 1 16rem' }}
        />
        <Button type="submit" loading={upload.isPending} disabled={!file}>
          {t('ewpUi.importButton')}
        </Button>
      </Group>
      {error ? (
        <Alert color="red" mt="sm">
          {lines.length ? errorText(error, ['file']) || null : errorText(error)}
          {lines.length ? (
            <List size="sm" mt={4}>
              {lines.map((l) => (
                <List.Item key={l}>{l}</List.Item>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
      {candidates.length ? (
        <Stack gap={4} mt="sm">
          <Text size="sm">{t('ewpUi.pickTitle')}</Text>
          {candidates.map((c) => (
            <Group key={c.id} gap="sm">
              <Text size="sm">{`${c.code ?? `#${c.id}`} ${fmt.name(c.titleZh, c.titleEn)}`}</Text>
              <Button size="compact-sm" variant="default" onClick={() => void send(c.id)}>
                {t('ewpUi.pick')}
              </Button>
            </Group>
          ))}
        </Stack>
      ) : null}
    </form>
  );
}

function ApprovalBlock({ status: s }: { status: EwpStatus }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const approve = useApproveEwp(s.agreementId);
  const a = s.approval;
  const canApprove =
    s.permissions.manage && s.copy && s.ourHash && s.copy.validForApproval && s.differences.length === 0 && !a?.holds;
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {t('ewpUi.approval')}
      </Title>
      {a ? (
        <>
          <Text size="sm">
            {t('ewpUi.approvedAs', {
              by: a.approvedBy ?? '—',
              at: fmt.dateTime(a.approvedAt),
              hash: short(a.theirHash),
            })}
          </Text>
          {a.holds ? (
            <Alert color="green">{t('ewpUi.holds')}</Alert>
          ) : (
            <Alert color="yellow">{a.ourChanged ? t('ewpUi.lapsedOurs') : t('ewpUi.lapsedTheirs')}</Alert>
          )}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('ewpUi.notApproved')}
        </Text>
      )}
      {canApprove && s.copy && s.ourHash ? (
        <Group>
          <ConfirmButton
            label={t('ewpUi.approve')}
            title={t('ewpUi.approve')}
            message={t('ewpUi.approveConfirm', { hash: short(s.copy.hash) })}
            busy={approve.isPending}
            onConfirm={async () => {
              if (!s.copy || !s.ourHash) return;
              await approve.mutateAsync({ copyId: s.copy.id, theirHash: s.copy.hash, ourHash: s.ourHash });
              notifySuccess(t('ewpUi.approved'));
            }}
          />
        </Group>
      ) : null}
    </Stack>
  );
}
