// The only module that reads process.env: parsed and validated once, at first import.

export type NodeEnv = "development" | "production" | "test";

export interface Config {
  /** Base URL of the API server, without a trailing slash. */
  apiUrl: string;
  /** `${apiUrl}/graphql` */
  graphqlUrl: string;
  /** Secrets that sign the session cookie; the first signs, all verify (rotation). */
  sessionSecrets: string[];
  nodeEnv: NodeEnv;
  isDevelopment: boolean;
}

const DEV_SESSION_SECRET = "dev-only-session-secret-do-not-use-in-production";

function parseNodeEnv(value: string | undefined): NodeEnv {
  if (value === undefined || value === "") return "development";
  if (value === "development" || value === "production" || value === "test") return value;
  throw new Error(`NODE_ENV must be development, production or test (got "${value}")`);
}

function parseApiUrl(value: string | undefined): string {
  const raw = value && value.trim() !== "" ? value.trim() : "http://127.0.0.1:4000";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`API_URL is not a valid URL: "${raw}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`API_URL must use http or https (got "${raw}")`);
  }
  return url.toString().replace(/\/+$/, "");
}

function parseSessionSecrets(value: string | undefined, nodeEnv: NodeEnv): string[] {
  const secrets = (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (secrets.length === 0) {
    // A known default would let anyone forge sessions: refuse it outside development and tests.
    if (nodeEnv === "production") {
      throw new Error("SESSION_SECRET must be set in production (comma-separated to rotate)");
    }
    return [DEV_SESSION_SECRET];
  }
  if (nodeEnv === "production" && secrets.some((s) => s.length < 32)) {
    throw new Error("SESSION_SECRET must be at least 32 characters in production");
  }
  return secrets;
}

function loadConfig(env: NodeJS.ProcessEnv): Config {
  const nodeEnv = parseNodeEnv(env.NODE_ENV);
  const apiUrl = parseApiUrl(env.API_URL);
  return {
    apiUrl,
    graphqlUrl: `${apiUrl}/graphql`,
    sessionSecrets: parseSessionSecrets(env.SESSION_SECRET, nodeEnv),
    nodeEnv,
    isDevelopment: nodeEnv === "development",
  };
}

export const config: Config = loadConfig(process.env);
