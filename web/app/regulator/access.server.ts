import { WORKBENCH_ROLES } from "../cases/access.server";
import type { Role } from "../types";

/** The dashboard: regulators, and certification-body staff (the API grants both the same figures). */
export const DASHBOARD_ROLES: readonly Role[] = ["REGULATOR", ...WORKBENCH_ROLES];
/** Tokens are a regulator organisation's own: only its users manage them here. */
export const TOKEN_ROLES: readonly Role[] = ["REGULATOR"];
