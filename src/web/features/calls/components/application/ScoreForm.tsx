import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, Call } from '#shared/schemas/calls';
import { useSaveScores } from '#web/features/calls/api/applications';
import { fieldErrors } from '#web/lib/api';
import { errorText } from '#web/lib/errorText';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { useMe } from '#web/lib/session';

type Row = { score: number | null; comment: string };

/** A reviewer scores each criterion (0 to its maximum) with an optional comment; others' means are shown beside. */
export function ScoreForm({ call, application }: { call: Call; application: Application }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const save = useSaveScores(application.id);
  const mine = new Map(application.scores.filter((s) => s.reviewerId === me?.id).map((s) => [s.criterion, s]));
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(
      call.criteria.map((c) => [
        c.code,
        { score: mine.get(c.code)?.score ?? null, comment: mine.get(c.code)?.comment ?? '' },
      ]),
    ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const means = new Map(application.criterionMeans.map((m) => [m.criterion, m.mean]));

  const set = (code: string, change: Partial<Row>) => {
    setRows((r) => ({ ...r, [code]: { ...(r[code] as Row), ...change } }));
    setErrors({});
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const scores = call.criteria
      .map((c) => ({ criterion: c.code, score: rows[c.code]?.score ?? null, comment: rows[c.code]?.comment ?? '' }))
      .filter((s): s is { criterion: string; score: number; comment: string } => s.score !== null);
    if (scores.length === 0) {
      setErrors({ [`${call.criteria[0]?.code ?? ''}`]: t('validation.required') });
      return;
    }
    try {
      await save.mutateAsync({ scores });
      notifySuccess(t('callsUi.review.saved'));
    } catch (err) {
      // Field paths are scores.<index>.score: map them back to the criterion's row.
      const byPath = fieldErrors(err);
      const mapped: Record<string, string> = {};
      for (const [path, message] of Object.entries(byPath)) {
        const index = Number(path.split('.')[1]);
        const code = scores[index]?.criterion;
        if (code) mapped[code] = message;
      }
      setErrors(mapped);
      setFormError(errorText(err));
    }
  }

  if (call.criteria.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="review-heading">
      <Title order={2} size="h4" id="review-heading" mb="xs">
        {t('callsUi.review.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('callsUi.review.hint')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {call.criteria.map((c) => {
            const label = fmt.name(c.labelZh, c.labelEn);
            const mean = means.get(c.code);
            return (
              <Paper withBorder p="sm" radius="md" key={c.code} component="fieldset" m={0} aria-label={label}>
                <Text fw={600} size="sm" mb="xs">
                  {label}
                  <Text span c="dimmed" size="xs" ml={6}>
                    {t('callsUi.review.weightMax', { weight: fmt.number(c.weight), max: fmt.number(c.max) })}
                    {mean !== null && mean !== undefined
                      ? ` · ${t('callsUi.review.mean', { n: fmt.number(Math.round(mean * 100) / 100) })}`
                      : ''}
                  </Text>
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <NumberInput
                    label={t('callsUi.review.scoreFor', { name: label })}
                    description={t('callsUi.review.range', { max: fmt.number(c.max) })}
                    min={0}
                    max={c.max}
                    allowNegative={false}
                    decimalScale={2}
                    value={rows[c.code]?.score ?? ''}
                    error={errors[c.code]}
                    onChange={(v) => set(c.code, { score: typeof v === 'number' ? v : null })}
                  />
                  <Textarea
                    label={t('callsUi.review.commentFor', { name: label })}
                    autosize
                    minRows={1}
                    maxRows={6}
                    value={rows[c.code]?.comment ?? ''}
                    onChange={(e) => set(c.code, { comment: e.currentTarget.value })}
                  />
                </SimpleGrid>
              </Paper>
            );
          })}
          {formError ? (
            <Alert color="red" variant="light" role="alert" title={t('common.errorTitle')}>
              {formError}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('callsUi.review.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
