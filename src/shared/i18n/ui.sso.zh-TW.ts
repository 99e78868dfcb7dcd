/** The login page's single sign-on part (loaded with it; docs/decisions/0019). */
export const uiSsoZhTW = {
  ssoLogin: {
    or: '或以密碼登入',
    signInWith: '以「{{name}}」登入',
    failures: {
      unknown_provider: '找不到此登入服務，或已停用。請改用其他方式登入。',
      provider_unavailable: '目前無法連線到學校的登入服務，請稍後再試。',
      denied: '登入服務未同意此次登入。',
      state: '無法確認這次登入是從本瀏覽器開始的，請重新登入。',
      nonce: '登入服務的回應與本次登入不符，已拒絕。請重新登入。',
      replayed: '這份登入回應已使用過或已逾時，請重新登入。',
      expired: '登入回應已過期（或時間不符），請重新登入。',
      signature: '登入回應的簽章無效，已拒絕。',
      audience: '登入回應不是發給 Meridian 的，已拒絕。',
      missing_claim: '登入服務沒有提供比對帳號所需的資料（電子郵件或學號／員工編號），請洽系統管理者。',
      unknown_user: 'Meridian 中沒有與此學校帳號對應的使用者，請洽國際事務處。',
      inactive: '此帳號已停用，請洽系統管理者。',
      invalid: '無法完成登入，請重新登入；若問題持續，請洽系統管理者。',
    },
  },
};
