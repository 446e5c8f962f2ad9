import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { requireViewer, signedIn } from "../cases/access.server";
import { ADMIN_ROLES, formValues, refused, runAdminCall, type AdminFailure } from "../admin/actions.server";
import { AdminField, AdminPage, FormFailure } from "../admin/AdminChrome";
import { lineOfField, parseCalendarLines } from "../admin/calendar-lines";
import { graphql } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { CalendarYearsQuery, PublishCalendarYearMutation } from "../queries.server";

const TARGET = "publish";

/** A problem of the schedule, addressed to a form field, with the textarea line when it is about a day. */
interface ScheduleProblem {
  field: "year" | "publishedOn" | "days";
  line?: number;
  message: string;
  /** A web check's message key rather than the API's words. */
  web?: boolean;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("admin.calendar.title")} · ${t("admin.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireViewer(request, ADMIN_ROLES);
  const result = await signedIn(request, () => graphql(CalendarYearsQuery, {}, { token, request }));
  return { lang: getLang(request), years: result.calendarYears };
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireViewer(request, ADMIN_ROLES);
  const values = await formValues(request);
  const problems: ScheduleProblem[] = [];
  const year = Number(values.year);
  if (!/^\d{4}$/.test(values.year?.trim() ?? "")) problems.push({ field: "year", message: "admin.error.badYear", web: true });
  const publishedOn = values.publishedOn?.trim() || null;
  if (publishedOn && !/^\d{4}-\d{2}-\d{2}$/.test(publishedOn)) problems.push({ field: "publishedOn", message: "admin.error.badDate", web: true });
  const parsed = parseCalendarLines(values.days ?? "");
  for (const p of parsed.problems) problems.push({ field: "days", line: p.line, message: "admin.error.badLine", web: true });
  if (parsed.days.length === 0 && parsed.problems.length === 0) problems.push({ field: "days", message: "admin.error.noLines", web: true });
  if (problems.length > 0) return scheduleRefused(values, problems);

  const result = await runAdminCall(request, TARGET, values, () =>
    graphql(PublishCalendarYearMutation, { year, days: parsed.days, publishedOn }, { token, request }),
  );
  if (result) {
    const f = result.failure;
    if (f.code !== "BAD_USER_INPUT") return refused(f);
    const listed = f.problems ?? [{ field: f.field ?? "days", message: f.message }];
    return scheduleRefused(values, listed.map((p) => ({
      field: p.field === "year" || p.field === "publishedOn" ? p.field : "days",
      line: lineOfField(p.field, parsed.lines) ?? undefined,
      message: p.message,
    })));
  }
  return redirect(`/admin/calendar?published=${year}`);
}

function scheduleRefused(values: Record<string, string>, schedule: ScheduleProblem[]) {
  const failure: AdminFailure = { target: TARGET, code: "BAD_USER_INPUT", field: schedule[0]?.field, message: "", values };
  return data({ failure, schedule }, { status: 400 });
}

export default function AdminCalendarPage() {
  const { years } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const failure = actionData?.failure;
  const problems: ScheduleProblem[] = actionData && "schedule" in actionData ? (actionData.schedule as ScheduleProblem[]) : [];
  const errorsOf = (field: ScheduleProblem["field"]) =>
    problems
      .filter((p) => p.field === field)
      .map((p) => `${p.line ? t("admin.calendar.line", { line: p.line }) : ""}${p.web ? t(p.message as Parameters<typeof t>[0]) : p.message}`);
  const published = searchParams.get("published");
  return (
    <AdminPage title="admin.calendar.title" hint="admin.calendar.hint">
      <h2>{t("admin.calendar.years")}</h2>
      <div className="table-scroll" role="region" aria-label={t("admin.calendar.years")} tabIndex={0}>
        <table data-testid="calendar-years">
          <thead>
            <tr>
              <th scope="col">{t("admin.calendar.year")}</th>
              <th scope="col">{t("admin.calendar.source")}</th>
              <th scope="col">{t("admin.calendar.publishedOn")}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year} data-testid="calendar-year" data-year={y.year}>
                <td>{y.year}</td>
                <td>{t(`admin.calendar.source.${y.source}`)}</td>
                <td>{y.publishedOn ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {published && !actionData ? (
        <p className="notice-ok" role="status" data-testid="calendar-published">
          {t("admin.calendar.published", { year: published })}
        </p>
      ) : null}
      <section className="admin-new" aria-labelledby="calendar-new-title">
        <h2 id="calendar-new-title">{t("admin.calendar.new")}</h2>
        <Form method="post" className="admin-form" data-testid="calendar-form">
          {failure && failure.code !== "BAD_USER_INPUT" ? <FormFailure failure={failure} /> : null}
          <AdminField id="cal-year" label={t("admin.calendar.year")} error={errorsOf("year").join(" ") || undefined}>
            <input id="cal-year" name="year" type="text" inputMode="numeric" required defaultValue={failure?.values.year ?? ""} data-testid="calendar-year-input" />
          </AdminField>
          <AdminField id="cal-published-on" label={t("admin.calendar.publishedOn")} error={errorsOf("publishedOn").join(" ") || undefined}>
            <input id="cal-published-on" name="publishedOn" type="date" defaultValue={failure?.values.publishedOn ?? ""} data-testid="calendar-published-on" />
          </AdminField>
          <AdminField id="cal-days" label={t("admin.calendar.days")} hint={t("admin.calendar.daysHint")} wide>
            <textarea id="cal-days" name="days" rows={12} defaultValue={failure?.values.days ?? ""} data-testid="calendar-days" />
          </AdminField>
          {errorsOf("days").length > 0 ? (
            <div className="field-error" role="alert" data-testid="field-error" data-field="days">
              {errorsOf("days").map((text, index) => (
                <p key={index} data-testid="calendar-line-error">
                  {text}
                </p>
              ))}
            </div>
          ) : null}
          <button type="submit" className="button" data-testid="calendar-publish">
            {t("admin.calendar.publish")}
          </button>
        </Form>
      </section>
    </AdminPage>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
