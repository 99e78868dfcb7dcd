import type { DeepStrings } from './merge.js';
import type { uiNotificationsZhTW } from './ui.notifications.zh-TW.js';

export const uiNotificationsEn: DeepStrings<typeof uiNotificationsZhTW> = {
  notificationsUi: {
    title: 'Notifications',
    subtitleStaff:
      'Agreement end and notice reminders, submissions to review, documents expiring; notices of one kind about one record are shown as one row.',
    subtitleStudent:
      'News about your applications, selection results, documents to upload and your exchange; notices of one kind about one record are shown as one row.',
    groupCount: '{{count}} notices, {{unread}} unread',
    latestAt: 'Latest: {{at}}',
    markGroupRead: 'Mark {{count}} read',
    bellGroups: 'Notifications: {{count}} unread items',
    show: 'Show',
    all: 'All',
    unreadOnly: 'Unread',
    unread: 'Unread',
    markRead: 'Mark as read',
    markAllRead: 'Mark all as read',
    allRead: 'All notifications marked as read.',
    openRecord: 'Open record',
    listLabel: 'Notifications',
    empty: 'No notifications yet.',
    emptyUnread: 'No unread notifications.',
    digest: {
      tab: 'Digest',
      other: 'Other notifications',
      summary: 'Mail: {{mode}} · {{count}} unread',
    },
    mail: {
      title: 'E-mail',
      subtitle:
        'Notifications always appear here; choose which kinds are also e-mailed to you. The daily digest is one mail in the morning with everything since the last one.',
      saved: 'Mail settings saved.',
      modes: { digest: 'Daily digest', each: 'Each one', none: 'No mail' },
      topics: {
        agreement: 'Agreements ending or entering their notice period',
        document: 'Residence permits, work permits and documents expiring',
        submission_reminder: 'Indicator reporting opened and closing',
        submission_review: 'Indicator reports submitted, returned and approved',
        call_result: 'Selection results',
      },
    },
    outbox: {
      title: 'Mail outbox',
      subtitle: 'Every e-mail the system sends, with its delivery status.',
      noSmtp: 'No SMTP server is configured (SMTP_URL): e-mails are kept here and not sent.',
      status: 'Status',
      allStatuses: 'All statuses',
      tableLabel: 'E-mails',
      empty: 'No matching e-mails.',
      view: 'View',
      viewMessage: 'View e-mail: {{subject}}',
      statuses: { pending: 'Waiting', sending: 'Sending', sent: 'Sent', failed: 'Failed' },
      columns: { to: 'To', subject: 'Subject', created: 'Created', sent: 'Sent', attempts: 'Attempts' },
      message: {
        from: 'From',
        lastError: 'Last error',
        nextAttempt: 'Next attempt',
        format: 'Format',
        text: 'Plain text',
        html: 'HTML',
        htmlFrame: 'E-mail HTML preview',
        noHtml: 'This e-mail has no HTML version.',
        retry: 'Send again',
        retried: 'Queued to be sent again.',
      },
    },
  },
};
