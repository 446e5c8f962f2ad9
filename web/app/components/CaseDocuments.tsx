import { Form, useNavigation } from "@remix-run/react";
import type { CasePageData, DocumentFailure, DocumentRequirement } from "../cases/case-page-types";
import { beijingDateTime } from "../cases/format";
import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import { ApiFailure } from "./ApiFailure";

/** Bytes as people read them: 812 B, 3.4 KB, 20 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb < 10 && !Number.isInteger(mb) ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** The limits of a document type as the upload control states them. */
function limits(r: DocumentRequirement) {
  return { extensions: r.extensions.map((e) => e.toUpperCase()).join(" / "), max: formatBytes(r.maxSizeBytes) };
}

/** Why the upload of one type failed: file problems in the type's own words, the rest as API refusals. */
function UploadError({ failure, requirement }: { failure: DocumentFailure; requirement: DocumentRequirement }) {
  const t = useT();
  const fileProblem = failure.code === "PAYLOAD_TOO_LARGE" || failure.code === "BAD_USER_INPUT";
  if (!fileProblem) return <ApiFailure failure={failure} testId="document" />;
  const key = failure.code === "PAYLOAD_TOO_LARGE" ? "documents.error.PAYLOAD_TOO_LARGE" : "documents.error.file";
  return (
    <div className="form-error" role="alert" data-testid="document-error" data-code={failure.code}>
      <p>{t(key, limits(requirement))}</p>
      <p className="hint" lang="en">
        {t("documents.error.detail", { message: failure.message })}
      </p>
    </div>
  );
}

/** One §3.2 document type's upload: a multipart post to the case page, type and version in its URL. */
function UploadControl({ requirement, version, failure }: { requirement: DocumentRequirement; version: number; failure?: DocumentFailure }) {
  const lang = useLang();
  const t = useT();
  const navigation = useNavigation();
  const action = `?documentType=${encodeURIComponent(requirement.code)}&version=${version}`;
  const busy = navigation.state === "submitting" && navigation.formAction?.includes(`documentType=${requirement.code}&`);
  const inputId = `document-file-${requirement.code}`;
  return (
    <Form method="post" encType="multipart/form-data" action={action} className="case-action" data-testid={`document-upload-${requirement.code}`}>
      {failure ? <UploadError failure={failure} requirement={requirement} /> : null}
      <div className="field">
        <label htmlFor={inputId}>{t("documents.file", { type: pick(lang, requirement.nameZh, requirement.nameEn) })}</label>
        <input
          id={inputId}
          type="file"
          name="file"
          required
          accept={[...requirement.extensions.map((e) => `.${e}`), ...requirement.mediaTypes].join(",")}
          aria-describedby={`${inputId}-hint`}
          aria-invalid={failure ? true : undefined}
          data-testid={`document-input-${requirement.code}`}
        />
        <p className="hint" id={`${inputId}-hint`}>
          {t("documents.accepts", limits(requirement))}
        </p>
      </div>
      <button type="submit" className="button button--secondary" disabled={busy} data-testid={`document-submit-${requirement.code}`}>
        {t("documents.upload")}
      </button>
    </Form>
  );
}

/** Takes a file off the case (it stays uploaded); the id, type and version ride in the URL. */
function RemoveButton({ documentId, documentType, fileName, version }: { documentId: string; documentType: string; fileName: string; version: number }) {
  const t = useT();
  return (
    <Form method="post" action={`?detachDocument=${documentId}&documentType=${encodeURIComponent(documentType)}&version=${version}`}>
      <button type="submit" className="button button--secondary" aria-label={t("documents.remove.label", { name: fileName })} data-testid="document-remove">
        {t("documents.remove")}
      </button>
    </Form>
  );
}

/**
 * The §3.2 document types of a case with the files attached to each (download through the web
 * app at `downloadBase/<id>`), and, when the viewer may change them, an upload control per type.
 */
export function CaseDocuments({
  page,
  version,
  downloadBase,
  failure,
  done,
}: {
  page: CasePageData;
  /** The case version the page was drawn from, sent back with an upload. */
  version: number;
  downloadBase: string;
  failure?: DocumentFailure;
  /** Set after a successful upload or removal (post/redirect/get), to confirm it. */
  done?: "attach" | "detach";
}) {
  const lang = useLang();
  const t = useT();
  return (
    <section aria-labelledby="documents-heading" id="documents" data-testid="documents">
      <h2 id="documents-heading">{t("documents.title")}</h2>
      {done ? (
        <p className="notice-ok" role="status" data-testid="documents-done">
          {t(done === "attach" ? "documents.done" : "documents.removed")}
        </p>
      ) : null}
      {page.canChangeDocuments ? null : <p className="hint">{t("documents.readOnly")}</p>}
      <ul className="case-actions">
        {page.documentRequirements.map((r) => {
          const files = page.documents.filter((d) => d.documentType === r.code);
          return (
            <li key={r.code} className="case-action" data-testid="document-type" data-document-type={r.code} data-required={r.required} data-count={files.length}>
              <h3>
                {pick(lang, r.nameZh, r.nameEn)} <span className="tag">{r.clause}</span>{" "}
                <span className="tag">{t(r.required ? "documents.required" : "documents.optional")}</span>
              </h3>
              {r.noteZh ? <p className="hint">{pick(lang, r.noteZh, r.noteEn ?? r.noteZh)}</p> : null}
              {files.length === 0 ? (
                <p>{t("documents.none")}</p>
              ) : (
                <ul>
                  {files.map((d) => (
                    <li key={d.id} data-testid="document-file" data-document-id={d.id}>
                      <a href={`${downloadBase}/${d.id}`} download={d.fileName} aria-label={t("documents.download", { name: d.fileName })} data-testid="document-download">
                        {d.fileName}
                      </a>{" "}
                      <span className="hint">
                        {formatBytes(d.size)} · {beijingDateTime(d.attachedAt)}
                      </span>
                      {page.canChangeDocuments ? <RemoveButton documentId={d.id} documentType={r.code} fileName={d.fileName} version={version} /> : null}
                    </li>
                  ))}
                </ul>
              )}
              {page.canChangeDocuments ? (
                <UploadControl requirement={r} version={version} failure={failure?.documentType === r.code ? failure : undefined} />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
