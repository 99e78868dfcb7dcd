/** Accounts in the web: the set/forgot password pages and the user admin's additions (loaded with those pages). */
export const uiAccountsZhTW = {
  passwordPages: {
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
