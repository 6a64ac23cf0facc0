// Form pieces shared by first run and Settings. They show values and report changes; the
// screens decide what to do with them.

import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { Lang, LanguageOption } from "../ipc/bindings";
import { t } from "../state/i18n";
import { DATE_RANGE, parseCount, parseDateInput } from "../state/logic";
import "./Fields.css";

/** The language picker: each language named in itself, with its own lang attribute. */
export function LanguageList({
  languages,
  current,
  onPick,
}: {
  languages: readonly LanguageOption[];
  current: Lang | null;
  onPick: (lang: Lang) => void;
}) {
  return (
    <ul class="choices choices-grid">
      {languages.map((option) => (
        <li key={option.lang}>
          <button
            type="button"
            class="choice"
            lang={option.lang}
            data-testid={`lang-${option.lang}`}
            aria-pressed={current === option.lang}
            onClick={() => onPick(option.lang)}
          >
            {option.name}
          </button>
        </li>
      ))}
    </ul>
  );
}

export type Option<V> = { value: V; label: string; testId?: string };

/** A group of toggle buttons of which one is chosen (stay, text size). */
export function Choice<V extends string>({
  label,
  id,
  options,
  value,
  onChange,
}: {
  label: string;
  id: string;
  options: readonly Option<V>[];
  value: V | null;
  onChange: (value: V) => void;
}) {
  return (
    <div class="field" role="group" aria-labelledby={id}>
      <p class="field-label" id={id}>
        {label}
      </p>
      <ul class="choices">
        {options.map((option) => (
          <li key={option.value}>
            <button
              type="button"
              class="choice"
              data-testid={option.testId}
              aria-pressed={value === option.value}
              onClick={() => onChange(option.value)}
            >
              {option.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A labelled date input; reports "YYYY-MM-DD" or null (empty). */
export function DateField({
  id,
  label,
  value,
  testId,
  onChange,
}: {
  id: string;
  label: string;
  value: string | null;
  testId: string;
  onChange: (value: string | null) => void;
}) {
  const report = (input: HTMLInputElement) => {
    const parsed = parseDateInput(input.value);
    // Report a usable date, or an emptied field; not the states in between while typing.
    if (parsed !== null || input.value === "") onChange(parsed);
  };
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        class="input"
        min={DATE_RANGE.min}
        max={DATE_RANGE.max}
        value={value ?? ""}
        data-testid={testId}
        onInput={(event) => report(event.currentTarget)}
        onChange={(event) => report(event.currentTarget)}
      />
    </div>
  );
}

/** A labelled whole-number input (0 to 20). */
export function CountField({
  id,
  label,
  value,
  testId,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  testId: string;
  onChange: (value: number) => void;
}) {
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        class="input input-count"
        inputMode="numeric"
        min={0}
        max={20}
        step={1}
        value={String(value)}
        data-testid={testId}
        onInput={(event) => onChange(parseCount(event.currentTarget.value))}
      />
    </div>
  );
}

/** A labelled checkbox. */
export function CheckField({
  id,
  label,
  checked,
  testId,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  testId?: string;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="field field-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        data-testid={testId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

/** A titled block of a form or page. */
export function Section({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  return (
    <section class="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Paste an onboarding link; the screen checks it. Never rendered as a link itself. */
export function LinkField({
  onUse,
  onScan,
  busy,
}: {
  onUse: (link: string) => void;
  /** Given on devices with a camera scanner. */
  onScan?: () => void;
  busy: boolean;
}) {
  const [text, setText] = useState("");
  return (
    <form
      class="field"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onUse(text);
      }}
    >
      <label class="field-label" for="onboarding-link">
        {t("onboard-paste")}
      </label>
      <input
        id="onboarding-link"
        class="input"
        type="text"
        inputMode="url"
        autocomplete="off"
        spellcheck={false}
        value={text}
        data-testid="onboarding-link"
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <button type="submit" class="button button-quiet" data-testid="use-link" disabled={busy || !text.trim()}>
        {t("onboard-use-link")}
      </button>
      {onScan && (
        <button type="button" class="button" data-testid="scan-link" disabled={busy} onClick={onScan}>
          {t("onboard-scan")}
        </button>
      )}
    </form>
  );
}
