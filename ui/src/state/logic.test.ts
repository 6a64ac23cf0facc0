/// <reference types="node" />
import { describe, expect, it } from "vitest";
import type { ChecklistRow_Serialize, Scope } from "../ipc/bindings";
import {
  downloadState,
  dueBadge,
  filterMunicipalities,
  geoUrl,
  hoursChange,
  isOpenableUrl,
  parseCount,
  parseDateInput,
  pickVoice,
  restoreMark,
  shouldCheckAtStart,
  splitChecklist,
  stateAfter,
  toBase64,
  toggleMark,
  withMark,
} from "./logic";

function row(task_id: string, change: Partial<ChecklistRow_Serialize> = {}): ChecklistRow_Serialize {
  return {
    task_id,
    order: 10,
    applies: true,
    state: "todo",
    due: null,
    missing_anchor: null,
    rights: [],
    title: task_id,
    summary: "",
    lang: "en",
    services: [],
    ...change,
  };
}

describe("dueBadge", () => {
  it("says how late an overdue task is, in red", () => {
    expect(dueBadge({ status: "overdue", days: 2 })).toEqual({ id: "due-overdue", args: { days: 2 }, tone: "danger" });
  });

  it("marks today as urgent", () => {
    expect(dueBadge({ status: "due_today" })).toEqual({ id: "due-today", tone: "danger" });
  });

  it("warns within a week and stays calm after that", () => {
    expect(dueBadge({ status: "due_in", days: 3 })).toEqual({ id: "due-in-days", args: { days: 3 }, tone: "warning" });
    expect(dueBadge({ status: "due_in", days: 7 }).tone).toBe("warning");
    expect(dueBadge({ status: "due_in", days: 8 }).tone).toBe("calm");
  });
});

describe("checklist marks", () => {
  it("toggles done and back to the default", () => {
    expect(toggleMark(row("a"))).toBe("done");
    expect(toggleMark(row("a", { state: "done" }))).toBeNull();
    // A task that does not apply but was taken up again goes back to "to do", not away.
    expect(toggleMark(row("a", { state: "done", applies: false }))).toBe("todo");
  });

  it("knows what removing a mark shows", () => {
    expect(stateAfter(row("a"), null)).toBe("todo");
    expect(stateAfter(row("a", { applies: false }), null)).toBe("not_applicable");
    expect(stateAfter(row("a"), "not_applicable")).toBe("not_applicable");
  });

  it("restores a set-aside task into the list", () => {
    expect(restoreMark(row("a", { state: "not_applicable" }))).toBeNull();
    expect(restoreMark(row("a", { state: "not_applicable", applies: false }))).toBe("todo");
  });

  it("changes only the marked row, without touching the old list", () => {
    const rows = [row("a"), row("b")];
    const marked = withMark(rows, "b", "done");
    expect(marked.map((r) => r.state)).toEqual(["todo", "done"]);
    expect(rows[1]!.state).toBe("todo");
    expect(marked[0]).toBe(rows[0]);
  });

  it("puts set-aside rows apart, both in task order", () => {
    const rows = [
      row("c", { order: 30 }),
      row("x", { order: 5, state: "not_applicable", applies: false }),
      row("a", { order: 10, state: "done" }),
      row("b", { order: 20, state: "not_applicable" }),
    ];
    const { active, setAside } = splitChecklist(rows);
    expect(active.map((r) => r.task_id)).toEqual(["a", "c"]);
    expect(setAside.map((r) => r.task_id)).toEqual(["x", "b"]);
  });
});

describe("isOpenableUrl", () => {
  it("allows https, tel, mailto and geo", () => {
    for (const url of ["https://www.svb.nl/x", "tel:+31800", "mailto:info@example.nl", "geo:51.48,5.66"]) {
      expect(isOpenableUrl(url), url).toBe(true);
    }
  });

  it("allows tel only as digits and mailto only to a bare address", () => {
    for (const url of [
      "tel:*%2306%23",
      "tel:+31800,1234",
      "tel:0800p123",
      "tel:+31 800",
      "mailto:info@helmond.nl?subject=Hi&body=Text",
      "mailto:info@helmond.nl?bcc=evil@example.com",
      "mailto:a@b.nl,evil@example.com",
      "mailto:info%40helmond.nl",
      "mailto:info@localhost",
    ]) {
      expect(isOpenableUrl(url), url).toBe(false);
    }
    for (const url of ["tel:112", "tel:+31492587777", "mailto:balie@helmond.nl"]) {
      expect(isOpenableUrl(url), url).toBe(true);
    }
  });

  it("refuses everything else", () => {
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "http://example.nl",
      "data:text/html,x",
      "file:///etc/passwd",
      "/relative",
      "",
    ]) {
      expect(isOpenableUrl(url), url).toBe(false);
    }
  });
});

describe("small parsers", () => {
  it("builds geo links only from both coordinates", () => {
    expect(geoUrl([51.48, 5.66])).toBe("geo:51.48,5.66");
    expect(geoUrl([51.48, null])).toBeNull();
    expect(geoUrl(null)).toBeNull();
  });

  it("finds municipalities by part of the name, ignoring case and accents", () => {
    const all: Scope[] = [
      { code: "GM0796", name: "’s-Hertogenbosch", sample: true },
      { code: "GM0794", name: "Helmond", sample: true },
      { code: "GM1894", name: "Peel en Maas", sample: true },
    ];
    expect(filterMunicipalities(all, "helm").map((s) => s.code)).toEqual(["GM0794"]);
    expect(filterMunicipalities(all, "S-HERT").map((s) => s.code)).toEqual(["GM0796"]);
    expect(filterMunicipalities(all, "").map((s) => s.name)).toEqual(["’s-Hertogenbosch", "Helmond", "Peel en Maas"]);
    expect(filterMunicipalities(all, "xyz")).toEqual([]);
  });

  it("reads counts as whole numbers from 0 to 20", () => {
    expect(parseCount("2")).toBe(2);
    expect(parseCount("02")).toBe(2);
    expect(parseCount("")).toBe(0);
    expect(parseCount("-3")).toBe(0);
    expect(parseCount("99")).toBe(20);
  });

  it("passes only complete ISO dates with a plausible year", () => {
    expect(parseDateInput("2026-11-20")).toBe("2026-11-20");
    expect(parseDateInput("")).toBeNull();
    expect(parseDateInput("20-11-2026")).toBeNull();
    // What a date field holds while the year is typed digit by digit, or typed in the wrong order.
    expect(parseDateInput("0002-11-20")).toBeNull();
    expect(parseDateInput("0020-12-11")).toBeNull();
    expect(parseDateInput("0202-11-20")).toBeNull();
  });

  it("picks a voice for the language, local ones first", () => {
    const voices = [
      { lang: "en-US", localService: true, name: "a" },
      { lang: "pl-PL", localService: false, name: "net" },
      { lang: "pl_PL", localService: true, name: "local" },
    ];
    expect(pickVoice(voices, "pl")?.name).toBe("local");
    expect(pickVoice(voices, "en")?.name).toBe("a");
    expect(pickVoice(voices, "ro")).toBeNull();
  });
});

describe("updates", () => {
  it("checks at start only with a feed, and not on mobile data when the person wants Wi-Fi only", () => {
    expect(shouldCheckAtStart(false, false, "wifi")).toBe(false);
    expect(shouldCheckAtStart(true, false, "cellular")).toBe(true);
    expect(shouldCheckAtStart(true, true, "cellular")).toBe(false);
    expect(shouldCheckAtStart(true, true, "wifi")).toBe(true);
    // Desktop and iOS do not say what the connection is: a check downloads no content, so ask.
    expect(shouldCheckAtStart(true, true, undefined)).toBe(true);
  });

  it("tells unknown, up to date and a download apart", () => {
    expect(downloadState(null)).toBe("unknown");
    expect(downloadState(0)).toBe("up-to-date");
    expect(downloadState(1)).toBe("ready");
  });

  it("encodes a file's bytes as base64, also past one chunk", () => {
    expect(toBase64(new Uint8Array([]))).toBe("");
    expect(toBase64(new TextEncoder().encode("wegwijs"))).toBe("d2Vnd2lqcw==");
    const large = new Uint8Array(100_000).map((_, i) => i % 251);
    expect(Buffer.from(toBase64(large), "base64").equals(Buffer.from(large))).toBe(true);
  });
});

describe("hoursChange", () => {
  const today = "2026-12-24";
  it.each([
    // Open now: when it closes.
    [true, "2026-12-24T17:00:00", { id: "closes-at", time: "17:00", weekday: null }],
    // Closed now, opens later today.
    [false, "2026-12-24T13:30:00", { id: "opens-at", time: "13:30", weekday: null }],
    // Closed over Christmas: opens on Monday 28 December.
    [false, "2026-12-28T09:00:00", { id: "opens-on", time: "09:00", weekday: 0 }],
    // Opens on Sunday.
    [false, "2026-12-27T10:00:00", { id: "opens-on", time: "10:00", weekday: 6 }],
  ] as const)("open %s, next change %s", (openNow, next, expected) => {
    expect(hoursChange(openNow, next, today)).toEqual(expected);
  });

  it("says nothing when the state or the change is not known", () => {
    expect(hoursChange(null, "2026-12-24T17:00:00", today)).toBeNull();
    expect(hoursChange(false, null, today)).toBeNull();
    expect(hoursChange(false, "not a time", today)).toBeNull();
  });
});
