// My work and pay: the private hours diary, the payslips and what the core's check found.
// Loaded on demand (App.tsx), so the start of the app does not carry it. The printed summary
// shows each finding in Dutch for a helper and in the person's language.

import { useMemo, useState } from "preact/hooks";
import { ItemLinks } from "../components/Cards";
import type { FindingText_Serialize as FindingText, PayslipCheck_Serialize as PayslipCheck, PeriodKind, WorkView_Serialize as WorkView } from "../ipc/bindings";
import { buildBundle, formatDate, formatMessage, localeOf, t, uiLang } from "../state/i18n";
import { deletePayslip, deleteWorkDay, dutchSources, loadDutch, openExternal, savePayslip, saveWorkDay, work } from "../state/store";
import {
  dayToSave,
  emptyPayslip,
  endsNextDay,
  nextDate,
  type DayDraft,
  type PayslipDraft,
  payslipToSave,
  periodEnd,
  previewMinutes,
  sameAsLastDay,
} from "../state/work";
import "../components/Fields.css";
import "./Work.css";

type Tab = "hours" | "payslips";

function todayIso(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10);
}

/** Hours from minutes, in the UI language ("7,5"). */
function hours(minutes: number, lang = uiLang.value): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 }).format(minutes / 60);
}

/** Hundredths (of an hour) as a number in the UI language. */
function decimal(hundredths: number, lang = uiLang.value): string {
  return new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(hundredths / 100);
}

export function Work() {
  const view = work.value;
  const [tab, setTab] = useState<Tab>("hours");
  return (
    <div class="screen work" data-testid="screen-work">
      <h1>{t("work-title")}</h1>
      <p class="muted">{t("work-private")}</p>
      <div class="choices work-tabs" role="group" aria-label={t("work-title")}>
        {(["hours", "payslips"] as const).map((name) => (
          <button
            key={name}
            type="button"
            class="choice"
            aria-pressed={tab === name}
            data-testid={`work-tab-${name}`}
            onClick={() => setTab(name)}
          >
            {t(`work-tab-${name}`)}
          </button>
        ))}
      </div>
      {!view ? <p class="muted">{t("loading")}</p> : tab === "hours" ? <Hours view={view} /> : <Payslips view={view} />}
    </div>
  );
}

function Hours({ view }: { view: WorkView }) {
  const last = view.days[0];
  const [draft, setDraft] = useState<DayDraft>(() => ({
    date: last ? nextDate(last.date) : todayIso(),
    start: last?.start ?? "08:00",
    end: last?.end ?? "16:30",
    break_minutes: String(last?.break_minutes ?? 30),
    note: "",
  }));
  const set = (field: keyof DayDraft) => (event: Event) =>
    setDraft({ ...draft, [field]: (event.currentTarget as HTMLInputElement).value });
  const day = dayToSave(draft);
  const minutes = previewMinutes(draft);
  const same = sameAsLastDay(view.days, draft.date);
  const save = async (event: Event) => {
    event.preventDefault();
    if (day && (await saveWorkDay(day))) setDraft({ ...draft, date: nextDate(draft.date), note: "" });
  };
  return (
    <>
      <form class="work-form" onSubmit={save} data-testid="work-day-form">
        <div class="work-grid">
          <Field id="day-date" label={t("work-day-date")}>
            <input id="day-date" class="input" type="date" value={draft.date} onInput={set("date")} data-testid="day-date" />
          </Field>
          <Field id="day-start" label={t("work-day-start")}>
            <input id="day-start" class="input" type="time" value={draft.start} onInput={set("start")} data-testid="day-start" />
          </Field>
          <Field id="day-end" label={t("work-day-end")}>
            <input id="day-end" class="input" type="time" value={draft.end} onInput={set("end")} data-testid="day-end" />
          </Field>
          <Field id="day-break" label={t("work-day-break")}>
            <input
              id="day-break"
              class="input"
              type="number"
              inputMode="numeric"
              min="0"
              max="1440"
              value={draft.break_minutes}
              onInput={set("break_minutes")}
              data-testid="day-break"
            />
          </Field>
        </div>
        <Field id="day-note" label={t("work-day-note")}>
          <input id="day-note" class="input" maxLength={500} value={draft.note} onInput={set("note")} data-testid="day-note" />
        </Field>
        <p class="muted" aria-live="polite">
          {minutes !== null && t("work-hours", { hours: hours(minutes) })}
          {endsNextDay(draft) && ` · ${t("work-day-next-day")}`}
        </p>
        <div class="work-actions">
          <button type="submit" class="button" disabled={!day} data-testid="day-save">
            {t("work-day-save")}
          </button>
          <button
            type="button"
            class="button button-quiet"
            disabled={!same}
            data-testid="day-same"
            onClick={() => same && setDraft(same)}
          >
            {t("work-day-same")}
          </button>
        </div>
      </form>

      {view.weeks.length > 0 && (
        <ul class="work-weeks" data-testid="work-weeks">
          {view.weeks.map((week) => (
            <li key={week.monday}>{t("work-week-total", { date: formatDate(week.monday), hours: hours(week.minutes) })}</li>
          ))}
        </ul>
      )}
      {view.days.length === 0 ? (
        <p class="muted">{t("work-days-empty")}</p>
      ) : (
        <ul class="work-days" data-testid="work-days">
          {view.days.map((row) => (
            <li key={row.date} class="work-day" data-testid={`work-day-${row.date}`}>
              <span class="work-day-date">{formatDate(row.date)}</span>
              <span>
                {row.start}–{row.end} · {t("work-hours", { hours: hours(row.minutes) })}
              </span>
              {row.note && <span class="muted work-day-note">{row.note}</span>}
              <button
                type="button"
                class="button button-quiet work-delete"
                aria-label={t("work-day-delete", { date: formatDate(row.date) })}
                onClick={() => void deleteWorkDay(row.date)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Field({ id, label, help, children }: { id: string; label: string; help?: string; children: preact.ComponentChildren }) {
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      {children}
      {help && (
        <p class="field-help muted" id={`${id}-help`}>
          {help}
        </p>
      )}
    </div>
  );
}

const MONEY_FIELDS: readonly { field: keyof PayslipDraft; label: string; help: string }[] = [
  { field: "hours_paid", label: "work-field-hours", help: "work-field-hours-help" },
  { field: "hourly_wage", label: "work-field-hourly", help: "work-field-hourly-help" },
  { field: "gross", label: "work-field-gross", help: "work-field-gross-help" },
  { field: "holiday_allowance", label: "work-field-holiday", help: "work-field-holiday-help" },
  { field: "wage_tax", label: "work-field-tax", help: "work-field-tax-help" },
];

const DEDUCTION_FIELDS: readonly { field: keyof PayslipDraft; label: string; help: string }[] = [
  { field: "housing", label: "work-field-housing", help: "work-field-housing-help" },
  { field: "health_insurance", label: "work-field-health", help: "work-field-health-help" },
  { field: "transport", label: "work-field-transport", help: "work-field-transport-help" },
  { field: "fines", label: "work-field-fines", help: "work-field-fines-help" },
  { field: "other", label: "work-field-other", help: "work-field-other-help" },
];

function Payslips({ view }: { view: WorkView }) {
  const [draft, setDraft] = useState<PayslipDraft>(() => emptyPayslip(view.days.at(-1)?.date ?? todayIso()));
  const [invalid, setInvalid] = useState<string[]>([]);
  const [printing, setPrinting] = useState<PayslipCheck | null>(null);
  const text = (field: keyof PayslipDraft, label: string, help: string) => (
    <Field key={field} id={`pay-${field}`} label={t(label)} help={t(help)}>
      <input
        id={`pay-${field}`}
        class="input"
        inputMode="decimal"
        autoComplete="off"
        value={String(draft[field])}
        aria-describedby={`pay-${field}-help`}
        aria-invalid={invalid.includes(field) || undefined}
        data-testid={`pay-${field}`}
        onInput={(event) => setDraft({ ...draft, [field]: event.currentTarget.value })}
      />
    </Field>
  );
  const setKind = (kind: PeriodKind) => setDraft({ ...draft, kind, period_end: periodEnd(kind, draft.period_start) });
  const save = async (event: Event) => {
    event.preventDefault();
    const result = payslipToSave(draft);
    if ("invalid" in result) {
      setInvalid(result.invalid);
      return;
    }
    setInvalid([]);
    if (await savePayslip(result.payslip)) {
      setDraft(emptyPayslip(nextDate(draft.period_end)));
      // Show what the check found, above the form.
      requestAnimationFrame(() =>
        document.querySelector(`[data-testid="payslip-${draft.period_start}"]`)?.scrollIntoView({ block: "start" }),
      );
    }
  };
  const print = async (check: PayslipCheck) => {
    await loadDutch();
    setPrinting(check);
    // Let the summary render before the print dialog takes its picture.
    requestAnimationFrame(() => {
      window.print();
    });
  };
  return (
    <>
      <p class="note">{t("work-signal-note")}</p>
      {view.payslips.length === 0 ? (
        <p class="muted">{t("work-payslips-empty")}</p>
      ) : (
        view.payslips.map((check) => <PayslipResult key={check.payslip.id} check={check} onPrint={() => void print(check)} />)
      )}

      <section aria-labelledby="work-help">
        <h2 id="work-help">{t("work-help-title")}</h2>
        <ItemLinks items={view.help} testPrefix="work-help-" compact />
      </section>

      <form class="work-form" onSubmit={save} data-testid="payslip-form" aria-labelledby="payslip-add">
        <h2 id="payslip-add">{t("work-payslip-add")}</h2>
        <div class="field" role="group" aria-labelledby="pay-kind">
          <p class="field-label" id="pay-kind">
            {t("work-payslip-kind")}
          </p>
          <ul class="choices">
            {(["week", "four-weeks", "month"] as const).map((kind) => (
              <li key={kind}>
                <button type="button" class="choice" aria-pressed={draft.kind === kind} onClick={() => setKind(kind)} data-testid={`pay-kind-${kind}`}>
                  {t(`work-kind-${kind}`)}
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div class="work-grid">
          <Field id="pay-period_start" label={t("work-payslip-from")}>
            <input
              id="pay-period_start"
              class="input"
              type="date"
              value={draft.period_start}
              data-testid="pay-period_start"
              onInput={(event) => {
                const start = event.currentTarget.value;
                setDraft({ ...draft, period_start: start, period_end: periodEnd(draft.kind, start) });
              }}
            />
          </Field>
          <Field id="pay-period_end" label={t("work-payslip-to")}>
            <input
              id="pay-period_end"
              class="input"
              type="date"
              value={draft.period_end}
              aria-invalid={invalid.includes("period_end") || undefined}
              data-testid="pay-period_end"
              onInput={(event) => setDraft({ ...draft, period_end: event.currentTarget.value })}
            />
          </Field>
        </div>
        <Field id="pay-age" label={t("work-payslip-age")} help={t("work-payslip-age-help")}>
          <input
            id="pay-age"
            class="input input-short"
            type="number"
            inputMode="numeric"
            min="13"
            max="100"
            value={draft.age}
            aria-describedby="pay-age-help"
            aria-invalid={invalid.includes("age") || undefined}
            data-testid="pay-age"
            onInput={(event) => setDraft({ ...draft, age: event.currentTarget.value })}
          />
        </Field>
        {MONEY_FIELDS.map(({ field, label, help }) => text(field, label, help))}
        <div class="field field-check">
          <input
            id="pay-holiday-paid"
            type="checkbox"
            checked={draft.holiday_paid}
            data-testid="pay-holiday-paid"
            onChange={(event) => setDraft({ ...draft, holiday_paid: event.currentTarget.checked })}
          />
          <label for="pay-holiday-paid">{t("work-holiday-paid")}</label>
        </div>
        <fieldset class="work-deductions">
          <legend>{t("work-deductions")}</legend>
          {DEDUCTION_FIELDS.map(({ field, label, help }) => text(field, label, help))}
        </fieldset>
        {text("net", "work-field-net", "work-field-net-help")}
        {invalid.length > 0 && (
          <p class="note alert-warning" role="alert" data-testid="payslip-invalid">
            {t("work-payslip-invalid")}
          </p>
        )}
        <button type="submit" class="button" data-testid="payslip-save">
          {t("work-payslip-save")}
        </button>
      </form>
      {printing && <Summary check={printing} />}
    </>
  );
}

function PayslipResult({ check, onPrint }: { check: PayslipCheck; onPrint: () => void }) {
  const p = check.payslip;
  return (
    <article class="payslip" data-testid={`payslip-${p.period_start}`} aria-labelledby={`payslip-${p.id}`}>
      <h2 id={`payslip-${p.id}`}>{t("work-payslip-period", { from: formatDate(p.period_start), to: formatDate(p.period_end) })}</h2>
      <p>{t("work-logged-vs-paid", { logged: hours(check.logged_minutes), paid: decimal(p.hours_paid) })}</p>
      {check.findings.length === 0 ? (
        <p class="finding-none" data-testid="no-findings">
          {t("work-no-findings")}
        </p>
      ) : (
        <>
          <h3>{t("work-findings")}</h3>
          <ul class="findings">
            {check.findings.map((finding) => (
              <Finding key={finding.rule} finding={finding} />
            ))}
          </ul>
        </>
      )}
      <div class="work-actions no-print">
        <button type="button" class="button button-quiet" onClick={onPrint} data-testid={`payslip-print-${p.period_start}`}>
          {t("work-print")}
        </button>
        <button
          type="button"
          class="button button-quiet button-danger"
          onClick={() => p.id !== null && void deletePayslip(p.id)}
        >
          {t("work-payslip-delete")}
        </button>
      </div>
    </article>
  );
}

function Finding({ finding }: { finding: FindingText }) {
  return (
    <li class={`finding finding-${finding.outcome}`} data-testid={`finding-${finding.rule}`}>
      <p class="finding-text">{finding.text}</p>
      <p class="muted">{finding.rule_text}</p>
      <p class="finding-sources">
        {t("work-source")}:{" "}
        {finding.sources.map((url) => (
          <a
            key={url}
            href={url}
            onClick={(event) => {
              event.preventDefault();
              void openExternal(url);
            }}
          >
            {new URL(url).hostname}
          </a>
        ))}
      </p>
    </li>
  );
}

/** The page to print: Dutch first, for whoever helps, then the person's language. */
function Summary({ check }: { check: PayslipCheck }) {
  const sources = dutchSources.value;
  const nl = useMemo(() => (sources ? buildBundle("nl", sources).bundle : null), [sources]);
  const p = check.payslip;
  const page = (lang: string, say: (id: string, args?: Record<string, string>) => string, findings: FindingText[]) => (
    <section class="summary-page" lang={lang}>
      <h1>{say("work-summary-title")}</h1>
      <p>{say("work-payslip-period", { from: formatDate(p.period_start, lang), to: formatDate(p.period_end, lang) })}</p>
      <p>{say("work-logged-vs-paid", { logged: hours(check.logged_minutes, lang), paid: decimal(p.hours_paid, lang) })}</p>
      {findings.length === 0 ? (
        <p>{say("work-no-findings")}</p>
      ) : (
        <ol>
          {findings.map((finding) => (
            <li key={finding.rule}>
              <p>
                <strong>{finding.rule_text}</strong>
              </p>
              <p>{finding.text}</p>
              <p>{finding.sources.join(" · ")}</p>
            </li>
          ))}
        </ol>
      )}
      <p class="summary-note">{say("work-signal-note")}</p>
      <p class="summary-note">{say("work-summary-note")}</p>
    </section>
  );
  return (
    <div class="summary print-only" data-testid="work-summary">
      {page("nl", (id, args) => formatMessage(nl, id, args), check.findings_nl)}
      {uiLang.value !== "nl" && page(uiLang.value, t, check.findings)}
    </div>
  );
}
