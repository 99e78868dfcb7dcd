/** Server-only strings of single sign-on (errors and field messages; docs/decisions/0019). */
export const ssoZhTW = {
  errors: {
    passwordOff: '此帳號請以學校帳號（單一簽入）登入，本機密碼已停用。',
  },
  validation: {
    provider_slug_taken: '此代號已被其他登入服務使用（含環境變數設定者），請換一個。',
    provider_cert_invalid: '無法讀取此憑證：請貼上身分提供者的 X.509 簽章憑證（PEM 或 base64）。',
    provider_unit_unknown: '查無此單位。',
    provider_role_claim_required: '設定角色對應前，請先填寫承載角色的宣告名稱。',
    provider_https_required: '身分提供者的網址須為 https（僅本機測試可用 http）。',
  },
};
