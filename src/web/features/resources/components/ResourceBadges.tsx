import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResourceSummary } from '#shared/schemas/resources';
import { useFormat } from '#web/lib/format';

/** Today as YYYY-MM-DD in Taiwan, to compare with a review date. */
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** An item's audience, languages and review date (red once the date has passed). */
export function ResourceBadges({ r }: { r: ResourceSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const overdue = r.reviewOn !== null && r.reviewOn < today();
  return (
    <Group gap={4} wrap="wrap">
      <Badge variant="light" color={r.audience === 'public' ? 'teal' : 'gray'}>
        {t(`resourcesUi.audiences.${r.audience}`)}
      </Badge>
      <Badge variant="outline" title={t(`resourcesUi.languageOptions.${r.languages}`)}>
        {t(`resourcesUi.languageMarks.${r.languages}`)}
      </Badge>
      {r.kind === 'link' ? <Badge variant="outline">{t('resourcesUi.kinds.link')}</Badge> : null}
      {r.reviewOn ? (
        <Badge color={overdue ? 'red' : 'gray'} variant={overdue ? 'filled' : 'light'}>
          {t(overdue ? 'resourcesUi.reviewOverdue' : 'resourcesUi.reviewBy', { date: f.date(r.reviewOn) })}
        </Badge>
      ) : null}
      {r.archived ? <Badge color="gray">{t('resourcesUi.archived')}</Badge> : null}
    </Group>
  );
}
