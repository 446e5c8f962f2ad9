import { forwardMultipart } from "../forward-multipart.server";

/**
 * Streams the browser's multipart body to the API's `POST /imports` with the session's token
 * (never held whole here, like document uploads); the API answers with the job's id at once.
 */
export function forwardImport(request: Request, token: string): Promise<{ id: string } | { code: string; message: string }> {
  return forwardMultipart(request, token, "/imports", 202);
}
