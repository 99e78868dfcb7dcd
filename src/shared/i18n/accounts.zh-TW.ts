/** Accounts: invitation and reset mails (server), the set/forgot password pages and the user admin's additions (web). */
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
  passwordPages: {
    forgotLink: '忘記密碼？',
    forgotTitle: '忘記密碼',
    forgotIntro: '請輸入您的電子郵件，我們會寄出重設密碼的連結（1 小時內有效）。',
    forgotSubmit: '寄出重設連結',
    forgotSent: '若此電子郵件有帳號，重設連結已寄出，請收信。',
    setTitle: '設定密碼',
    setIntro: '請設定新密碼，設定後即登入。',
    password: '新密碼',
    confirm: '確認新密碼',
    submit: '設定密碼',
    mismatch: '兩次輸入的密碼不一致。',
    done: '密碼已設定。',
    missingToken: '連結缺少代碼，請使用信中的完整連結。',
    backToLogin: '回到登入',
  },
  users: {
    fields: {
      person: '對應人員資料',
    },
    form: {
      personHint: '學生帳號對應其人員資料，只能看到自己的紀錄。輸入人員編號（ID）；留空表示不對應。',
      inviteHint: '不填密碼時，系統會寄出邀請信，由使用者自行設定密碼（連結 7 天內有效）。',
      sendInvite: '寄送邀請信',
      inviteSent: '邀請信已排入寄送。',
      pending: '尚未設定密碼',
    },
  },
};
