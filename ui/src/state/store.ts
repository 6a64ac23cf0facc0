// The app's state, and the only module that talks to the backend (`commands` and the opener).
// Every command result is unwrapped here: data goes into a signal, an error (already translated
// by the core) into `error`, which the banner shows. Marks and settings are offline-first: the
// view changes at once, the write follows, and a failed write puts the old value back.

import { batch, computed, signal, type Signal } from "@preact/signals";
import { listen } from "@tauri-apps/api/event";
import { openUrl } from "@tauri-apps/plugin-opener";
import {
  commands,
  type About_Serialize,
  type Bootstrap_Serialize,
  type ChecklistRow_Serialize,
  type CommandError,
  type ItemChange,
  type ItemPage_Serialize,
  type Lang,
  type LocalView_Serialize,
  type OnboardingPreview_Serialize,
  type OptionalStepRow,
  type SavedProfile_Deserialize,
  type SavedProfile_Serialize,
  type SearchHit,
  type Sentence,
  type SpeechSupport_Serialize,
  type Settings,
  type TaskState,
  type TodayView_Serialize,
  type TopicGroup,
  type UpdateStatus_Serialize,
  type WorkView_Serialize,
} from "../ipc/bindings";
import { setMessages, t } from "./i18n";
import { isOpenableUrl, shouldCheckAtStart, toBase64, withMark } from "./logic";
import type { Route } from "./route";
import type { PayslipInput } from "./work";

type Outcome<T> = { status: "ok"; data: T } | { status: "error"; error: CommandError };

/** The last error, shown by the banner until dismissed. */
export const error = signal<CommandError | null>(null);
/** What the backend sent at start; null until it answered. */
export const bootstrap = signal<Bootstrap_Serialize | null>(null);
export const lang = signal<Lang>("en");
export const profile = signal<SavedProfile_Serialize | null>(null);
export const settings = signal<Settings>({ wifi_only: false, text_size: "normal", reminders: true, high_contrast: false });
/** Each language's name in itself, for pickers and "languages spoken". */
export const languageNames = computed(
  () => new Map<Lang, string>(bootstrap.value?.languages.map((option) => [option.lang, option.name]) ?? []),
);

export const today = signal<TodayView_Serialize | null>(null);
export const checklist = signal<ChecklistRow_Serialize[] | null>(null);
/** The optional taking-part steps shown after the checklist's legal steps. */
export const optionalSteps = signal<OptionalStepRow[] | null>(null);
export const rights = signal<TopicGroup[] | null>(null);
export const local = signal<LocalView_Serialize | null>(null);
export const about = signal<About_Serialize | null>(null);

export const itemPage = signal<ItemPage_Serialize | null>(null);
/** The language asked for on the item page (null: the person's own). */
export const itemLang = signal<Lang | null>(null);
export const itemFailed = signal(false);

export const query = signal("");
/** Results of the current query; null before the first answer or for an empty query. */
export const results = signal<SearchHit[] | null>(null);

export const exportPath = signal<string | null>(null);
export const calendarPath = signal<string | null>(null);

/** What the phone knows about content updates; null until loaded. */
export const updates = signal<UpdateStatus_Serialize | null>(null);
/** Why the last update action failed, shown in Settings. */
export const updateProblem = signal<CommandError | null>(null);
/** The last check or download failed: Settings and Today say the app could not check. */
export const checkFailed = signal(false);
export type UpdateTask = "check" | "update" | "import" | "share";
/** The update action running now; one at a time. */
export const updateBusy = signal<UpdateTask | null>(null);
/** The information was just updated (by download or file). */
export const updateDone = signal(false);
/** Where "Share this update" wrote the file. */
export const sharePath = signal<string | null>(null);

/** An onboarding link the core checked, waiting for the person to confirm its details. */
export type PendingLink = { link: string; preview: OnboardingPreview_Serialize };
export const pendingLink = signal<PendingLink | null>(null);

const FAILED = null;

/** Awaits a command; an IPC failure (not a command error) becomes one in the person's language. */
async function settle<T>(pending: Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await pending;
  } catch (thrown) {
    console.error(thrown);
    return { status: "error", error: { code: "error-database", message: t("error-database") } };
  }
}

/** Awaits a command; the data, or null after putting the error in `error`. */
async function call<T>(pending: Promise<Outcome<T>>): Promise<{ data: T } | typeof FAILED> {
  const outcome = await settle(pending);
  if (outcome.status === "ok") return { data: outcome.data };
  error.value = outcome.error;
  return FAILED;
}

let writes: Promise<unknown> = Promise.resolve();

/** Runs writes one after the other, so quick changes reach the backend in the order made. */
function write<T>(send: () => Promise<Outcome<T>>): Promise<{ data: T } | typeof FAILED> {
  const next = writes.then(() => call(send()));
  writes = next;
  return next;
}

export function dismissError(): void {
  error.value = null;
}

/** The system's wish for more contrast, which turns the high-contrast theme on as well. */
const systemContrast = typeof matchMedia === "function" ? matchMedia("(prefers-contrast: more)") : null;
systemContrast?.addEventListener("change", () => applyLook(settings.value));

/** Text size and the high-contrast theme from Settings (or the system), as classes on the root element. */
function applyLook(look: Pick<Settings, "text_size" | "high_contrast">): void {
  if (typeof document === "undefined") return;
  const root = document.documentElement.classList;
  root.toggle("text-large", look.text_size === "large");
  root.toggle("text-larger", look.text_size === "larger");
  root.toggle("high-contrast", look.high_contrast || systemContrast?.matches === true);
}

/** Forgets every screen's data, so the next visit loads it again (after a language or profile change). */
function clearViews(): void {
  batch(() => {
    today.value = null;
    checklist.value = null;
    optionalSteps.value = null;
    rights.value = null;
    local.value = null;
    itemPage.value = null;
    results.value = null;
  });
}

/** Loads (or reloads) everything the UI needs to start. */
export async function boot(): Promise<boolean> {
  // On failure (say, a damaged user.db) the banner shows the core's explanation; nothing else can run.
  const outcome = await call(commands.bootstrap());
  if (!outcome) return false;
  if (performance.getEntriesByName("wegwijs-bootstrap").length === 0) performance.mark("wegwijs-bootstrap");
  const start = outcome.data;
  batch(() => {
    setMessages(start.lang, start.messages);
    clearViews();
    lang.value = start.lang;
    profile.value = start.profile;
    settings.value = start.settings;
    bootstrap.value = start;
  });
  applyLook(start.settings);
  return true;
}

/**
 * Tells the shell that the first screen has painted (two animation frames after the data is in),
 * which `scripts/run.sh`'s smoke mode waits for.
 */
export function reportFirstPaint(): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      performance.mark("wegwijs-first-paint");
      void commands.firstScreenPainted();
    }),
  );
}

/** Switches the UI language; with `persist`, saves it in the profile first. */
export async function changeLanguage(code: Lang, persist: boolean): Promise<boolean> {
  if (persist && profile.value && !(await saveProfile({ ...profile.value, lang: code }))) return false;
  const outcome = await call(commands.messages(code));
  if (!outcome) return false;
  batch(() => {
    setMessages(code, outcome.data);
    clearViews();
    lang.value = code;
  });
  // The titles of what an update changed, in the new language.
  void loadUpdateStatus();
  return true;
}

/** Saves the profile from first run and marks set-up as done, then starts the app. */
export async function finishSetup(draft: SavedProfile_Deserialize): Promise<boolean> {
  if (!(await call(commands.completeSetup(draft)))) return false;
  return boot();
}

/** Saves a changed profile; the view shows it at once and goes back on failure. */
export async function saveProfile(next: SavedProfile_Serialize): Promise<boolean> {
  const before = profile.value;
  profile.value = next;
  if (!(await write(() => commands.saveProfile(next)))) {
    profile.value = before;
    return false;
  }
  clearViews();
  return true;
}

/** Saves changed settings; the view shows them at once and goes back on failure. */
export async function saveSettings(next: Settings): Promise<boolean> {
  const before = settings.value;
  settings.value = next;
  applyLook(next);
  if (!(await write(() => commands.saveSettings(next)))) {
    settings.value = before;
    applyLook(before);
    return false;
  }
  return true;
}

/** Marks a task (null removes the mark); the checklist changes at once and back on failure. */
export async function setTaskState(taskId: string, mark: TaskState | null): Promise<boolean> {
  const previous = checklist.value?.find((row) => row.task_id === taskId)?.state;
  if (checklist.value) checklist.value = withMark(checklist.value, taskId, mark);
  if (!(await write(() => commands.setTaskState(taskId, mark)))) {
    if (checklist.value && previous) {
      checklist.value = checklist.value.map((row) => (row.task_id === taskId ? { ...row, state: previous } : row));
    }
    return false;
  }
  today.value = null;
  return true;
}

/** Changes an optional step at once (done or hidden), back on failure; Today asks again. */
async function changeStep(
  itemId: string,
  change: Partial<Pick<OptionalStepRow, "done" | "hidden">>,
  save: () => Promise<Outcome<null>>,
): Promise<boolean> {
  const before = optionalSteps.value;
  if (before) optionalSteps.value = before.map((row) => (row.item_id === itemId ? { ...row, ...change } : row));
  if (!(await write(save))) {
    optionalSteps.value = before;
    return false;
  }
  today.value = null;
  return true;
}

export function setStepDone(itemId: string, done: boolean): Promise<boolean> {
  return changeStep(itemId, { done }, () => commands.setStepDone(itemId, done));
}

export function setStepHidden(itemId: string, hidden: boolean): Promise<boolean> {
  return changeStep(itemId, { hidden }, () => commands.setStepHidden(itemId, hidden));
}

const latest = new Map<Signal<unknown>, number>();

/** Fetches into `target`; an answer that a newer request overtook is dropped. */
async function load<T>(target: Signal<T | null>, fetch: () => Promise<Outcome<T>>): Promise<boolean> {
  const ticket = (latest.get(target as Signal<unknown>) ?? 0) + 1;
  latest.set(target as Signal<unknown>, ticket);
  const outcome = await call(fetch());
  if (!outcome || latest.get(target as Signal<unknown>) !== ticket) return false;
  target.value = outcome.data;
  return true;
}

let itemTicket = 0;

/** Loads an item page, in `lang` or (null) the person's language. */
export async function loadItem(id: string, asked: Lang | null): Promise<void> {
  const ticket = ++itemTicket;
  batch(() => {
    if (itemPage.value?.view.id !== id) itemPage.value = null;
    itemLang.value = asked;
    itemFailed.value = false;
  });
  const outcome = await call(commands.item(id, asked));
  if (ticket !== itemTicket) return;
  if (outcome) itemPage.value = outcome.data;
  else itemFailed.value = true;
  // Opening an item clears its "updated" mark in the core; the lists and Today follow.
  if (outcome && unseenChanges.value.has(id)) void loadUpdateStatus();
}

let searchTimer: ReturnType<typeof setTimeout> | undefined;
let searchTicket = 0;

/** Searches as the person types: waits `delay` ms for more keys, drops answers to older queries. */
export function search(text: string, delay = 120): void {
  query.value = text;
  clearTimeout(searchTimer);
  const ticket = ++searchTicket;
  const wanted = text.trim();
  if (!wanted) {
    results.value = null;
    return;
  }
  searchTimer = setTimeout(() => {
    void call(commands.search(wanted)).then((outcome) => {
      if (outcome && ticket === searchTicket) results.value = outcome.data;
    });
  }, delay);
}

/** Loads what a screen shows when it is entered. */
export function enter(target: Route): void {
  if (target.name !== "settings") updateDone.value = false;
  switch (target.name) {
    case "today":
      void load(today, commands.today);
      break;
    case "checklist":
      void load(checklist, commands.checklist);
      void load(optionalSteps, commands.optionalSteps);
      break;
    case "rights":
      void load(rights, commands.rights);
      break;
    case "local":
      void load(local, commands.local);
      break;
    case "item":
      void loadItem(target.id, null);
      break;
    case "settings":
      exportPath.value = null;
      calendarPath.value = null;
      sharePath.value = null;
      void loadUpdateStatus();
      if (!about.value) void load(about, commands.about);
      break;
    case "search":
      if (query.value && !results.value) search(query.value, 0);
      break;
    case "work":
      void load(work, commands.work);
      break;
  }
}

// My work and pay. Each write answers with the whole screen, checked again by the core.

/** The hours diary, payslips and their findings; null until loaded. */
export const work = signal<WorkView_Serialize | null>(null);
/** The Dutch .ftl sources, for the printed summary; null until asked for. */
export const dutchSources = signal<string[] | null>(null);

async function writeWork(send: () => ReturnType<typeof commands.work>): Promise<boolean> {
  const outcome = await write(send);
  if (outcome) work.value = outcome.data;
  return outcome !== FAILED;
}

export function saveWorkDay(day: { date: string; start: string; end: string; break_minutes: number; note: string }): Promise<boolean> {
  return writeWork(() => commands.saveWorkDay(day));
}

export function deleteWorkDay(date: string): Promise<boolean> {
  return writeWork(() => commands.deleteWorkDay(date));
}

export function savePayslip(payslip: PayslipInput): Promise<boolean> {
  return writeWork(() => commands.savePayslip(payslip));
}

export function deletePayslip(id: number): Promise<boolean> {
  return writeWork(() => commands.deletePayslip(id));
}

export async function loadDutch(): Promise<void> {
  if (dutchSources.value) return;
  const outcome = await call(commands.messages("nl"));
  if (outcome) dutchSources.value = outcome.data;
}

/** Saves the export file (on phones through the system's save dialog); where it went goes to
 * `exportPath`, nothing when the person cancelled. */
export async function exportData(): Promise<void> {
  exportPath.value = null;
  const outcome = await call(commands.exportData());
  if (outcome) exportPath.value = outcome.data;
}

/** Deletes everything the person entered; the app starts again at first run. */
export async function deleteAllData(): Promise<boolean> {
  if (!(await call(commands.deleteAllData()))) return false;
  batch(() => {
    exportPath.value = null;
    query.value = "";
  });
  return boot();
}

/** Checks a pasted, scanned or opened onboarding link; on success the pre-filled set-up shows. */
export async function openOnboardingLink(link: string): Promise<boolean> {
  const outcome = await call(commands.previewOnboarding(link.trim()));
  if (!outcome) return false;
  const wanted = outcome.data.link.lang;
  if (wanted && wanted !== lang.value && !(await changeLanguage(wanted, false))) return false;
  pendingLink.value = { link: link.trim(), preview: outcome.data };
  return true;
}

/** Saves the details the person confirmed after opening a link, then starts the app. */
export async function acceptOnboardingLink(draft: SavedProfile_Deserialize): Promise<boolean> {
  const pending = pendingLink.value;
  if (!pending) return false;
  if (!(await call(commands.acceptOnboarding(pending.link, draft)))) return false;
  pendingLink.value = null;
  return boot();
}

/** Whether this device can scan a QR code inside the app (phones; on desktop the link is pasted). */
export const canScanCodes = typeof navigator !== "undefined" && /Android|iPhone|iPad/.test(navigator.userAgent);

/** Scans an onboarding QR code with the camera and checks the link it holds. */
export async function scanOnboardingCode(): Promise<void> {
  try {
    const { Format, scan } = await import("@tauri-apps/plugin-barcode-scanner");
    const scanned = await scan({ formats: [Format.QRCode] });
    if (scanned.content) await openOnboardingLink(scanned.content);
  } catch (thrown) {
    // Camera refused or no code read: say so; the person can still paste the link.
    console.error(thrown);
    error.value = { code: "error-invalid-link", message: t("error-invalid-link", { value: "QR" }) };
  }
}

/** Drops a pending link without saving anything; the saved language comes back. */
export async function cancelOnboardingLink(): Promise<void> {
  pendingLink.value = null;
  await boot();
}

/** Takes a link the system opened the app with (QR scan, tapped link), now and whenever one arrives. */
export async function watchOpenedLinks(): Promise<void> {
  const take = async () => {
    const link = await commands.takeOpenedLink().catch(() => null);
    if (link) await openOnboardingLink(link);
  };
  await take();
  await listen("link-opened", () => void take()).catch(() => undefined);
}

/** Saves the checklist deadlines as a calendar file, like `exportData`; where it went goes to
 * `calendarPath`. */
export async function exportCalendar(): Promise<void> {
  calendarPath.value = null;
  const outcome = await call(commands.exportCalendar());
  if (outcome) calendarPath.value = outcome.data;
}

/** Shows the reminders that are due; the core remembers which were shown. */
export async function deliverReminders(): Promise<void> {
  await commands.deliverDueReminders().catch(() => undefined);
}

/** Hands a link to the system (browser, dialler, mail, maps); anything but https/tel/mailto/geo is ignored. */
export async function openExternal(url: string): Promise<void> {
  if (!isOpenableUrl(url)) return;
  try {
    await openUrl(url);
  } catch (thrown) {
    console.error(thrown);
  }
}

/** Items updates brought that the person has not opened since, by id: lists mark them. */
export const unseenChanges = computed<ReadonlyMap<string, ItemChange>>(
  () => new Map((updates.value?.unseen ?? []).map((item) => [item.id, item.change])),
);

/** Loads what Settings and Today show about updates. */
export async function loadUpdateStatus(): Promise<void> {
  const outcome = await settle(commands.updateStatus());
  if (outcome.status === "ok") updates.value = outcome.data;
}

/** The connection type the system reports, where it does (Android); undefined elsewhere. */
function connectionType(): string | undefined {
  if (typeof navigator === "undefined") return undefined;
  return (navigator as Navigator & { connection?: { type?: string } }).connection?.type;
}

/** At start: loads the update status and, with a feed and an allowed connection, asks it what is
 * new in the background. Never downloads content; a failure only shows as "could not check". */
export async function checkUpdatesAtStart(): Promise<void> {
  await loadUpdateStatus();
  const status = updates.value;
  if (status && shouldCheckAtStart(status.has_source, settings.value.wifi_only, connectionType())) {
    await runUpdate("check", commands.checkUpdates, { quiet: true });
  }
}

/** Asks the feed what is new and how much it would download. */
export function checkUpdates(): Promise<boolean> {
  return runUpdate("check", commands.checkUpdates);
}

/** Downloads and applies what is new; every screen then loads the new information. */
export function updateNow(): Promise<boolean> {
  return runUpdate("update", commands.updateNow);
}

/**
 * The largest update file the core accepts (`sync::file::MAX_FILE_LEN`, which the shell checks
 * again): a larger one is refused before it is read or encoded.
 */
export const MAX_UPDATE_FILE_BYTES = 256 * 1024 * 1024;

/** Applies a `.wegwijs` file the person picked. */
export async function importUpdateFile(file: Blob): Promise<boolean> {
  if (file.size > MAX_UPDATE_FILE_BYTES) {
    error.value = { code: "error-update-file-too-large", message: t("error-update-file-too-large") };
    return false;
  }
  let encoded: string;
  try {
    encoded = toBase64(new Uint8Array(await file.arrayBuffer()));
  } catch (thrown) {
    console.error(thrown);
    error.value = { code: "error-io", message: t("error-io") };
    return false;
  }
  return runUpdate("import", () => commands.importUpdate(encoded));
}

/** Saves the update this phone holds as a file to pass on, like `exportData`; where it went goes
 * to `sharePath`. */
export async function shareUpdate(): Promise<void> {
  if (updateBusy.value) return;
  updateBusy.value = "share";
  sharePath.value = null;
  const outcome = await call(commands.shareUpdate());
  updateBusy.value = null;
  if (outcome) sharePath.value = outcome.data;
}

/** Runs one update action; errors go to `updateProblem` and, unless quiet, to the banner. */
async function runUpdate(
  task: UpdateTask,
  send: () => Promise<Outcome<UpdateStatus_Serialize>>,
  { quiet = false } = {},
): Promise<boolean> {
  if (updateBusy.value) return false;
  batch(() => {
    updateBusy.value = task;
    updateDone.value = false;
    sharePath.value = null;
  });
  const outcome = await settle(send());
  updateBusy.value = null;
  if (outcome.status === "error") {
    batch(() => {
      updateProblem.value = outcome.error;
      if (task !== "import") checkFailed.value = true;
      if (!quiet) error.value = outcome.error;
    });
    return false;
  }
  const changed = task === "update" || task === "import";
  batch(() => {
    updates.value = outcome.data;
    updateProblem.value = null;
    checkFailed.value = false;
    updateDone.value = changed;
    if (changed) {
      clearViews();
      about.value = null;
    }
  });
  if (changed) await refreshAfterUpdate();
  return true;
}

/** New content can bring municipalities and a new version: reload what Settings shows. */
async function refreshAfterUpdate(): Promise<void> {
  void load(about, commands.about);
  const outcome = await settle(commands.bootstrap());
  if (outcome.status === "ok" && bootstrap.value) {
    const { municipalities, content_date } = outcome.data;
    bootstrap.value = { ...bootstrap.value, municipalities, content_date };
  }
}

/** What the `speech` event of the shell says: sentence `sentence` of the script started, was
 * read (`end`; `done` for the last one) or was stopped. */
export type SpeechEvent = { sentence: number; phase: "begin" | "end" | "done" | "stopped" };

/** The sentences of a page's text blocks and what the voice reads for each (from the core). */
export async function speechScript(language: Lang, blocks: string[]): Promise<Sentence[]> {
  const outcome = await settle(commands.speechScript(language, blocks));
  return outcome.status === "ok" ? outcome.data : [];
}

/** The platform's voices for `language`; null when the platform has no text to speech (the
 * webview's is the fallback then). */
export async function nativeSpeechSupport(language: Lang): Promise<SpeechSupport_Serialize | null> {
  const outcome = await settle(commands.speechSupport(language));
  return outcome.status === "ok" ? outcome.data : null;
}

/** Reads `spoken` with the platform's voice, numbered from `first` in the events. */
export async function speakNatively(language: Lang, spoken: string[], first: number): Promise<boolean> {
  return (await call(commands.speak(language, spoken, first))) !== FAILED;
}

export async function stopSpeaking(): Promise<void> {
  await settle(commands.stopSpeaking());
}

/** Calls `handler` with every `speech` event until the returned function is called. */
export function onSpeech(handler: (event: SpeechEvent) => void): () => void {
  const pending = listen<SpeechEvent>("speech", (event) => handler(event.payload)).catch(() => null);
  return () => void pending.then((unlisten) => unlisten?.());
}
