// The studio's strings: every language has every English message, each parses, keeps the
// English message's variables, and every id the studio's UI or server names exists.
import { describe, expect, test } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";

const dir = join(__dirname, "messages");
const languages = ["nl", "en", "pl", "ro", "bg", "hu", "lt", "lv", "cs", "sk", "hr", "sr", "es"];

function messages(lang: string): Map<string, string[]> {
  const source = readFileSync(join(dir, `${lang}.ftl`), "utf8");
  const ids = new Map<string, string[]>();
  for (const line of source.split("\n")) {
    const found = line.match(/^([a-z][a-z0-9-]*) = (.*)$/);
    if (found) ids.set(found[1], [...found[2].matchAll(/\{ \$([a-z]+) \}/g)].map((m) => m[1]).sort());
  }
  return ids;
}

describe("studio messages", () => {
  const english = messages("en");

  test("there is one file per language", () => {
    expect(readdirSync(dir).filter((f) => f.endsWith(".ftl")).sort()).toEqual(languages.map((l) => `${l}.ftl`).sort());
  });

  test.each(languages)("%s has every English message with its variables, and parses", (lang) => {
    const source = readFileSync(join(dir, `${lang}.ftl`), "utf8");
    expect(new FluentResource(source).body.length).toBe(english.size);
    const theirs = messages(lang);
    expect([...theirs.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [id, variables] of english) expect(theirs.get(id), `${lang} ${id}`).toEqual(variables);
  });

  test("every message id the studio names exists", () => {
    const code = [
      readFileSync(join(__dirname, "main.tsx"), "utf8"),
      ...["studio.rs", "studio/overview.rs", "studio/draft.rs", "studio/xliff.rs", "studio/workspace.rs"].map((f) =>
        readFileSync(join(__dirname, "../../../crates/publish/src", f), "utf8"),
      ),
    ].join("\n");
    const named = new Set([...code.matchAll(/"(studio-(?:[a-z]+-)*[a-z]+)"/g)].map((m) => m[1]));
    const classes = /^studio-(actions|bar|body|card|check|diagnostics|error|form|link|list|muted|notice|ok|phone|problem|source|summary|text|texts|topics)$/;
    const missing = [...named].filter((id) => !classes.test(id) && !english.has(id));
    expect(missing).toEqual([]);
    for (const dynamic of ["studio-hours-open", "studio-hours-closed", "studio-hours-unknown", "studio-state-machine", "studio-state-translated", "studio-state-reviewed"]) {
      expect(english.has(dynamic), dynamic).toBe(true);
    }
  });
});
