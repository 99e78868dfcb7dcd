/**
 * Notifications and e-mail templates (server and web). `notifications.<kind>` holds the title and
 * body of each notification kind ('agreement.expiry_90' → notifications.agreement.expiry_90); the
 * e-mail uses the same title as its subject and body as its first paragraph, framed by `mail`.
 */
export const notificationsZhTW = {
  notifications: {
    agreement: {
      notice: {
        title: '協議已進入通知期：{{agreement}}',
        body: '與{{partner}}簽訂的「{{agreement}}」已進入通知期，將於 {{endDate}} 到期（尚餘 {{days}} 天）。如不續約或需修改，請及早通知對方。',
      },
      expiry_180: {
        title: '協議將於 180 天內到期：{{agreement}}',
        body: '與{{partner}}簽訂的「{{agreement}}」將於 {{endDate}} 到期（尚餘 {{days}} 天），請開始評估是否續約。',
      },
      expiry_90: {
        title: '協議將於 90 天內到期：{{agreement}}',
        body: '與{{partner}}簽訂的「{{agreement}}」將於 {{endDate}} 到期（尚餘 {{days}} 天），請決定是否續約並與對方聯繫。',
      },
      expiry_30: {
        title: '協議將於 30 天內到期：{{agreement}}',
        body: '與{{partner}}簽訂的「{{agreement}}」將於 {{endDate}} 到期（尚餘 {{days}} 天）。如需續約，請盡快完成簽署。',
      },
      signed_file_missing: {
        title: '協議尚缺簽署本：{{agreement}}',
        body: '生效中的「{{agreement}}」（{{partner}}）尚未上傳簽署本，請上傳已簽署的 PDF 檔。',
      },
    },
  },
  errors: {
    mail_not_retryable: '這封郵件已寄出或正在寄送中，無法重寄。',
  },
  validation: {
    mail_topic_repeated: '每一類通知只能設定一次。',
  },
};
