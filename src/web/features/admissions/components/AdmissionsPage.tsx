import '@mantine/core/styles/Badge.css';
import { Badge } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { academicYearLabelParams } from '#shared/calendar';
import { CardListPage } from '#web/components/ui/CardListPage';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useCreateRound, useRounds } from '../api/admissions';
import '../i18n';
import { RoundForm } from './RoundForm';

/** Admission rounds, newest first, as cards (the same on a phone). */
export function AdmissionsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const canCreate = useCan('admissions', 'manage');
  const list = useRounds();
  const create = useCreateRound();
  return (
    <CardListPage
      title={t('admissionsUi.title')}
      subtitle={t('admissionsUi.subtitle')}
      newLabel={t('admissionsUi.newRound')}
      canCreate={canCreate}
      list={list}
      empty={t('admissionsUi.empty')}
      card={(r) => ({
        to: paths.admissionRound(r.id),
        title: fmt.name(r.nameZh, r.nameEn),
        dimmed: (
          <>
            {t('common.academicYearOption', academicYearLabelParams(r.academicYear))} ·{' '}
            {t(`admissions.semesters.${r.semester}`)}
          </>
        ),
        line: t('admissionsUi.period', {
          from: fmt.date(r.opensAt.slice(0, 10)),
          to: fmt.date(r.closesAt.slice(0, 10)),
        }),
        badges: (
          <>
            <Badge variant="light" tt="none">
              {t(`admissions.kinds.${r.kind}`)}
            </Badge>
            <Badge variant="light" color="teal" tt="none">
              {t('admissionsUi.applicationsCount', { n: fmt.number(r.applications) })}
            </Badge>
            <Badge variant="outline" color={r.open ? 'blue' : 'gray'} tt="none">
              {r.open ? t('admissionsUi.open') : t('admissionsUi.closed')}
            </Badge>
          </>
        ),
      })}
      form={(close) => (
        <RoundForm
          onSubmit={async (body) => {
            const round = await create.mutateAsync(body);
            notifySuccess(t('admissionsUi.saved'));
            close();
            void navigate({ to: paths.admissionRound(round.id) });
          }}
        />
      )}
    />
  );
}
