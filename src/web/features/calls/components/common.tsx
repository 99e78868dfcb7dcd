import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { academicYearLabelParams } from '#shared/calendar';
import type { ApplicationStatus, CallStatus } from '#shared/mobility';
import { useFormat } from '#web/lib/format';

const CALL_COLORS: Record<CallStatus, string> = {
  draft: 'gray',
  open: 'teal',
  closed: 'orange',
  allocated: 'blue',
  published: 'indigo',
};

export function CallStatusBadge({ status }: { status: CallStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={CALL_COLORS[status]} variant="light" tt="none">
      {t(`callStatuses.${status}`)}
    </Badge>
  );
}

const APPLICATION_COLORS: Partial<Record<ApplicationStatus, string>> = {
  submitted: 'blue',
  selected: 'teal',
  nominated: 'teal',
  accepted: 'green',
  waitlisted: 'orange',
  not_selected: 'red',
  ineligible: 'red',
  rejected_by_partner: 'red',
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={APPLICATION_COLORS[status] ?? 'gray'} variant="light" tt="none">
      {t(`applicationStatuses.${status}`)}
    </Badge>
  );
}

/** Whole days from now until an instant (negative once past), counted in the reader's time zone. */
export function daysLeft(iso: string, now = new Date()): number {
  const end = new Date(iso);
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(end) - day(now)) / 86_400_000);
}

/** A deadline in the reader's local time, with how many days are left while it is ahead. */
export function Deadline({ iso, withDays = true }: { iso: string; withDays?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const past = new Date(iso).getTime() <= Date.now();
  const days = daysLeft(iso);
  return (
    <>
      <time dateTime={iso}>{fmt.dateTime(iso)}</time>
      {withDays ? (
        <Text span size="sm" c={past ? 'red.8' : days <= 3 ? 'orange.9' : 'dimmed'} ml={6}>
          {past
            ? t('callsUi.deadline.passed')
            : days === 0
              ? t('callsUi.deadline.today')
              : t('callsUi.deadline.daysLeft', { n: days })}
        </Text>
      ) : null}
    </>
  );
}

/** "114 學年度 春季" / "2025–2026 spring". */
export function useTermLabel() {
  const { t } = useTranslation();
  return (year: number, term: string) =>
    t('callsUi.yearTerm', { ...academicYearLabelParams(year), term: t(`callTerms.${term}`) });
}
