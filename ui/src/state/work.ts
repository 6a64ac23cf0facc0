// Pure helpers of the My work screen: amounts typed the Dutch or English way, a diary day
// "same as last day", a payslip draft checked before it is sent. The check itself is the
// core's (wegwijs-core `pay`); nothing here decides whether a payslip is right.

import type { PeriodKind } from "../ipc/bindings";

/** A diary day as the form holds it. */
export type DayDraft = { date: string; start: string; end: string; break_minutes: string; note: string };

/** A payslip as the form holds it: every amount as typed. */
export type PayslipDraft = {
  kind: PeriodKind;
  period_start: string;
  period_end: string;
  age: string;
  hours_paid: string;
  hourly_wage: string;
  gross: string;
  holiday_allowance: string;
  holiday_paid: boolean;
  wage_tax: string;
  housing: string;
  health_insurance: string;
  transport: string;
  fines: string;
  other: string;
  net: string;
};

/** What the core takes (the generated `Payslip` type, spelled out so this module has no IPC). */
export type PayslipInput = {
  id: number | null;
  kind: PeriodKind;
  period_start: string;
  period_end: string;
  age: number | null;
  hours_paid: number;
  hourly_wage: number | null;
  gross: number;
  holiday_allowance: number;
  holiday_allowance_kind: "paid" | "reserved";
  wage_tax: number;
  deductions: { housing: number; health_insurance: number; transport: number; fines: number; other: number };
  net: number | null;
};

/**
 * An amount typed as on a payslip ("1.234,56", "1234.56", "14,7", "€ 90") in hundredths:
 * cents for money, hundredths of an hour for hours. Empty is `null`; anything else that is not
 * a non-negative amount with at most two decimals is `undefined`.
 */
export function parseHundredths(text: string): number | null | undefined {
  let value = text.replace(/[€\s]/g, "");
  if (value === "") return null;
  const lastComma = value.lastIndexOf(",");
  const lastDot = value.lastIndexOf(".");
  const decimal = Math.max(lastComma, lastDot);
  // A separator followed by one or two digits is the decimal one; the other kind groups thousands.
  if (decimal >= 0 && value.length - decimal - 1 <= 2) {
    const whole = value.slice(0, decimal).replace(/[.,]/g, "");
    value = `${whole}.${value.slice(decimal + 1)}`;
  } else {
    value = value.replace(/[.,]/g, "");
  }
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return undefined;
  const [whole, fraction = ""] = value.split(".");
  const result = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return result <= 2_000_000_000 ? result : undefined;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes of a day as the core counts them, ignoring clock changes (for the live preview only). */
export function previewMinutes(day: DayDraft): number | null {
  if (!TIME.test(day.start) || !TIME.test(day.end)) return null;
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  let span = toMinutes(day.end) - toMinutes(day.start);
  if (span <= 0) span += 24 * 60;
  const pause = Number(day.break_minutes || "0");
  return Number.isFinite(pause) ? Math.max(0, span - pause) : null;
}

/** Whether the shift ends the next day. */
export function endsNextDay(day: DayDraft): boolean {
  return TIME.test(day.start) && TIME.test(day.end) && day.end <= day.start;
}

/** The day to send, or null when a time or the break is not valid. */
export function dayToSave(day: DayDraft): { date: string; start: string; end: string; break_minutes: number; note: string } | null {
  const pause = Number(day.break_minutes || "0");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day.date) || !TIME.test(day.start) || !TIME.test(day.end)) return null;
  if (!Number.isInteger(pause) || pause < 0 || pause > 24 * 60) return null;
  return { date: day.date, start: day.start, end: day.end, break_minutes: pause, note: day.note.trim() };
}

/** "Same as last day": the times and break of the latest logged day before `date`, for `date`. */
export function sameAsLastDay(
  days: readonly { date: string; start: string; end: string; break_minutes: number }[],
  date: string,
): DayDraft | null {
  const last = days.filter((d) => d.date < date).sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  return last ? { date, start: last.start, end: last.end, break_minutes: String(last.break_minutes), note: "" } : null;
}

/** The next day of a "YYYY-MM-DD" date. */
export function nextDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The last day of a period of `kind` starting on `start`. */
export function periodEnd(kind: PeriodKind, start: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) return "";
  const date = new Date(`${start}T00:00:00Z`);
  if (kind === "week") date.setUTCDate(date.getUTCDate() + 6);
  else if (kind === "four-weeks") date.setUTCDate(date.getUTCDate() + 27);
  else {
    date.setUTCMonth(date.getUTCMonth() + 1);
    date.setUTCDate(date.getUTCDate() - 1);
  }
  return date.toISOString().slice(0, 10);
}

/** The names of the fields that are not valid, or the payslip to send. */
export function payslipToSave(draft: PayslipDraft): { payslip: PayslipInput } | { invalid: string[] } {
  const invalid: string[] = [];
  const amount = (field: keyof PayslipDraft, required = false): number | null => {
    const value = parseHundredths(String(draft[field]));
    if (value === undefined || (required && value === null)) invalid.push(field);
    return value ?? null;
  };
  const hours = amount("hours_paid", true);
  const hourly = amount("hourly_wage");
  const gross = amount("gross", true);
  const holiday = amount("holiday_allowance");
  const tax = amount("wage_tax");
  const housing = amount("housing");
  const health = amount("health_insurance");
  const transport = amount("transport");
  const fines = amount("fines");
  const other = amount("other");
  const net = amount("net");
  const age = draft.age.trim() === "" ? null : Number(draft.age);
  if (age !== null && (!Number.isInteger(age) || age < 13 || age > 100)) invalid.push("age");
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (!iso.test(draft.period_start)) invalid.push("period_start");
  if (!iso.test(draft.period_end) || draft.period_end < draft.period_start) invalid.push("period_end");
  const days = (Date.parse(draft.period_end) - Date.parse(draft.period_start)) / 86_400_000;
  if (!(days <= 30)) invalid.push("period_end");
  if (invalid.length > 0) return { invalid: [...new Set(invalid)] };
  return {
    payslip: {
      id: null,
      kind: draft.kind,
      period_start: draft.period_start,
      period_end: draft.period_end,
      age,
      hours_paid: hours ?? 0,
      hourly_wage: hourly,
      gross: gross ?? 0,
      holiday_allowance: holiday ?? 0,
      holiday_allowance_kind: draft.holiday_paid ? "paid" : "reserved",
      wage_tax: tax ?? 0,
      deductions: {
        housing: housing ?? 0,
        health_insurance: health ?? 0,
        transport: transport ?? 0,
        fines: fines ?? 0,
        other: other ?? 0,
      },
      net,
    },
  };
}

/** An empty payslip form for a period starting on `start`. */
export function emptyPayslip(start: string): PayslipDraft {
  return {
    kind: "week",
    period_start: start,
    period_end: periodEnd("week", start),
    age: "",
    hours_paid: "",
    hourly_wage: "",
    gross: "",
    holiday_allowance: "",
    holiday_paid: false,
    wage_tax: "",
    housing: "",
    health_insurance: "",
    transport: "",
    fines: "",
    other: "",
    net: "",
  };
}
