/// <reference types="node" />
// The colour pairs the screens use, computed from app.css's custom properties in each of the four
// palettes: light and dark at WCAG AA (4.5:1 for text), their high-contrast versions at AAA (7:1).
// Edges a person must see (field borders, focus ring, the ticked box) need 3:1 everywhere.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL(".", import.meta.url));
const appCss = readFileSync(join(src, "app.css"), "utf8");

/** Text on background, as the screens pair them (foreground token, background token). */
const TEXT_PAIRS: [string, string][] = [
  ["text", "bg"],
  ["text", "surface"],
  ["muted", "bg"],
  ["muted", "surface"],
  ["link", "bg"],
  ["link", "surface"],
  ["accent", "surface"], // the current tab
  ["on-accent", "accent"], // buttons, the top bar, a chosen option, step numbers
  ["ok", "bg"],
  ["ok", "surface"],
  ["danger-fg-plain", "bg"],
  ["danger-fg-plain", "surface"],
  ["on-danger", "danger-button"],
  ["warning-fg", "warning-bg"],
  ["danger-fg", "danger-bg"],
  ["calm-fg", "calm-bg"],
  ["mark-fg", "mark-bg"],
  ["text", "calm-bg"],
];

/** Lines and marks that carry meaning, against what they sit on. */
const EDGE_PAIRS: [string, string][] = [
  ["field-line", "bg"],
  ["focus", "bg"],
  ["focus", "surface"], // the ring sits 2px outside what is focused, on the page
  ["ok-strong", "surface"], // the ticked box
  ["on-accent", "ok-strong"], // its tick
];

type Rule = { media: string; selector: string; body: string };

/** Top-level rules and the rules inside @media blocks, comments removed. */
function rules(css: string, media = ""): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const found: Rule[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf("{", at);
    if (open < 0) break;
    let depth = 1;
    let close = open + 1;
    for (; close < text.length && depth > 0; close++) {
      if (text[close] === "{") depth++;
      if (text[close] === "}") depth--;
    }
    const selector = text.slice(at, open).trim();
    const body = text.slice(open + 1, close - 1);
    if (selector.startsWith("@media")) found.push(...rules(body, selector.slice(6).trim()));
    else found.push({ media: media, selector, body });
    at = close;
  }
  return found;
}

function tokens(rule: Rule | undefined): Record<string, string> {
  expect(rule, "a palette block is missing from app.css").toBeDefined();
  const out: Record<string, string> = {};
  for (const match of rule!.body.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) out[match[1]] = match[2].trim();
  return out;
}

const all = rules(appCss);
const block = (media: string, selector: string) => all.find((r) => r.media === media && r.selector === selector);
const DARK = "(prefers-color-scheme: dark)";
const light = tokens(block("", ":root"));
const dark = { ...light, ...tokens(block(DARK, ":root")) };
const highLight = { ...light, ...tokens(block("", "html.high-contrast")) };
const highDark = { ...dark, ...tokens(block(DARK, "html.high-contrast")) };

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  expect(match, `${hex} is not a #rgb or #rrggbb colour`).not.toBeNull();
  const digits = match![1].length === 3 ? [...match![1]].map((c) => c + c).join("") : match![1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/** Pairs below `minimum`, as "fg on bg: ratio" lines. */
function failures(palette: Record<string, string>, pairs: [string, string][], minimum: number): string[] {
  return pairs.flatMap(([fg, bg]) => {
    expect(palette[fg], `--${fg} is not defined`).toBeDefined();
    expect(palette[bg], `--${bg} is not defined`).toBeDefined();
    const ratio = contrast(palette[fg], palette[bg]);
    return ratio >= minimum ? [] : [`--${fg} on --${bg}: ${ratio.toFixed(2)}:1`];
  });
}

describe("contrast ratio", () => {
  it("follows WCAG 2's formula", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777", "#fff")).toBeCloseTo(4.48, 2);
    expect(contrast("#ffffff", "#ffffff")).toBe(1);
  });
});

describe.each([
  ["light", light, 4.5],
  ["dark", dark, 4.5],
  ["high contrast", highLight, 7],
  ["high contrast, dark", highDark, 7],
])("the %s palette", (_name, palette, minimum) => {
  it(`keeps every text pair at ${minimum}:1 or more`, () => {
    expect(failures(palette, TEXT_PAIRS, minimum)).toEqual([]);
  });

  it("keeps lines that carry meaning at 3:1 or more", () => {
    expect(failures(palette, EDGE_PAIRS, 3)).toEqual([]);
  });
});

describe("the high-contrast palettes", () => {
  it("set every token the normal palettes set", () => {
    const own = (media: string) => Object.keys(tokens(block(media, "html.high-contrast"))).sort();
    expect(own("")).toEqual(Object.keys(light).filter((name) => /^[a-z-]+$/.test(name) && light[name].startsWith("#")).sort());
    expect(own(DARK)).toEqual(own(""));
  });
});

describe("screens' CSS", () => {
  it("takes its colours from the palette (system colours in forced-colours mode, any in print)", () => {
    const files = ["components", "views"].flatMap((dir) =>
      readdirSync(join(src, dir))
        .filter((file) => file.endsWith(".css"))
        .map((file) => join(dir, file)),
    );
    const literal = files.flatMap((file) =>
      rules(readFileSync(join(src, file), "utf8"))
        .filter((rule) => rule.media !== "print" && !rule.media.includes("forced-colors"))
        .filter((rule) => /#[0-9a-f]{3,6}\b|rgba?\(|hsla?\(/i.test(rule.body))
        .map((rule) => `${file}: ${rule.selector}`),
    );
    expect(literal).toEqual([]);
  });
});
