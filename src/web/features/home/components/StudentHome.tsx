import '@mantine/core/styles/Badge.css';
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '#web/components/ui/links';
import { PageHeader } from '#web/components/ui/PageHeader';
import { useFormat } from '#web/lib/format';
import { paths } from '#web/lib/paths';
import { useHomeTodos, useMyApplications, useMyMobility, useOpenCalls } from '../api/home';
import '../i18n';

/** One card of the home page: a heading, its rows, or a sentence when there are none. */
function Section({ title, empty, children }: { title: string; empty: string; children: ReactNode[] | undefined }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children?.length ? (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {children}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </Paper>
  );
}

/**
 * A student's own home: the calls they can apply to (with the deadline), their applications and what a draft
 * still needs, and their exchanges — each with a link to the record. Staff keep the dashboard.
 */
export function StudentHome() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const en = i18n.language === 'en';
  const pick = (zh: string | null | undefined, enName: string | null | undefined) =>
    (en ? enName || zh : zh || enName) ?? '';
  const calls = useOpenCalls().data?.items.filter((c) => c.acceptingApplications);
  const applications = useMyApplications().data?.items;
  const mobility = useMyMobility().data?.items;
  const todos = useHomeTodos().data;
  const stepOf = new Map(todos?.nextSteps.map((s) => [s.mobilityId, s.step]));
  return (
    <>
      <PageHeader title={t('homeUi.title')} subtitle={t('homeUi.subtitle')} />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Section title={t('homeUi.myChecklist')} empty={t('homeUi.noChecklist')}>
          {todos?.documents.map((d) => (
            <li key={d.id}>
              <AnchorLink to={paths.mobility(d.mobilityId)} fw={600}>
                {t(`checklistKinds.${d.kind}`)}
              </AnchorLink>
              <Text size="sm">{t(`checklistStatuses.${d.status}`)}</Text>
              {d.due ? (
                <Text size="sm" c="orange.9">
                  {t('homeUi.uploadBy', { date: fmt.date(d.due) })}
                </Text>
              ) : null}
              {d.rejectionReason ? <Text size="sm">{t('homeUi.sentBack', { reason: d.rejectionReason })}</Text> : null}
              {d.expiresOn && d.status === 'approved' ? (
                <Text size="sm" c="orange.9">
                  {t('homeUi.expiresOn', { date: fmt.date(d.expiresOn) })}
                </Text>
              ) : null}
            </li>
          ))}
        </Section>
        <Section title={t('homeUi.openCalls')} empty={t('homeUi.noOpenCalls')}>
          {calls?.map((c) => (
            <li key={c.id}>
              <Group gap="xs" wrap="wrap">
                <AnchorLink to={paths.call(c.id)} fw={600}>
                  {pick(c.titleZh, c.titleEn)}
                </AnchorLink>
                {c.myApplicationId ? (
                  <Badge color="green.9" variant="light" size="sm">
                    {t('homeUi.applied')}
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm">{t('homeUi.deadline', { at: fmt.dateTime(c.deadline) })}</Text>
            </li>
          ))}
        </Section>
        <Section title={t('homeUi.myApplications')} empty={t('homeUi.noApplications')}>
          {applications?.map((a) => (
            <li key={a.id}>
              <AnchorLink to={paths.application(a.id)} fw={600}>
                {pick(a.callTitleZh, a.callTitleEn)}
              </AnchorLink>
              <Text size="sm">{t(`applicationStatuses.${a.status}`)}</Text>
              {a.status === 'draft' ? (
                <Text size="sm" c="orange.9">
                  {t('homeUi.draftNeeds')}
                </Text>
              ) : null}
            </li>
          ))}
        </Section>
        <Section title={t('homeUi.myMobility')} empty={t('homeUi.noMobility')}>
          {mobility?.map((m) => (
            <li key={m.id}>
              <AnchorLink to={paths.mobility(m.id)} fw={600}>
                {pick(m.partnerNameZh, m.partnerNameEn) || t(`mobilityStatuses.${m.status}`)}
              </AnchorLink>
              <Text size="sm">{t(`mobilityStatuses.${m.status}`)}</Text>
              {stepOf.get(m.id) ? (
                <Text size="sm" c="blue.9">
                  {t('homeUi.nextStepLine', { step: t(`homeUi.nextStep.${stepOf.get(m.id)}`) })}
                </Text>
              ) : null}
              <Text size="sm" c="dimmed">
                {t('homeUi.period', {
                  from: m.startDate ? fmt.date(m.startDate) : t('homeUi.openEnded'),
                  to: m.endDate ? fmt.date(m.endDate) : t('homeUi.openEnded'),
                })}
              </Text>
            </li>
          ))}
        </Section>
      </SimpleGrid>
    </>
  );
}
