/// <reference types="node" />
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  buildBundle,
  formatDate,
  formatDateTimeRange,
  formatFigure,
  formatInstant,
  formatMessage,
  formatSize,
  parseIso,
  setMessages,
  t,
  weekdayName,
} from "./i18n";

const english = ["ui.ftl", "main.ftl"].map((file) => readFileSync(new URL(`../../../locales/en/${file}`, import.meta.url), "utf8"));

describe("the Fluent bundle", () => {
  it("takes later sources over earlier ones and keeps the rest as fallback", () => {
    const nl = "hello = Hallo\nonly-nl = Alleen Nederlands\nbye = Dag\n";
    const en = "hello = Hello\nbye = Bye\n";
    const pl = "hello = Cześć\n";
    const { bundle, errors } = buildBundle("pl", [nl, en, pl]);
    expect(errors).toEqual([]);
    expect(formatMessage(bundle, "hello")).toBe("Cześć");
    expect(formatMessage(bundle, "bye")).toBe("Bye");
    expect(formatMessage(bundle, "only-nl")).toBe("Alleen Nederlands");
  });

  it("shows the id, never nothing, for a missing message or bundle", () => {
    const { bundle } = buildBundle("en", ["a = A\n"]);
    expect(formatMessage(bundle, "no-such-message")).toBe("no-such-message");
    expect(formatMessage(null, "a")).toBe("a");
  });

  it("formats the real English messages without isolation marks", () => {
    const { bundle, errors } = buildBundle("en", english);
    expect(errors).toEqual([]);
    const formatErrors: Error[] = [];
    expect(formatMessage(bundle, "due-in-days", { days: 1 }, formatErrors)).toBe("Due tomorrow");
    expect(formatMessage(bundle, "due-in-days", { days: 3 }, formatErrors)).toBe("Due in 3 days");
    expect(formatMessage(bundle, "due-overdue", { days: 2 }, formatErrors)).toBe("2 days late");
    expect(formatMessage(bundle, "verified-on", { date: "1 November 2026" }, formatErrors)).toBe("Checked on 1 November 2026");
    expect(formatErrors).toEqual([]);
  });

  it("uses the plural rules of the bundle's language", () => {
    const source = "n = { $days ->\n    [one] one\n    [few] few\n    [many] many\n   *[other] other\n}\n";
    const { bundle } = buildBundle("pl", [source]);
    expect([1, 3, 5, 22].map((days) => formatMessage(bundle, "n", { days }))).toEqual(["one", "few", "many", "few"]);
  });

  it("t follows the installed messages", () => {
    setMessages("en", english);
    expect(t("nav-today")).toBe("Today");
    setMessages("pl", [...english, "nav-today = Dziś\n"]);
    expect(t("nav-today")).toBe("Dziś");
    expect(t("nav-search")).toBe("Search");
  });
});

describe("dates and numbers", () => {
  it("reads ISO dates and local times without shifting them", () => {
    expect(parseIso("2026-11-20")?.toISOString()).toBe("2026-11-20T00:00:00.000Z");
    expect(parseIso("2026-12-05T19:30:00")?.toISOString()).toBe("2026-12-05T19:30:00.000Z");
    expect(parseIso("not a date")).toBeNull();
  });

  it("writes dates in the person's language", () => {
    expect(formatDate("2026-11-20", "en")).toBe("November 20, 2026");
    expect(formatDate("2026-11-20", "nl")).toBe("20 november 2026");
    expect(formatDate("2026-11-20", "pl")).toBe("20 listopada 2026");
    expect(formatDate("2026-01-01", "sr")).toMatch(/januar 2026/);
    expect(formatDate("soon", "en")).toBe("soon");
  });

  it("names weekdays from Monday = 0", () => {
    expect(weekdayName(0, "en")).toBe("Monday");
    expect(weekdayName(6, "nl")).toBe("zondag");
  });

  it("writes figures with the language's decimal mark", () => {
    expect(formatFigure("295.07", "pl")).toBe("295,07");
    expect(formatFigure("14.40", "en")).toBe("14.40");
    expect(formatFigure("about 300", "en")).toBe("about 300");
  });

  it("keeps an event on one day short", () => {
    const text = formatDateTimeRange("2026-12-05T19:30:00", "2026-12-05T21:00:00", "en");
    expect(text).toMatch(/December 5, 2026/);
    expect(text).toMatch(/7:30/);
    expect(text).toMatch(/9:00/);
    expect(text.match(/2026/g)).toHaveLength(1);
  });
});

describe("update sizes and times", () => {
  it("shows whole kilobytes, never zero, and megabytes from 1000 kB", () => {
    expect(formatSize(1, "en")).toBe("1 kB");
    expect(formatSize(240_001, "en")).toBe("241 kB");
    expect(formatSize(999_000, "en")).toBe("999 kB");
    expect(formatSize(2_345_678, "en")).toBe("2.3 MB");
    expect(formatSize(2_345_678, "pl")).toBe("2,3 MB");
  });

  it("shows the moment of the last check on the phone's clock, with nanoseconds from Rust", () => {
    const shown = formatInstant("2026-11-29T08:28:30.123456789Z", "en", "Europe/Amsterdam");
    expect(shown).toContain("November 29, 2026");
    expect(shown).toContain("9:28");
    expect(formatInstant("not a time", "en")).toBe("not a time");
  });

  it("formats the update messages in English", () => {
    setMessages("en", english);
    expect(t("update-download-size", { value: formatSize(240_000, "en") })).toBe("240 kB to download");
    expect(t("today-update-ready", { value: formatSize(12_300, "en") })).toBe("An update is ready: 13 kB");
  });
});
