import '@mantine/core/styles/Accordion.css';
import { Accordion, Badge, Button, Checkbox, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilingProblem } from '#shared/schemas/ministry-filing';
import { DownloadButton } from '#web/components/ui/DownloadButton';
import { ErrorAlert } from '#web/components/ui/ErrorAlert';
import { Loading } from '#web/components/ui/Loading';
import { AnchorLink } from '#web/components/ui/links';
import { ScrollTable } from '#web/components/ui/ScrollTable';
import { exportUrl, useFileMinistry, useFilingCheck, useIdentityCheck } from '#web/features/ministry/api/ministry';
import { fieldErrors } from '#web/lib/api';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';

/**
 * The pre-filing check of a period (issue 17.10): every record the tables will count with a missing or
 * contradictory field, each linking to its record, in the user's language; filing needs the list
 * acknowledged, and the file for filing is the export of a filing whose list is still current.
 */
export function FilingPanel({ periodId }: { periodId: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const check = useFilingCheck(periodId);
  const file = useFileMinistry();
  const [acknowledged, setAcknowledged] = useState(false);
  const [note, setNote] = useState('');
  if (check.error) return <ErrorAlert error={check.error} onRetry={() => void check.refetch()} />;
  if (!check.data) return <Loading />;
  const c = check.data;
  const current = c.filings.find((f) => f.current);
  const fieldError = fieldErrors(file.error).acknowledged;
  return (
    <Accordion variant="contained" defaultValue={c.problems.length ? 'check' : null}>
      <Accordion.Item value="check">
        <Accordion.Control>
          <Group gap="xs">
            <Text fw={600}>{t('ministryUi.filing.title')}</Text>
            <Badge color={c.problems.length ? 'orange' : 'gray'} variant="light" tt="none">
              {t('ministryUi.filing.count', { count: c.problems.length })}
            </Badge>
            {current ? (
              <Badge color="gray" variant="outline" tt="none">
                {t('ministryUi.filing.filed')}
              </Badge>
            ) : null}
          </Group>
        </Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            {c.problems.length ? (
              <ProblemTable problems={c.problems} />
            ) : (
              <Text size="sm">{t('ministry.filing.none')}</Text>
            )}
            {c.canFile ? (
              <Stack gap="xs">
                {c.problems.length ? (
                  <Checkbox
                    label={t('ministryUi.filing.acknowledge')}
                    checked={acknowledged}
                    onChange={(e) => setAcknowledged(e.currentTarget.checked)}
                    error={fieldError}
                  />
                ) : null}
                <Textarea
                  label={t('ministryUi.filing.note')}
                  value={note}
                  onChange={(e) => setNote(e.currentTarget.value)}
                />
                {file.error && !fieldError ? <ErrorAlert error={file.error} /> : null}
                <Group>
                  <Button
                    loading={file.isPending}
                    disabled={Boolean(c.problems.length) && !acknowledged}
                    onClick={() =>
                      file.mutate({ periodId, fingerprint: c.fingerprint, acknowledged, note: note.trim() || null })
                    }
                  >
                    {t('ministryUi.filing.file')}
                  </Button>
                  {current ? (
                    <DownloadButton variant="light" href={exportUrl({ periodId, filingId: current.id })}>
                      {t('ministryUi.filing.download')}
                    </DownloadButton>
                  ) : null}
                </Group>
              </Stack>
            ) : null}
            {c.filings.map((f) => (
              <Text key={f.id} size="sm" c={f.current ? undefined : 'dimmed'}>
                {t('ministryUi.filing.entry', {
                  at: fmt.dateTime(f.filedAt),
                  name: fmt.name(f.filedByZh, f.filedByEn),
                  count: f.problemCount,
                })}
                {f.current ? '' : ` · ${t('ministryUi.filing.outdated')}`}
              </Text>
            ))}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
      <IdentityItem />
    </Accordion>
  );
}

/** Every record whose Ministry category disagrees with the person's nationality, whatever the period. */
function IdentityItem() {
  const { t } = useTranslation();
  const list = useIdentityCheck();
  const items = list.data?.items ?? [];
  return (
    <Accordion.Item value="identity">
      <Accordion.Control>
        <Group gap="xs">
          <Text fw={600}>{t('ministryUi.filing.identityTitle')}</Text>
          <Badge color={items.length ? 'red' : 'gray'} variant="light" tt="none">
            {t('ministryUi.filing.count', { count: items.length })}
          </Badge>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        {items.length ? <ProblemTable problems={items} /> : <Text size="sm">{t('ministry.filing.none')}</Text>}
      </Accordion.Panel>
    </Accordion.Item>
  );
}

function ProblemTable({ problems }: { problems: FilingProblem[] }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const en = i18n.language === 'en';
  return (
    <ScrollTable label={t('ministryUi.filing.title')} minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ministry.filing.columns.person')}</Table.Th>
            <Table.Th>{t('ministry.filing.columns.table')}</Table.Th>
            <Table.Th>{t('ministry.filing.columns.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p) => (
            <Table.Tr key={`${p.table}-${p.recordId}-${p.code}`}>
              <Table.Td>
                <AnchorLink to={paths.mobility(p.recordId)}>
                  {fmt.name(p.personNameZh, p.personNameEn) || `#${p.recordId}`}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{t(`ministry.tables.${p.table}`)}</Table.Td>
              <Table.Td>{en ? p.messageEn : p.messageZh}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
