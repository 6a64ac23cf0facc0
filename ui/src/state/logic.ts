// Pure decisions the screens share: which badge a deadline gets, how a checklist mark changes,
// which links may be opened. No signals and no backend here, so all of it is unit-tested.

import type { ChecklistRow_Serialize, DueStatus, Scope, TaskState } from "../ipc/bindings";

export type Tone = "danger" | "warning" | "calm";

/** The message, its arguments and the tone of a deadline's badge. */
export function dueBadge(status: DueStatus): { id: string; args?: { days: number }; tone: Tone } {
  switch (status.status) {
    case "overdue":
      return { id: "due-overdue", args: { days: status.days }, tone: "danger" };
    case "due_today":
      return { id: "due-today", tone: "danger" };
    case "due_in":
      return { id: "due-in-days", args: { days: status.days }, tone: status.days <= 7 ? "warning" : "calm" };
  }
}

/** The state a row shows after `mark` (null removes the person's mark: back to the default). */
export function stateAfter(row: Pick<ChecklistRow_Serialize, "applies">, mark: TaskState | null): TaskState {
  return mark ?? (row.applies ? "todo" : "not_applicable");
}

/** The mark the done-toggle sends: done, or back to to-do. */
export function toggleMark(row: Pick<ChecklistRow_Serialize, "applies" | "state">): TaskState | null {
  if (row.state !== "done") return "done";
  return row.applies ? null : "todo";
}

/** The mark that brings a row set aside as "does not apply" back into the list. */
export function restoreMark(row: Pick<ChecklistRow_Serialize, "applies">): TaskState | null {
  return row.applies ? null : "todo";
}

/** `rows` with task `taskId` marked `mark`, as the view shows it before the backend answers. */
export function withMark<R extends ChecklistRow_Serialize>(rows: readonly R[], taskId: string, mark: TaskState | null): R[] {
  return rows.map((row) => (row.task_id === taskId ? { ...row, state: stateAfter(row, mark) } : row));
}

/** Rows to work on, in order, and the rows set aside (shown collapsed at the end). */
export function splitChecklist<R extends ChecklistRow_Serialize>(rows: readonly R[]): { active: R[]; setAside: R[] } {
  const sorted = [...rows].sort((a, b) => a.order - b.order || a.task_id.localeCompare(b.task_id));
  return {
    active: sorted.filter((row) => row.state !== "not_applicable"),
    setAside: sorted.filter((row) => row.state === "not_applicable"),
  };
}

const OPENABLE = new Set(["https:", "tel:", "mailto:", "geo:"]);

/**
 * Whether a link may be handed to the system: only https, tel, mailto and geo; `tel:` only as
 * digits with a leading `+`, `mailto:` only to a bare address (no subject, body or copies), the
 * forms the core writes (render.rs `tel_url`, `mailto_url`).
 */
export function isOpenableUrl(url: string): boolean {
  if (/[\s\u0000-\u001f]/.test(url)) return false;
  try {
    const protocol = new URL(url).protocol;
    if (protocol === "tel:") return /^tel:\+?\d{3,20}$/i.test(url);
    if (protocol === "mailto:") return /^mailto:[A-Za-z0-9!#$'*+/=^_`{|}~.-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/i.test(url);
    return OPENABLE.has(protocol);
  } catch {
    return false;
  }
}

/** A geo: link for a service's coordinates, when both are known. */
export function geoUrl(geo: [number | null, number | null] | null): string | null {
  if (!geo) return null;
  const [lat, lon] = geo;
  return lat === null || lon === null ? null : `geo:${lat},${lon}`;
}

/** Folds case and accents, so "helm" finds "Helmond" and "s-hert" finds "’s-Hertogenbosch". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']/g, "")
    .toLowerCase()
    .trim();
}

/** Municipalities whose name contains the query, by name. */
export function filterMunicipalities(all: readonly Scope[], query: string): Scope[] {
  const wanted = fold(query);
  return all.filter((scope) => fold(scope.name).includes(wanted)).sort((a, b) => a.name.localeCompare(b.name));
}

/** A count typed into a number field: whole, 0 to 20; empty or invalid is 0. */
export function parseCount(input: string): number {
  const value = Number.parseInt(input, 10);
  return Number.isFinite(value) ? Math.min(20, Math.max(0, value)) : 0;
}

/** The years a date in the profile can have; anything else is a half-typed or mistyped year. */
export const DATE_RANGE = { min: "2000-01-01", max: "2099-12-31" } as const;

/** A date field's value as the backend takes it: "YYYY-MM-DD" within DATE_RANGE, else null. */
export function parseDateInput(input: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input)) return null;
  return input >= DATE_RANGE.min && input <= DATE_RANGE.max ? input : null;
}

/** The best voice for a language: exact match first, local voices before network ones. */
export function pickVoice<V extends { lang: string; localService: boolean }>(voices: readonly V[], lang: string): V | null {
  const base = lang.toLowerCase();
  const matching = voices.filter((voice) => {
    const code = voice.lang.toLowerCase().replace("_", "-");
    return code === base || code.startsWith(`${base}-`);
  });
  return matching.sort((a, b) => Number(b.localService) - Number(a.localService))[0] ?? null;
}

/** Whether to ask the feed when the app opens: only with a feed, and not on mobile data when
 * the person wants Wi-Fi only. A check downloads no content either way. */
export function shouldCheckAtStart(hasSource: boolean, wifiOnly: boolean, connectionType: string | undefined): boolean {
  return hasSource && !(wifiOnly && connectionType === "cellular");
}

/** What the updates section says about downloading: not checked yet, nothing new, or a size. */
export function downloadState(bytes: number | null): "unknown" | "up-to-date" | "ready" {
  if (bytes === null) return "unknown";
  return bytes > 0 ? "ready" : "up-to-date";
}

/** Bytes as base64, in chunks so a large update file does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/**
 * What a service card says after "open now" / "closed now": when it next opens or closes, from
 * the core's `next_change` (Amsterdam time) and today's date (the first row of `hours`). A change
 * on another day names the day; `weekday` is 0 for Monday.
 */
export function hoursChange(
  openNow: boolean | null,
  nextChange: string | null,
  today: string | undefined,
): { id: "opens-at" | "opens-on" | "closes-at"; time: string; weekday: number | null } | null {
  if (openNow === null || nextChange === null || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(nextChange)) return null;
  const [date, clock] = nextChange.split("T");
  const time = clock.slice(0, 5);
  if (openNow) return { id: "closes-at", time, weekday: null };
  if (date === today) return { id: "opens-at", time, weekday: null };
  const [year, month, day] = date.split("-").map(Number);
  return { id: "opens-on", time, weekday: (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7 };
}
