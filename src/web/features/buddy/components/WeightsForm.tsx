import { Badge, Button, Group, NumberInput, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUDDY_WEIGHT_KEYS, type BuddyWeights } from '#shared/buddy';
import type { BuddyRoundDetail } from '#shared/schemas/buddy';
import { fieldErrors } from '#web/lib/api';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useSetWeights } from '../api/buddy';

type Draft = Record<keyof BuddyWeights, number | ''>;

/** Staff: the weights this round's matching uses (whole numbers ≥ 0; the server answers on each field). */
export function WeightsForm({ round }: { round: BuddyRoundDetail }) {
  const { t } = useTranslation();
  const save = useSetWeights();
  const [draft, setDraft] = useState<Draft>(round.weights);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => setDraft(round.weights), [round.weights]);

  async function send(weights: BuddyWeights | null) {
    try {
      await save.mutateAsync({ id: round.id, weights, version: round.version });
      setErrors({});
      notifySuccess(t('buddyUi.weights.saved'));
    } catch (err) {
      const fields = fieldErrors(err);
      setErrors(fields);
      if (!Object.keys(fields).length) notifyError(err);
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // An emptied box is sent as it is (not a number): the server names the field.
    void send(draft as BuddyWeights);
  };

  return (
    <Paper withBorder p="md" mt="lg" component="form" onSubmit={submit} noValidate aria-labelledby="buddy-weights">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="buddy-weights">
          {t('buddyUi.weights.title')}
        </Title>
        <Badge variant="light" color={round.weightsDefault ? 'gray' : 'blue'}>
          {t(round.weightsDefault ? 'buddyUi.weights.default' : 'buddyUi.weights.custom')}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('buddyUi.weights.how')}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {BUDDY_WEIGHT_KEYS.map((k) => (
          <NumberInput
            key={k}
            label={t(`buddyUi.weights.keys.${k}`)}
            min={0}
            max={1000}
            allowDecimal={false}
            value={draft[k]}
            onChange={(n) => setDraft((d) => ({ ...d, [k]: n === '' ? '' : Number(n) }))}
            error={errors[`weights.${k}`]}
          />
        ))}
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        <Button variant="default" disabled={round.weightsDefault} onClick={() => void send(null)}>
          {t('buddyUi.weights.reset')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t('buddyUi.weights.save')}
        </Button>
      </Group>
    </Paper>
  );
}
