import '@mantine/core/styles/SimpleGrid.css';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SubmissionFigure } from '#shared/schemas/reporting';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';

type Props = {
  figure: SubmissionFigure;
  /** The explanation being edited (undefined when the submission cannot be edited). */
  draft?: string;
  onDraft: (text: string) => void;
  onRecords: () => void;
};

/** One indicator in a submission: the figure from records, its target, the snapshot's figure and the difference, the explanation. */
export function FigureCard({ figure: f, draft, onDraft, onRecords }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const name = fmt.name(f.nameZh, f.nameEn);
  const approved = f.snapshotValue !== null;
  const diff = f.difference ?? 0;
  const cell = (label: string, value: string, strong = false) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={strong ? 700 : 500} size={strong ? 'xl' : 'md'}>
        {value}
      </Text>
    </div>
  );
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={name}>
      <Stack gap="xs">
        <div>
          <Text fw={600}>{name}</Text>
          <Text size="xs" c="dimmed">
            {`${f.code} · ${f.method === 'computed' ? t(`computedRules.${f.rule}`) : t(`activityKinds.${f.activityKind}`)}`}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 2, sm: approved ? 4 : 2 }} spacing="xs">
          {approved ? (
            <>
              {cell(t('indicatorsUi.submission.snapshotValue'), fmt.number(f.snapshotValue ?? 0), true)}
              {cell(t('indicatorsUi.submission.todayValue'), fmt.number(f.value))}
              {cell(
                t('indicatorsUi.submission.difference'),
                diff === 0 ? '0' : `${diff > 0 ? '+' : '−'}${fmt.number(Math.abs(diff))}`,
              )}
            </>
          ) : (
            cell(t('indicatorsUi.submission.value'), fmt.number(f.value), true)
          )}
          {cell(t('indicatorsUi.submission.target'), f.target === null ? '—' : fmt.number(f.target))}
        </SimpleGrid>
        <Group gap="xs">
          <Button
            variant="light"
            size="compact-sm"
            onClick={onRecords}
            aria-label={t('indicatorsUi.submission.recordsOf', { name })}
          >
            {t('indicatorsUi.submission.records')}
          </Button>
          {f.method === 'manual' && f.activityKind ? (
            <Anchor size="sm" href={`${paths.activities()}?kind=${f.activityKind}`}>
              {t('indicatorsUi.submission.editActivities')}
            </Anchor>
          ) : null}
        </Group>
        {draft !== undefined ? (
          <Textarea
            label={t('indicatorsUi.submission.explanation')}
            autosize
            minRows={1}
            maxRows={5}
            maxLength={4000}
            value={draft}
            onChange={(e) => onDraft(e.currentTarget.value)}
          />
        ) : f.explanation ? (
          <Text size="sm">
            <Text span fw={600} size="sm">{`${t('indicatorsUi.submission.explanation')}: `}</Text>
            {f.explanation}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
