import type { integrationsZhTW } from './integrations.zh-TW.js';
import type { DeepStrings } from './merge.js';

export const integrationsEn: DeepStrings<typeof integrationsZhTW> = {
  entityTypes: { api_token: 'API token', webhook_subscription: 'Webhook subscription' },
  errors: {
    delivery_not_failed: 'Only a failed or waiting delivery can be sent again.',
    token_revoked: 'This API token has been revoked already.',
    token_not_for_account:
      'An API token cannot act on the account itself (sign-out, password, preferences): sign in instead.',
  },
};
