import { Button, NumberInput, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackAuthor } from '#shared/assistants';
import type { Assistant } from '#shared/schemas/assistants';
import { fieldErrors } from '#web/lib/api';
import { notifyError, notifySuccess } from '#web/lib/notify';
import { useWriteFeedback } from '../api/assistants';

/** End-of-term feedback of one side: the assistant's own words, or the staff's with a 1–5 rating. */
export function FeedbackForm({ assistant, author }: { assistant: Assistant; author: FeedbackAuthor }) {
  const { t } = useTranslation();
  const existing = assistant.feedback.find((x) => x.author === author);
  const write = useWriteFeedback();
  const [text, setText] = useState(existing?.text ?? '');
  const [rating, setRating] = useState<number | string>(existing?.rating ?? 4);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    try {
      await write.mutateAsync({
        assistantId: assistant.id,
        author,
        body: { text, rating: author === 'staff' ? Number(rating) : null },
      });
      setErrors({});
      notifySuccess(t('assistantsUi.feedback.saved'));
    } catch (err) {
      setErrors(fieldErrors(err));
      notifyError(err);
    }
  };
  return (
    <Stack gap="xs" component="form" onSubmit={(e) => (e.preventDefault(), submit())}>
      <Textarea
        label={t(author === 'staff' ? 'assistantsUi.feedback.staffLabel' : 'assistantsUi.feedback.ownLabel')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={errors.text}
        autosize
        minRows={3}
        required
      />
      {author === 'staff' ? (
        <NumberInput
          label={t('assistantsUi.feedback.rating')}
          min={1}
          max={5}
          value={rating}
          onChange={setRating}
          error={errors.rating}
          w={140}
        />
      ) : null}
      <Button type="submit" variant="light" loading={write.isPending}>
        {t('assistantsUi.feedback.save')}
      </Button>
    </Stack>
  );
}
