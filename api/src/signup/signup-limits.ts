/** Platform policy for sign-up and invitation links (OWASP: short-lived, single-use), not certification rule. */
export const SIGNUP_LIMITS = {
  /** A verification link works this long after the sign-up. */
  verificationHours: 24,
  /** Mails about sign-ups to one address in any hour; further sign-ups are answered alike and send nothing. */
  mailsPerHour: 3,
  /** An invitation link works this long after it was sent. */
  invitationDays: 7,
} as const;
