/** Accounts on the server: invitation and reset mails, and the errors of the account endpoints (the web shows the server's messages). */
export const accountsZhTW = {
  accountMail: {
    greeting: '{{name}} 您好：',
    invite: {
      subject: '[Meridian] 您的帳號已建立，請設定密碼',
      body: '系統管理者已為您建立 Meridian 國際事務平臺帳號（{{email}}）。請點選下方連結設定密碼，連結於 {{expires}} 前有效，且只能使用一次。',
      action: '設定密碼',
    },
    reset: {
      subject: '[Meridian] 重設密碼',
      body: '我們收到重設 {{email}} 密碼的申請。請點選下方連結設定新密碼，連結於 {{expires}} 前有效，且只能使用一次；設定後，其他裝置上的登入將一併登出。',
      action: '重設密碼',
      ignore: '若您未提出此申請，請忽略本信，您的密碼不會變更。',
    },
    footer: '本信由系統自動寄出，請勿直接回覆。',
  },
  errors: {
    tokenInvalid: '此連結無效、已使用或已過期，請重新申請。',
    inviteInactive: '帳號已停用，無法寄送邀請。',
  },
  validation: {
    person_unknown: '找不到此人員資料（或已封存）。',
    person_taken: '此人員資料已對應其他帳號。',
  },
};
