import { ActionIcon, VisuallyHidden } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '#web/lib/paths';
import { useUnreadCount } from '../api/notifications';
import '../i18n';

const badge = {
  position: 'absolute',
  top: 0,
  right: 0,
  minWidth: 18,
  height: 18,
  padding: '0 4px',
  borderRadius: 9,
  background: 'var(--mantine-color-red-8)',
  color: 'white',
  fontSize: 11,
  fontWeight: 700,
  lineHeight: '18px',
  textAlign: 'center',
} as const;

/**
 * A link to the notifications page showing how many are unread (polled every minute while the tab is visible).
 * It counts groups (one record and kind), as the page lists them: the fifth reminder about one agreement is one
 * thing to look at, not five.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const count = useUnreadCount().data?.groups ?? 0;
  const label = count > 0 ? t('notificationsUi.bellGroups', { count }) : t('nav.bell');
  return (
    <ActionIcon
      component={Link}
      to={paths.notifications()}
      variant="subtle"
      color="gray.8"
      size="lg"
      radius="xl"
      title={label}
      pos="relative"
    >
      <svg
        width="22"
        height="22"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        aria-hidden="true"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" />
      </svg>
      {/* The name comes from this text (not aria-label), so it always contains the number shown. */}
      <VisuallyHidden>{label}</VisuallyHidden>
      {count > 0 ? (
        <span style={badge} aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </ActionIcon>
  );
}
