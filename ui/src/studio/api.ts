// The studio server's API (crates/publish/src/studio.rs). The session cookie set from the
// URL's token goes with every request; errors come back as {code, field, detail}, and `code`
// is a message of locales/*/studio.ftl.

export interface TextDraft {
  title: string;
  summary: string;
  state: string;
  keywords: string[];
  body: string;
  source_hash?: string | null;
}

export interface ServiceDraft {
  address?: string | null;
  geo?: [number, number] | null;
  phone?: string | null;
  website?: string | null;
  email?: string | null;
  opening_hours?: string | null;
  languages: string[];
  appointment?: boolean | null;
}

export interface EventDraft {
  starts: string;
  ends: string;
  place?: string | null;
}

export interface Draft {
  id: string;
  kind: string;
  version: number;
  topics: string[];
  sources: string[];
  verified_on: string;
  valid_from?: string | null;
  valid_until?: string | null;
  related: string[];
  sample: boolean;
  service?: ServiceDraft | null;
  severity?: string | null;
  event?: EventDraft | null;
  kept: string;
  texts: Record<string, TextDraft>;
}

export interface Diagnostic {
  severity: "error" | "warning";
  file: string;
  line: number | null;
  message: string;
}

export interface ItemView {
  draft: Draft;
  official: boolean[];
  english_hash: string | null;
  diagnostics: Diagnostic[];
}

export interface Attention {
  urgency: number;
  code: string;
  field: string;
  detail: string;
}

export interface OverviewRow {
  id: string;
  scope: string;
  kind: string;
  title: string;
  attention: Attention[];
}

export interface StudioState {
  folder_kind: "tree" | "municipality";
  scope: string | null;
  scope_name: string | null;
  folder: string;
  languages: string[];
  topics: string[];
  can_undo: string | null;
  year: number;
}

export interface Preview {
  lang: string;
  title: string;
  summary: string;
  html: string;
  state: string;
  shown_lang: string;
  kind: string;
  service: ServiceDraft | null;
  event: EventDraft | null;
}

export interface ScopePlan {
  scope: string;
  published_version: number;
  items: number;
  changed: string[];
  removed: string[];
  update_bytes: number;
  full_bytes: number;
}

export interface HistoryEntry {
  role: string;
  metadata_version: number;
  signed_at: string;
  key_ids: string[];
  content_version: number | null;
}

export interface KeyView {
  state: "missing" | "clear" | "encrypted" | null;
  name: string | null;
  public: boolean;
  min_passphrase: number;
  passphrase_given: boolean;
}

export interface Hours {
  state: "open" | "closed" | "unknown";
  next_change: string | null;
  error: string | null;
}

export class ApiError extends Error {
  constructor(
    public code: string,
    public field: string,
    public detail: string,
  ) {
    super(code);
  }
}

async function call<T>(method: string, path: string, body?: unknown, raw = false): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: "same-origin",
    headers: body === undefined ? {} : { "content-type": raw ? "application/xml" : "application/json" },
    body: body === undefined ? undefined : raw ? String(body) : JSON.stringify(body),
  });
  if (!response.ok) {
    const error = await response.json().catch(() => ({ code: "studio-error-failed", field: "", detail: "" }));
    throw new ApiError(error.code, error.field ?? "", error.detail ?? "");
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get("content-type") ?? "";
  return (type.includes("json") ? response.json() : response.text()) as Promise<T>;
}

export const api = {
  state: () => call<StudioState>("GET", "/api/state"),
  setScope: (name: string) => call<void>("POST", "/api/scope", { name }),
  overview: () => call<OverviewRow[]>("GET", "/api/overview"),
  item: (id: string) => call<ItemView>("GET", `/api/items/${encodeURIComponent(id)}`),
  save: (draft: Draft) =>
    call<{ written: string[]; item: ItemView }>("PUT", `/api/items/${encodeURIComponent(draft.id)}`, { draft }),
  hours: (text: string) => call<Hours>("POST", "/api/hours", { text }),
  sources: (sources: string[]) => call<boolean[]>("POST", "/api/sources", { sources }),
  preview: (id: string, lang: string) => call<Preview>("GET", `/api/preview/${encodeURIComponent(id)}/${lang}`),
  exportXliff: (lang: string) => call<string>("GET", `/api/xliff/${lang}`),
  importXliff: (xml: string, state: string) =>
    call<{ lang: string; items: string[]; written: number }>("POST", `/api/xliff?state=${state}`, xml, true),
  importIcs: (ics: string, lang: string) =>
    call<{ created: string[]; updated: string[]; unchanged: number; removed: string[] }>("POST", `/api/ics?lang=${lang}`, ics, true),
  undo: () => call<{ undone: string }>("POST", "/api/undo"),
  plan: () => call<{ scopes: ScopePlan[] }>("GET", "/api/publish"),
  publish: (passphrase?: string) =>
    call<{ summary: { scopes: { scope: string; version: number }[] } }>(
      "POST",
      "/api/publish",
      passphrase ? { passphrase } : undefined,
    ),
  key: () => call<KeyView>("GET", "/api/key"),
  createKey: (passphrase: string, repeated: string) =>
    call<{ name: string; key_id: string }>("POST", "/api/key", { passphrase, repeated }),
  history: () => call<HistoryEntry[]>("GET", "/api/history"),
};
