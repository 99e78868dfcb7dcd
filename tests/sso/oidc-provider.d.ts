// oidc-provider ships no type declarations; the test provider uses a handful of its calls.
declare module 'oidc-provider';
