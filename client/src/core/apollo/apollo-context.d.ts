import '@apollo/client';

declare module '@apollo/client' {
  interface DefaultContext {
    /** The access token this request was sent with, if any (set by the session link). */
    sentAccessToken?: string;
    /** Set on the auth mutations themselves: an UNAUTHENTICATED answer must not trigger a refresh. */
    skipSessionRefresh?: boolean;
    /** On a subscription: called when the live connection came back after dropping (events may have been missed). */
    liveReconnected?: () => void;
  }
}
