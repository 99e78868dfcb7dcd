import '@mantine/core/styles/Badge.css';
import { Badge } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CardListPage } from '#web/components/ui/CardListPage';
import { useFormat } from '#web/lib/format';
import { notifySuccess } from '#web/lib/notify';
import { paths } from '#web/lib/paths';
import { useCan } from '#web/lib/session';
import { useCreateProgram, usePrograms } from '../api/cohorts';
import '../i18n';
import { emptyProgram, ProgramForm } from './ProgramForm';

/** The office's cohort programs, newest first, as cards (the same on a phone). */
export function CohortsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const canCreate = useCan('cohorts', 'write');
  const list = usePrograms();
  const create = useCreateProgram();
  return (
    <CardListPage
      title={t('cohortsUi.title')}
      subtitle={t('cohortsUi.subtitle')}
      newLabel={t('cohortsUi.new')}
      canCreate={canCreate}
      list={list}
      empty={t('cohortsUi.empty')}
      card={(p) => ({
        to: paths.cohort(p.id),
        title: fmt.name(p.nameZh, p.nameEn),
        dimmed: fmt.otherName(p.nameZh, p.nameEn),
        line: `${fmt.date(p.startDate)} – ${fmt.date(p.endDate)}`,
        badges: (
          <>
            <Badge variant="light" tt="none">
              {t('cohortsUi.applicationsCount', { n: fmt.number(p.applications) })}
            </Badge>
            <Badge variant="light" color="teal" tt="none">
              {t('cohortsUi.participantsCount', { n: fmt.number(p.participants), places: fmt.number(p.places) })}
            </Badge>
            {p.applicationsOpen ? (
              <Badge variant="outline" color="blue" tt="none">
                {t('cohortsUi.open')}
              </Badge>
            ) : null}
          </>
        ),
      })}
      form={(close) => (
        <ProgramForm
          initial={emptyProgram(null)}
          busy={create.isPending}
          onCancel={close}
          onSubmit={async (value) => {
            const p = await create.mutateAsync(value);
            notifySuccess(t('cohortsUi.saved'));
            close();
            void navigate({ to: paths.cohort(p.id) });
          }}
        />
      )}
    />
  );
}
