/**
 * `Content-Disposition: attachment` for a user's file name, which is often Chinese. Browsers use
 * the RFC 6266/5987 `filename*` (UTF-8, percent-encoded); the plain `filename` is an ASCII
 * stand-in for old clients, with every character that could break out of the quotes replaced.
 * Always `attachment`: an uploaded file is never rendered inline in the API's origin.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** encodeURIComponent leaves `'()*` alone, but RFC 5987's attr-char does not allow them. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
