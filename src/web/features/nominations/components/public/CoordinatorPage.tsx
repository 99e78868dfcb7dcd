import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { academicYearShortLabelParams } from '#shared/calendar';
import { PublicFrame } from '#web/components/ui/PublicFrame';
import { useFormat } from '#web/lib/format';
import { useCoordinatorView } from '../../api/nominations';
import { NomineeList } from '../NomineeList';
import { ContactsForm } from './ContactsForm';
import { FactsheetForm } from './FactsheetForm';
import { NominateForm } from './NominateForm';
import '../../i18n';

/**
 * A partner coordinator's page, opened from the personal link in their mail (no account): the windows,
 * the places, their nominees with status, the nomination form, their contacts and factsheet texts.
 */
export function CoordinatorPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const token = String(useParams({ strict: false }).token ?? '');
  const view = useCoordinatorView(token);
  const d = view.data;
  const title = d ? fmt.name(d.partner.nameZh, d.partner.nameEn) : t('nominationsUi.coordinator.title');
  return (
    <PublicFrame
      title={title}
      intro={
        d ? t('nominationsUi.coordinator.intro', { contact: d.contactName, expires: fmt.date(d.expiresAt) }) : undefined
      }
    >
      {view.error ? (
        <Alert color="red" role="alert">
          {t('nominationsUi.coordinator.invalid')}
        </Alert>
      ) : !d ? null : (
        <Stack gap="lg">
          <Stack gap={4}>
            {d.windows.map((w) => (
              <Group key={w.id} gap="xs" wrap="nowrap">
                <Badge color={w.open ? 'green' : 'gray'} variant="light">
                  {t(w.open ? 'nominationsUi.windowOpen' : 'nominationsUi.windowClosed')}
                </Badge>
                <Text size="sm">
                  {t('nominationsUi.window', {
                    year: t('common.academicYearOption', academicYearShortLabelParams(w.academicYear)),
                    term: t(`nominationTerms.${w.term}`),
                    from: fmt.date(w.opensOn),
                    to: fmt.date(w.closesOn),
                  })}
                </Text>
              </Group>
            ))}
            {d.places.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('nominationsUi.noPlaces')}
              </Text>
            ) : null}
            {d.places.map((p) => (
              <Text key={p.academicYear} size="sm">
                {t('nominationsUi.places', {
                  year: t('common.academicYearOption', academicYearShortLabelParams(p.academicYear)),
                  used: p.used,
                  places: p.places,
                })}
              </Text>
            ))}
          </Stack>
          <section>
            <Title order={2} size="h4" mb="xs">
              {t('nominationsUi.coordinator.nominees')}
            </Title>
            <NomineeList label={t('nominationsUi.coordinator.nominees')} items={d.nominees} />
          </section>
          <section>
            <Title order={2} size="h4" mb="xs">
              {t('nominationsUi.coordinator.nominate')}
            </Title>
            <NominateForm token={token} windows={d.windows} />
          </section>
          <section>
            <Title order={2} size="h4" mb="xs">
              {t('nominationsUi.coordinator.contacts')}
            </Title>
            <ContactsForm token={token} contacts={d.contacts} />
          </section>
          <section>
            <Title order={2} size="h4" mb="xs">
              {t('nominationsUi.coordinator.factsheet')}
            </Title>
            <FactsheetForm token={token} factsheet={d.factsheet} />
          </section>
        </Stack>
      )}
    </PublicFrame>
  );
}
