/// <reference types="node" />
// Every message id the UI asks for must exist in the English reference files, so a typo shows
// here and not as a raw id on someone's phone.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildBundle } from "./state/i18n";
import { dueBadge } from "./state/logic";
import { SCREENS } from "./state/route";

const src = fileURLToPath(new URL(".", import.meta.url));
const locales = fileURLToPath(new URL("../../locales/en/", import.meta.url));
const { bundle } = buildBundle(
  "en",
  readdirSync(locales)
    .filter((file) => file.endsWith(".ftl"))
    .map((file) => readFileSync(join(locales, file), "utf8")),
);

/** The app's sources; the studio (src/studio) has its own messages and their own test. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === join(src, "studio")) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The first argument of each `t(…)` call, as source text. */
function firstArguments(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/\bt\(/g)) {
    let depth = 0;
    let end = match.index + 2;
    for (; end < code.length; end++) {
      const char = code[end];
      if (char === "(" || char === "[" || char === "{") depth++;
      else if (char === ")" || char === "]" || char === "}") {
        if (depth === 0) break;
        depth--;
      } else if (char === "," && depth === 0) break;
    }
    found.push(code.slice(match.index + 2, end).trim());
  }
  return found;
}

/** The families of ids built from a prefix and a value, with every value they can take. */
const FAMILIES: Record<string, readonly string[]> = {
  "nav-": SCREENS,
  "topic-": [
    "registration",
    "id",
    "work",
    "wages",
    "housing",
    "health",
    "family",
    "benefits",
    "money",
    "education",
    "language",
    "help",
    "leaving",
    "emergency",
    "community",
    "municipality",
  ],
  "kind-": ["right", "service", "task", "alert", "event"],
  "state-": ["reference", "machine", "translated", "reviewed"],
  "work-tab-": ["hours", "payslips"],
  "work-kind-": ["week", "four-weeks", "month"],
  "voice-instead-": ["en", "nl"],
};

function idsUsed(): Set<string> {
  const ids = new Set<string>();
  for (const file of sources(src)) {
    for (const argument of firstArguments(readFileSync(file, "utf8"))) {
      // Literals in result position: the whole argument, or a branch of a conditional.
      for (const literal of argument.matchAll(/(?:^|[?:])\s*"([^"]+)"/g)) ids.add(literal[1]!);
      for (const template of argument.matchAll(/`([a-z-]+)\$\{/g)) {
        const values = FAMILIES[template[1]!];
        if (!values) throw new Error(`unknown message family ${template[1]} in ${file}`);
        for (const value of values) ids.add(template[1] + value);
      }
    }
  }
  for (const status of [{ status: "overdue", days: 1 }, { status: "due_today" }, { status: "due_in", days: 1 }] as const) {
    ids.add(dueBadge(status).id);
  }
  return ids;
}

describe("message ids", () => {
  it("finds the calls it checks", () => {
    const ids = idsUsed();
    expect(ids.size).toBeGreaterThan(80);
    expect(ids).toContain("needs-work-start-date");
    expect(ids).toContain("topic-municipality");
  });

  it("asks only for messages that exist in English", () => {
    const missing = [...idsUsed()].filter((id) => !bundle.hasMessage(id)).sort();
    expect(missing).toEqual([]);
  });
});
