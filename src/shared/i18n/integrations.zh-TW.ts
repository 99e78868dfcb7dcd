/** API tokens and webhooks (issue 22): what only the server writes. */
export const integrationsZhTW = {
  entityTypes: { api_token: '存取權杖', webhook_subscription: 'Webhook 訂閱' },
  errors: {
    delivery_not_failed: '只有失敗或等待中的傳送可以重送。',
    token_revoked: '此存取權杖已撤銷。',
    token_not_for_account: '存取權杖不能用於帳號本身的操作（登出、密碼、偏好設定），請以帳號登入。',
  },
};
