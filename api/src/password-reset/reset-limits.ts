/** Platform policy for reset links (OWASP Forgot Password Cheat Sheet), not certification rule. */
export const RESET_LIMITS = {
  /** A link works this long after it was asked for. */
  tokenMinutes: 30,
  /** Reset mails to one account in any hour; further requests are answered alike and send nothing. */
  mailsPerHour: 3,
} as const;
