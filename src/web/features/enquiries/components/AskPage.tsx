import {
  Accordion,
  Alert,
  Button,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENQUIRY_LIMITS } from '#shared/enquiries';
import { localName } from '#shared/i18n/names';
import { HoneypotField } from '#web/components/ui/HoneypotField';
import { PublicFrame } from '#web/components/ui/PublicFrame';
import { useLocale } from '#web/lib/locale';
import { usePublicForm } from '#web/lib/publicForm';
import { submitEnquiry, usePublicCategories, usePublicFaq } from '../api/public';
import '../i18n';

type Form = { categoryCode: string; name: string; email: string; subject: string; body: string; website: string };
const EMPTY: Form = { categoryCode: '', name: '', email: '', subject: '', body: '', website: '' };

/** The public question form (/ask, no sign-in) and the published FAQ below it. */
export function AskPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const categories = usePublicCategories();
  const [answerIn, setAnswerIn] = useState<string>(locale);
  const [reference, setReference] = useState<string | null>(null);
  const { field, honeypot, error, busy, submit } = usePublicForm(
    EMPTY,
    async (form) => {
      const receipt = await submitEnquiry({ ...form, locale: answerIn === 'en' ? 'en' : 'zh-TW' });
      setReference(receipt.reference);
    },
    { again: true },
  );

  const options = [
    { value: '', label: '—' },
    ...(categories.data?.items ?? []).map((c) => ({ value: c.code, label: localName(locale, c.nameZh, c.nameEn) })),
  ];
  return (
    <PublicFrame title={t('enquiriesUi.ask.title')} intro={t('enquiriesUi.ask.intro')}>
      {reference ? (
        <Alert color="green" variant="light" role="status">
          {t('enquiriesUi.ask.sent', { reference })}
        </Alert>
      ) : null}
      {error ? (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Stack>
          <NativeSelect label={t('enquiriesUi.ask.category')} required data={options} {...field('categoryCode')} />
          <TextInput
            label={t('enquiriesUi.ask.name')}
            required
            autoComplete="name"
            maxLength={ENQUIRY_LIMITS.name}
            {...field('name')}
          />
          <TextInput
            label={t('enquiriesUi.ask.email')}
            required
            type="email"
            autoComplete="email"
            {...field('email')}
          />
          <TextInput
            label={t('enquiriesUi.ask.subject')}
            required
            maxLength={ENQUIRY_LIMITS.subject}
            {...field('subject')}
          />
          <Textarea
            label={t('enquiriesUi.ask.body')}
            required
            autosize
            minRows={5}
            maxLength={ENQUIRY_LIMITS.body}
            {...field('body')}
          />
          <HoneypotField {...honeypot} />
          <div>
            <Text size="sm" fw={500} mb={4} id="answer-in">
              {t('enquiriesUi.ask.language')}
            </Text>
            <SegmentedControl
              aria-labelledby="answer-in"
              value={answerIn}
              onChange={setAnswerIn}
              data={[
                { value: 'zh-TW', label: '中文' },
                { value: 'en', label: 'English' },
              ]}
            />
          </div>
          <Text size="xs" c="dimmed">
            {t('enquiriesUi.ask.privacy')}
          </Text>
          <Button type="submit" loading={busy} fullWidth>
            {t('enquiriesUi.ask.submit')}
          </Button>
        </Stack>
      </form>
      <FaqList />
    </PublicFrame>
  );
}

/** The published FAQ in the reader's language, or in the other one with a note when a translation is missing. */
function FaqList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const faq = usePublicFaq();
  const items = faq.data?.items ?? [];
  if (!items.length) return null;
  return (
    <section aria-labelledby="faq-title">
      <Title order={2} size="h4" id="faq-title" mb="xs">
        {t('enquiriesUi.ask.faq')}
      </Title>
      <Accordion variant="separated">
        {items.map((f) => {
          const missing = f.missing.includes(locale);
          return (
            <Accordion.Item key={f.id} value={String(f.id)}>
              <Accordion.Control>
                {localName(locale, f.questionZh, f.questionEn)}
                {missing ? (
                  <Text span size="xs" c="dimmed" ml={4}>
                    {t('enquiriesUi.ask.missing')}
                  </Text>
                ) : null}
              </Accordion.Control>
              <Accordion.Panel>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {localName(locale, f.answerZh, f.answerEn)}
                </Text>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </section>
  );
}
