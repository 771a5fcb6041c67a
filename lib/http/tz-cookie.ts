/** The cookie in which the browser reports Date#getTimezoneOffset, so the server knows where the learner's day starts. */
export const TZ_COOKIE = "synack_tz";
