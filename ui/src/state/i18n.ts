// UI strings through Fluent, and dates and numbers through Intl, in the person's language.
// The .ftl sources come from the core (`bootstrap.messages`, `commands.messages(lang)`); the
// store loads them and hands them to `setMessages`. Components call `t`, which reads a signal,
// so every text on screen follows a language switch.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { signal } from "@preact/signals";

export type Args = Record<string, FluentVariable>;

/** The Intl/Fluent locale of a language code: Serbian texts are written in Latin script. */
export function localeOf(lang: string): string {
  return lang === "sr" ? "sr-Latn" : lang;
}

/** A bundle from .ftl sources given fallbacks first: later sources override earlier ones. */
export function buildBundle(lang: string, sources: readonly string[]): { bundle: FluentBundle; errors: string[] } {
  const bundle = new FluentBundle(localeOf(lang), { useIsolating: false });
  const errors: string[] = [];
  for (const source of sources) {
    for (const error of bundle.addResource(new FluentResource(source), { allowOverrides: true })) {
      errors.push(error.message);
    }
  }
  return { bundle, errors };
}

/** Formats message `id`; the id itself when the bundle lacks it (never an empty string). */
export function formatMessage(bundle: FluentBundle | null, id: string, args?: Args, errors: Error[] = []): string {
  const message = bundle?.getMessage(id);
  if (!bundle || !message?.value) return id;
  return bundle.formatPattern(message.value, args ?? null, errors);
}

const bundle = signal<FluentBundle | null>(null);
/** The language of the UI strings now shown. */
export const uiLang = signal("en");

/** Installs the messages of `lang` and marks the document as written in it. */
export function setMessages(lang: string, sources: readonly string[]): void {
  const built = buildBundle(lang, sources);
  if (built.errors.length > 0 && import.meta.env.DEV) console.warn("Fluent:", built.errors);
  bundle.value = built.bundle;
  uiLang.value = lang;
  if (typeof document !== "undefined") document.documentElement.lang = lang;
}

/** The message `id` in the UI language. */
export function t(id: string, args?: Args): string {
  const errors: Error[] = [];
  const text = formatMessage(bundle.value, id, args, errors);
  if (errors.length > 0 && import.meta.env.DEV) console.warn(`Fluent ${id}:`, errors);
  return text;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    // The wall-clock values are read as UTC and shown as UTC, so no time zone shifts them.
    format = new Intl.DateTimeFormat(localeOf(lang), { ...options, timeZone: "UTC" });
    formats.set(key, format);
  }
  return format;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/;

/** A "YYYY-MM-DD" date or "YYYY-MM-DDTHH:MM:SS" local time as a Date holding those values in UTC. */
export function parseIso(value: string): Date | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "20 November 2026" in the UI language; the input unchanged if it is not a date. */
export function formatDate(iso: string, lang = uiLang.value): string {
  const date = parseIso(iso);
  return date ? dateFormat(lang, { dateStyle: "long" }).format(date) : iso;
}

/** A local date-time range such as an event's, as short as the language allows. */
export function formatDateTimeRange(starts: string, ends: string, lang = uiLang.value): string {
  const from = parseIso(starts);
  const to = parseIso(ends);
  if (!from) return starts;
  const format = dateFormat(lang, { dateStyle: "full", timeStyle: "short" });
  if (!to || to.getTime() <= from.getTime()) return format.format(from);
  return format.formatRange(from, to);
}

/** The weekday name of 0 = Monday … 6 = Sunday. */
export function weekdayName(weekday: number, lang = uiLang.value): string {
  // 1 January 2024 was a Monday.
  return dateFormat(lang, { weekday: "long" }).format(new Date(Date.UTC(2024, 0, 1 + weekday)));
}

/** A decimal figure from the content ("295.07") with the language's separators. */
export function formatFigure(value: string, lang = uiLang.value): string {
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  const decimals = value.split(".")[1]?.length ?? 0;
  return new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    Number(value),
  );
}

/** A download size in the UI language: whole kilobytes (never "0 kB"), from 1000 kB megabytes. */
export function formatSize(bytes: number, lang = uiLang.value): string {
  const kilobytes = Math.max(1, Math.ceil(bytes / 1000));
  if (kilobytes < 1000) {
    return new Intl.NumberFormat(localeOf(lang), { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 }).format(kilobytes);
  }
  return new Intl.NumberFormat(localeOf(lang), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 }).format(
    Math.round(bytes / 100_000) / 10,
  );
}

/** A moment (RFC 3339, as the core sends `DateTime<Utc>`) as date and time on this phone's clock. */
export function formatInstant(iso: string, lang = uiLang.value, timeZone?: string): string {
  // Up to nanoseconds come from Rust; Date wants at most milliseconds everywhere.
  const date = new Date(iso.replace(/(\.\d{3})\d+/, "$1"));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: "long", timeStyle: "short", timeZone }).format(date);
}
