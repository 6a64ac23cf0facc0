// Wegwijs Studio: the editors' screens. Overview (what needs attention), item form, texts per
// language beside the reference, translation through XLIFF, preview in a phone-sized frame and
// publish. Strings come from ./messages/<lang>.ftl; nothing here builds HTML from content except
// the preview body, which the server rendered and sanitized with the app's own `render`.

import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { signal } from "@preact/signals";
import { setMessages, t } from "../state/i18n";
import {
  ApiError,
  api,
  type Draft,
  type HistoryEntry,
  type Hours,
  type ItemView,
  type KeyView,
  type OverviewRow,
  type Preview,
  type ScopePlan,
  type StudioState,
  type TextDraft,
} from "./api";
import "./studio.css";

// The studio's strings in the 13 languages (messages.test.ts keeps them complete); English
// underneath, as the app's own strings fall back.
const sources = import.meta.glob("./messages/*.ftl", { query: "?raw", import: "default", eager: true });
function messagesOf(lang: string): string[] {
  const of = (code: string) => (sources[`./messages/${code}.ftl`] as string | undefined) ?? "";
  return lang === "en" ? [of("en")] : [of("en"), of(lang)];
}

type Screen = { name: "overview" } | { name: "item"; id: string | null } | { name: "translate" } | { name: "preview"; id: string } | { name: "publish" };

const screen = signal<Screen>({ name: "overview" });
const studio = signal<StudioState | null>(null);
const uiLanguage = signal("en");
const notice = signal<string | null>(null);
const problem = signal<string | null>(null);

function describe(error: unknown): string {
  if (error instanceof ApiError) {
    const text = t(error.code, { field: error.field, detail: error.detail });
    return error.detail && !text.includes(error.detail) ? `${text} (${error.detail})` : text;
  }
  return t("studio-error-failed");
}

async function attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
  problem.value = null;
  try {
    return await work();
  } catch (error) {
    problem.value = describe(error);
    return undefined;
  }
}

function go(next: Screen) {
  notice.value = null;
  problem.value = null;
  screen.value = next;
}

function Studio() {
  useEffect(() => {
    const preferred = navigator.language.slice(0, 2);
    const lang = ["nl", "en", "pl", "ro", "bg", "hu", "lt", "lv", "cs", "sk", "hr", "sr", "es"].includes(preferred) ? preferred : "en";
    uiLanguage.value = lang;
    setMessages(lang, messagesOf(lang));
    void attempt(async () => (studio.value = await api.state()));
  }, []);
  const state = studio.value;
  if (!state) return <main class="studio"><p>{t("studio-loading")}</p></main>;
  const current = screen.value;
  const tabs: [Screen["name"], string][] = [
    ["overview", "studio-tab-overview"],
    ["translate", "studio-tab-translate"],
    ["publish", "studio-tab-publish"],
  ];
  return (
    <>
      <header class="studio-bar">
        <h1>{t("studio-title", { name: state.scope_name ?? state.scope ?? t("studio-national") })}</h1>
        <nav aria-label={t("studio-tabs")}>
          {tabs.map(([name, label]) => (
            <button type="button" data-testid={`tab-${name}`} aria-current={current.name === name ? "page" : undefined} onClick={() => go({ name } as Screen)}>
              {t(label)}
            </button>
          ))}
        </nav>
        <label>
          {t("studio-ui-language")}{" "}
          <select
            value={uiLanguage.value}
            onChange={(event) => {
              const lang = (event.target as HTMLSelectElement).value;
              uiLanguage.value = lang;
              setMessages(lang, messagesOf(lang));
            }}
          >
            {state.languages.map((lang) => <option value={lang}>{lang}</option>)}
          </select>
        </label>
      </header>
      <main class="studio">
        {problem.value && <p class="studio-problem" role="alert" data-testid="problem">{problem.value}</p>}
        {notice.value && <p class="studio-notice" role="status" data-testid="notice">{notice.value}</p>}
        {state.folder_kind === "municipality" && !state.scope_name ? (
          <Welcome state={state} />
        ) : current.name === "overview" ? (
          <Overview state={state} />
        ) : current.name === "item" ? (
          <Editor state={state} id={current.id} />
        ) : current.name === "translate" ? (
          <Translate state={state} />
        ) : current.name === "preview" ? (
          <PreviewScreen state={state} id={current.id} />
        ) : (
          <Publish />
        )}
      </main>
    </>
  );
}

/** An empty municipality folder: its name first, then the guided first item. */
function Welcome({ state }: { state: StudioState }) {
  const [name, setName] = useState("");
  return (
    <form
      class="studio-card"
      onSubmit={async (event) => {
        event.preventDefault();
        const done = await attempt(() => api.setScope(name).then(() => true));
        if (done) {
          studio.value = await api.state();
          go({ name: "item", id: null });
        }
      }}
    >
      <h2>{t("studio-welcome-title")}</h2>
      <p>{t("studio-welcome-text", { code: state.scope ?? "" })}</p>
      <label>
        {t("studio-welcome-name")}
        <input data-testid="scope-name" required value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" data-testid="scope-save">{t("studio-welcome-start")}</button>
    </form>
  );
}

function Overview({ state }: { state: StudioState }) {
  const [rows, setRows] = useState<OverviewRow[] | null>(null);
  useEffect(() => void attempt(async () => setRows(await api.overview())), []);
  return (
    <section>
      <div class="studio-actions">
        <h2>{t("studio-overview-title")}</h2>
        <button type="button" data-testid="new-item" onClick={() => go({ name: "item", id: null })}>{t("studio-new-item")}</button>
        {state.can_undo && (
          <button
            type="button"
            data-testid="undo"
            onClick={async () => {
              const undone = await attempt(() => api.undo());
              if (undone) {
                studio.value = await api.state();
                setRows(await api.overview());
                notice.value = t("studio-undone", { id: undone.undone });
              }
            }}
          >
            {t("studio-undo", { id: state.can_undo })}
          </button>
        )}
      </div>
      {rows === null ? <p>{t("studio-loading")}</p> : rows.length === 0 ? <p>{t("studio-overview-empty")}</p> : (
        <ul class="studio-list" data-testid="overview">
          {rows.map((row) => (
            <li key={row.id}>
              <button type="button" class="studio-link" data-testid={`item-${row.id}`} onClick={() => go({ name: "item", id: row.id })}>
                {row.title || row.id}
              </button>{" "}
              <span class="studio-muted">{row.id} · {row.kind}</span>
              {row.attention.length === 0 ? <p class="studio-ok">{t("studio-attention-none")}</p> : (
                <ul>
                  {row.attention.map((item) => (
                    <li class={item.urgency === 0 ? "studio-error" : ""}>
                      <strong>{item.field}</strong>: {t(item.code, { detail: item.detail })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {state.folder_kind === "municipality" && <CalendarImport onImported={async () => setRows(await api.overview())} />}
    </section>
  );
}

/** A municipality without a key makes one here, encrypted with a passphrase typed twice. */
function NewKey({ view, onMade }: { view: KeyView; onMade: () => Promise<void> }) {
  const [passphrase, setPassphrase] = useState("");
  const [repeated, setRepeated] = useState("");
  return (
    <form
      class="studio-form"
      data-testid="new-key"
      onSubmit={async (e) => {
        e.preventDefault();
        const made = await attempt(() => api.createKey(passphrase, repeated));
        setPassphrase("");
        setRepeated("");
        if (made) {
          notice.value = t("studio-key-made");
          await onMade();
        }
      }}
    >
      <h3>{t("studio-key-title")}</h3>
      <p>{t("studio-key-missing", { name: view.name ?? "", min: view.min_passphrase })}</p>
      <label>
        {t("studio-key-passphrase")}{" "}
        <input
          type="password"
          autocomplete="new-password"
          data-testid="new-key-passphrase"
          value={passphrase}
          onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)}
        />
      </label>
      <label>
        {t("studio-key-repeat")}{" "}
        <input
          type="password"
          autocomplete="new-password"
          data-testid="new-key-repeated"
          value={repeated}
          onInput={(e) => setRepeated((e.target as HTMLInputElement).value)}
        />
      </label>
      <button type="submit" data-testid="new-key-create">{t("studio-key-create")}</button>
    </form>
  );
}

/** The A4 poster with a QR code for the desk, in the language chosen; the server refuses it until the feed is published. */
function PosterLink({ languages }: { languages: string[] }) {
  const [lang, setLang] = useState("nl");
  return (
    <p class="studio-actions">
      <label>
        {t("studio-poster-language")}{" "}
        <select data-testid="poster-language" value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value)}>
          {languages.map((code) => <option value={code}>{code}</option>)}
        </select>
      </label>
      <a href={`/api/poster?lang=${lang}`} download={`poster-${lang}.pdf`} data-testid="poster">
        {t("studio-poster")}
      </a>
    </p>
  );
}

/** Events from the municipality's own calendar (.ics): new occurrences become event items, those imported before are updated. */
function CalendarImport({ onImported }: { onImported: () => Promise<void> }) {
  const [lang, setLang] = useState("nl");
  const [file, setFile] = useState<File | null>(null);
  return (
    <section class="studio-card">
      <h2>{t("studio-ics-title")}</h2>
      <p>{t("studio-ics-help")}</p>
      <label>
        {t("studio-ics-file")}
        <input type="file" accept=".ics,text/calendar" data-testid="ics-file" onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)} />
      </label>
      <label>
        {t("studio-ics-lang")}{" "}
        <select data-testid="ics-language" value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value)}>
          {["nl", "en"].map((code) => <option value={code}>{code}</option>)}
        </select>
      </label>
      <button
        type="button"
        data-testid="ics-import"
        disabled={file === null}
        onClick={async () => {
          if (!file) return;
          const text = await file.text();
          const done = await attempt(() => api.importIcs(text, lang));
          if (done) {
            studio.value = await api.state();
            await onImported();
            const imported = t("studio-ics-imported", { created: done.created.length, updated: done.updated.length, unchanged: done.unchanged });
            notice.value = done.removed.length ? `${imported} ${t("studio-ics-removed", { count: done.removed.length })}` : imported;
          }
        }}
      >
        {t("studio-ics-import")}
      </button>
    </section>
  );
}

const KINDS = ["right", "service", "task", "alert", "event"];

function emptyDraft(state: StudioState): Draft {
  const prefix = state.scope ? `${state.scope.toLowerCase()}-` : "";
  return {
    id: prefix,
    kind: "service",
    version: 1,
    topics: ["municipality"],
    sources: [""],
    verified_on: new Date().toISOString().slice(0, 10),
    related: [],
    sample: false,
    service: { languages: [] },
    kept: "",
    texts: { nl: emptyText("reference"), en: emptyText("reference") },
  };
}

function emptyText(state: string): TextDraft {
  return { title: "", summary: "", state, keywords: [], body: "" };
}

function Editor({ state, id }: { state: StudioState; id: string | null }) {
  const [view, setView] = useState<ItemView | null>(null);
  const [draft, setDraft] = useState<Draft | null>(id === null ? emptyDraft(state) : null);
  const [lang, setLang] = useState("pl");
  const [hours, setHours] = useState<Hours | null>(null);
  const [typedGeo, setTypedGeo] = useState<[string, string] | null>(null);
  useEffect(() => {
    setTypedGeo(null);
    if (id !== null) void attempt(async () => {
      const loaded = await api.item(id);
      setView(loaded);
      setDraft(loaded.draft);
    });
  }, [id]);
  const hoursText = draft?.service?.opening_hours ?? "";
  useEffect(() => {
    if (hoursText.trim()) void api.hours(hoursText).then(setHours).catch(() => setHours(null));
    else setHours(null);
  }, [hoursText]);
  if (!draft) return <p>{t("studio-loading")}</p>;
  // Latitude and longitude as typed; item.toml holds them only as a pair.
  const geo: [string, string] = typedGeo ?? (draft.service?.geo ? [String(draft.service.geo[0]), String(draft.service.geo[1])] : ["", ""]);
  const setGeo = (next: [string, string]) => {
    setTypedGeo(next);
    const [lat, lon] = next.map((x) => (x.trim() === "" ? NaN : Number(x.trim().replace(",", "."))));
    setService({ geo: Number.isFinite(lat) && Number.isFinite(lon) ? [lat, lon] : null });
  };
  const update = (change: Partial<Draft>) => setDraft({ ...draft, ...change });
  const service = draft.service ?? { languages: [] };
  const setService = (change: Partial<typeof service>) => update({ service: { ...service, ...change } });
  const setText = (code: string, change: Partial<TextDraft>) =>
    update({ texts: { ...draft.texts, [code]: { ...(draft.texts[code] ?? emptyText("translated")), ...change } } });
  const field = (label: string, testid: string, value: string, onInput: (value: string) => void, type = "text") => (
    <label>
      {t(label)}
      <input type={type} data-testid={testid} value={value} onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
    </label>
  );
  return (
    <form
      class="studio-form"
      onSubmit={async (event) => {
        event.preventDefault();
        if (typedGeo && typedGeo.some((x) => x.trim() !== "") && !draft.service?.geo) {
          problem.value = t("studio-error-geo");
          return;
        }
        const saved = await attempt(() => api.save(draft));
        if (saved) {
          setView(saved.item);
          setDraft(saved.item.draft);
          studio.value = await api.state();
          notice.value = t("studio-saved", { count: saved.written.length });
          if (id === null) screen.value = { name: "item", id: draft.id };
        }
      }}
    >
      <h2>{id === null ? t("studio-new-item") : t("studio-edit-item", { id })}</h2>
      {id === null && <p>{t("studio-new-item-help")}</p>}
      <fieldset>
        <legend>{t("studio-fields")}</legend>
        {id === null && field("studio-field-id", "field-id", draft.id, (value) => update({ id: value }))}
        <label>
          {t("studio-field-kind")}
          <select data-testid="field-kind" value={draft.kind} onChange={(e) => update({ kind: (e.target as HTMLSelectElement).value })}>
            {KINDS.map((kind) => <option value={kind}>{kind}</option>)}
          </select>
        </label>
        <fieldset class="studio-topics">
          <legend>{t("studio-field-topics")}</legend>
          {state.topics.map((topic) => (
            <label class="studio-check">
              <input
                type="checkbox"
                checked={draft.topics.includes(topic)}
                onChange={(e) =>
                  update({ topics: (e.target as HTMLInputElement).checked ? [...draft.topics, topic] : draft.topics.filter((x) => x !== topic) })
                }
              />
              {topic}
            </label>
          ))}
        </fieldset>
        {draft.sources.map((source, index) => (
          <div class="studio-source">
            {field("studio-field-source", `field-source-${index}`, source, (value) => {
              const next = [...draft.sources];
              next[index] = value;
              update({ sources: next });
            }, "url")}
            {view && view.draft.sources[index] === source && (
              <span class={view.official[index] ? "studio-ok" : "studio-error"}>
                {t(view.official[index] ? "studio-source-official" : "studio-source-unofficial")}
              </span>
            )}
          </div>
        ))}
        <button type="button" onClick={() => update({ sources: [...draft.sources, ""] })}>{t("studio-add-source")}</button>
        {field("studio-field-verified-on", "field-verified-on", draft.verified_on, (value) => update({ verified_on: value }), "date")}
        {field("studio-field-valid-from", "field-valid-from", draft.valid_from ?? "", (value) => update({ valid_from: value || null }), "date")}
        {field("studio-field-valid-until", "field-valid-until", draft.valid_until ?? "", (value) => update({ valid_until: value || null }), "date")}
        {draft.related.map((related, index) => (
          <div class="studio-source">
            {field("studio-field-related", `field-related-${index}`, related, (value) => {
              const next = [...draft.related];
              next[index] = value.trim();
              update({ related: next });
            })}
          </div>
        ))}
        <button type="button" data-testid="add-related" onClick={() => update({ related: [...draft.related, ""] })}>
          {t("studio-add-related")}
        </button>
        {draft.kind === "service" && (
          <fieldset>
            <legend>{t("studio-service")}</legend>
            {field("studio-field-address", "field-address", service.address ?? "", (value) => setService({ address: value || null }))}
            {field("studio-field-phone", "field-phone", service.phone ?? "", (value) => setService({ phone: value || null }), "tel")}
            {field("studio-field-email", "field-email", service.email ?? "", (value) => setService({ email: value || null }), "email")}
            {field("studio-field-website", "field-website", service.website ?? "", (value) => setService({ website: value || null }), "url")}
            {field("studio-field-hours", "field-hours", service.opening_hours ?? "", (value) => setService({ opening_hours: value || null }))}
            {hours && (
              <p data-testid="hours-preview" role="status">
                {hours.error ? t("studio-hours-invalid", { detail: hours.error }) : t(`studio-hours-${hours.state}`, { next: hours.next_change?.replace("T", " ") ?? "" })}
              </p>
            )}
            {field("studio-field-latitude", "field-latitude", geo[0], (value) => setGeo([value, geo[1]]))}
            {field("studio-field-longitude", "field-longitude", geo[1], (value) => setGeo([geo[0], value]))}
            <fieldset class="studio-topics">
              <legend>{t("studio-field-languages")}</legend>
              {state.languages.map((code) => (
                <label class="studio-check">
                  <input
                    type="checkbox"
                    data-testid={`field-language-${code}`}
                    checked={service.languages.includes(code)}
                    onChange={(e) =>
                      setService({
                        languages: (e.target as HTMLInputElement).checked
                          ? [...service.languages, code]
                          : service.languages.filter((x) => x !== code),
                      })
                    }
                  />
                  {code}
                </label>
              ))}
            </fieldset>
            <label>
              {t("studio-field-appointment")}
              <select
                data-testid="field-appointment"
                value={service.appointment == null ? "" : String(service.appointment)}
                onChange={(e) => {
                  const value = (e.target as HTMLSelectElement).value;
                  setService({ appointment: value === "" ? null : value === "true" });
                }}
              >
                <option value="">{t("studio-appointment-unknown")}</option>
                <option value="true">{t("studio-appointment-yes")}</option>
                <option value="false">{t("studio-appointment-no")}</option>
              </select>
            </label>
          </fieldset>
        )}
        {draft.kind === "alert" && (
          <label>
            {t("studio-field-severity")}
            <select value={draft.severity ?? "info"} onChange={(e) => update({ severity: (e.target as HTMLSelectElement).value })}>
              {["info", "warning", "urgent"].map((s) => <option value={s}>{s}</option>)}
            </select>
          </label>
        )}
        {draft.kind === "event" && (
          <fieldset>
            <legend>{t("studio-event")}</legend>
            {field("studio-field-starts", "field-starts", draft.event?.starts ?? "", (value) => update({ event: { ends: "", ...draft.event, starts: value } }), "datetime-local")}
            {field("studio-field-ends", "field-ends", draft.event?.ends ?? "", (value) => update({ event: { starts: "", ...draft.event, ends: value } }), "datetime-local")}
            {field("studio-field-place", "field-place", draft.event?.place ?? "", (value) => update({ event: { starts: "", ends: "", ...draft.event, place: value || null } }))}
          </fieldset>
        )}
        {draft.kept.trim() && (
          <details>
            <summary>{t("studio-kept")}</summary>
            <pre>{draft.kept}</pre>
          </details>
        )}
      </fieldset>
      <div class="studio-texts">
        {["nl", "en"].map((code) => <TextFields code={code} text={draft.texts[code] ?? emptyText("reference")} onChange={(change) => setText(code, change)} />)}
      </div>
      <label>
        {t("studio-other-language")}{" "}
        <select data-testid="text-language" value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value)}>
          {state.languages.filter((code) => code !== "nl" && code !== "en").map((code) => <option value={code}>{code}</option>)}
        </select>
      </label>
      <div class="studio-texts">
        <TextFields code="en" text={draft.texts.en ?? emptyText("reference")} readOnly />
        <TextFields code={lang} text={draft.texts[lang] ?? emptyText("translated")} onChange={(change) => setText(lang, change)} states />
      </div>
      {view && view.diagnostics.length > 0 && (
        <ul class="studio-diagnostics" data-testid="diagnostics">
          {view.diagnostics.map((d) => <li class={d.severity === "error" ? "studio-error" : ""}>{d.file}{d.line ? `:${d.line}` : ""}: {d.message}</li>)}
        </ul>
      )}
      <div class="studio-actions">
        <button type="submit" data-testid="save">{t("studio-save")}</button>
        {id !== null && <button type="button" data-testid="preview" onClick={() => go({ name: "preview", id })}>{t("studio-preview")}</button>}
      </div>
    </form>
  );
}

function TextFields({
  code,
  text,
  onChange,
  readOnly,
  states,
}: {
  code: string;
  text: TextDraft;
  onChange?: (change: Partial<TextDraft>) => void;
  readOnly?: boolean;
  states?: boolean;
}) {
  const input = (name: "title" | "summary", label: string) => (
    <label>
      {t(label)}
      <input lang={code} readOnly={readOnly} data-testid={readOnly ? undefined : `text-${code}-${name}`} value={text[name]} onInput={(e) => onChange?.({ [name]: (e.target as HTMLInputElement).value })} />
    </label>
  );
  return (
    <fieldset class="studio-text">
      <legend>{t("studio-text-in", { lang: code })}</legend>
      {input("title", "studio-field-title")}
      {input("summary", "studio-field-summary")}
      <label>
        {t("studio-field-body")}
        <textarea lang={code} rows={10} readOnly={readOnly} data-testid={readOnly ? undefined : `text-${code}-body`} value={text.body} onInput={(e) => onChange?.({ body: (e.target as HTMLTextAreaElement).value })} />
      </label>
      {states && (
        <label>
          {t("studio-field-state")}
          <select value={text.state} onChange={(e) => onChange?.({ state: (e.target as HTMLSelectElement).value })}>
            {TRANSLATION_STATES.map((s) => <option value={s}>{t(`studio-state-${s}`)}</option>)}
          </select>
        </label>
      )}
    </fieldset>
  );
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/xliff+xml" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** The states an editor sets on a translation; the app labels "machine" as not checked by a person. */
const TRANSLATION_STATES = ["machine", "translated", "reviewed"];

function Translate({ state }: { state: StudioState }) {
  const [lang, setLang] = useState("pl");
  const [xml, setXml] = useState("");
  const [imported, setImported] = useState("translated");
  return (
    <section class="studio-card">
      <h2>{t("studio-translate-title")}</h2>
      <p>{t("studio-translate-help")}</p>
      <label>
        {t("studio-translate-language")}{" "}
        <select data-testid="xliff-language" value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value)}>
          {state.languages.filter((code) => code !== "nl" && code !== "en").map((code) => <option value={code}>{code}</option>)}
        </select>
      </label>
      <button
        type="button"
        data-testid="xliff-export"
        onClick={async () => {
          const text = await attempt(() => api.exportXliff(lang));
          if (text !== undefined) {
            setXml(text);
            download(`${(state.scope ?? "wegwijs").toLowerCase()}-${lang}.xlf`, text);
          }
        }}
      >
        {t("studio-xliff-export")}
      </button>
      <label>
        {t("studio-xliff-paste")}
        <textarea data-testid="xliff-text" rows={12} value={xml} onInput={(e) => setXml((e.target as HTMLTextAreaElement).value)} />
      </label>
      <label>
        {t("studio-xliff-file")}
        <input
          type="file"
          accept=".xlf,.xliff,.xml"
          data-testid="xliff-file"
          onChange={async (e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) setXml(await file.text());
          }}
        />
      </label>
      <label>
        {t("studio-xliff-state")}{" "}
        <select data-testid="xliff-state" value={imported} onChange={(e) => setImported((e.target as HTMLSelectElement).value)}>
          {TRANSLATION_STATES.map((s) => <option value={s}>{t(`studio-state-${s}`)}</option>)}
        </select>
      </label>
      <button
        type="button"
        data-testid="xliff-import"
        onClick={async () => {
          const done = await attempt(() => api.importXliff(xml, imported));
          if (done) {
            studio.value = await api.state();
            notice.value = t("studio-xliff-imported", { count: done.items.length, lang: done.lang });
          }
        }}
      >
        {t("studio-xliff-import")}
      </button>
    </section>
  );
}

function PreviewScreen({ state, id }: { state: StudioState; id: string }) {
  const [lang, setLang] = useState("pl");
  const [preview, setPreview] = useState<Preview | null>(null);
  useEffect(() => void attempt(async () => setPreview(await api.preview(id, lang))), [id, lang]);
  return (
    <section>
      <div class="studio-actions">
        <h2>{t("studio-preview")}</h2>
        <label>
          {t("studio-preview-language")}{" "}
          <select data-testid="preview-language" value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value)}>
            {state.languages.map((code) => <option value={code}>{code}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => go({ name: "item", id })}>{t("studio-back-to-item")}</button>
      </div>
      {preview && (
        <article class="studio-phone" lang={preview.shown_lang} data-testid="phone">
          {preview.shown_lang !== preview.lang && <p class="studio-muted">{t("studio-preview-fallback", { lang: preview.shown_lang })}</p>}
          <h3 data-testid="phone-title">{preview.title}</h3>
          <p class="studio-summary">{preview.summary}</p>
          {preview.service?.address && <p>{preview.service.address}</p>}
          {preview.service?.phone && <p>{preview.service.phone}</p>}
          {preview.service?.opening_hours && <p>{preview.service.opening_hours}</p>}
          {preview.event && <p>{preview.event.starts.replace("T", " ")} – {preview.event.ends.replace("T", " ")}</p>}
          {/* Rendered and sanitized by the core's render, as the app stores it. */}
          <div class="studio-body" dangerouslySetInnerHTML={{ __html: preview.html }} />
        </article>
      )}
    </section>
  );
}

function formatBytes(bytes: number): string {
  return new Intl.NumberFormat(uiLanguage.value === "sr" ? "sr-Latn" : uiLanguage.value).format(bytes);
}

function Publish() {
  const [plan, setPlan] = useState<ScopePlan[] | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [key, setKey] = useState<KeyView | null>(null);
  // The key's passphrase: in this field only, sent with the one publish, then cleared.
  const [passphrase, setPassphrase] = useState("");
  const load = async () => {
    const loaded = await attempt(() => api.plan());
    setPlan(loaded?.scopes ?? null);
    setHistory((await api.history().catch(() => [])) ?? []);
    setKey(await api.key().catch(() => null));
  };
  const asksPassphrase = key?.state === "encrypted" && !key.passphrase_given;
  useEffect(() => void load(), []);
  return (
    <section class="studio-card">
      <h2>{t("studio-publish-title")}</h2>
      {plan && (
        <ul data-testid="publish-plan">
          {plan.map((scope) => (
            <li>
              <strong>{scope.scope}</strong>:{" "}
              {t("studio-publish-plan", {
                changed: scope.changed.length,
                removed: scope.removed.length,
                update: formatBytes(scope.update_bytes),
                full: formatBytes(scope.full_bytes),
                version: scope.published_version,
              })}
              {scope.changed.length > 0 && <span class="studio-muted"> ({scope.changed.join(", ")})</span>}
            </li>
          ))}
        </ul>
      )}
      {key?.state === "missing" && <NewKey view={key} onMade={load} />}
      {key?.public && key.name && (
        <p>
          {t("studio-key-send")}{" "}
          <a href="/api/key/public" download={`${key.name}.pub`} data-testid="public-key">{t("studio-key-public")}</a>
        </p>
      )}
      {asksPassphrase && (
        <p>
          <label>
            {t("studio-key-encrypted")}{" "}
            <input
              type="password"
              autocomplete="current-password"
              data-testid="key-passphrase"
              value={passphrase}
              onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)}
            />
          </label>
        </p>
      )}
      <div class="studio-actions">
        <button
          type="button"
          data-testid="publish"
          disabled={!plan}
          onClick={async () => {
            const done = await attempt(() => api.publish(asksPassphrase ? passphrase : undefined));
            setPassphrase("");
            if (done) {
              notice.value = t("studio-published", { count: done.summary.scopes.length });
              studio.value = await api.state();
              await load();
            }
          }}
        >
          {t("studio-publish-now")}
        </button>
        <a href="/api/update-file" download="update.wegwijs" data-testid="update-file">{t("studio-update-file")}</a>
      </div>
      {studio.value?.folder_kind === "municipality" && <PosterLink languages={studio.value.languages} />}
      <h3>{t("studio-history")}</h3>
      <table data-testid="history">
        <thead>
          <tr>
            <th scope="col">{t("studio-history-when")}</th>
            <th scope="col">{t("studio-history-role")}</th>
            <th scope="col">{t("studio-history-version")}</th>
            <th scope="col">{t("studio-history-key")}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((entry) => (
            <tr>
              <td>{entry.signed_at}</td>
              <td>{entry.role}</td>
              <td>{entry.content_version ?? "–"}</td>
              <td><code>{entry.key_ids.map((k) => k.slice(0, 12)).join(", ")}</code></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

render(<Studio />, document.getElementById("studio")!);
