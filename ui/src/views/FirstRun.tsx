import { useState } from "preact/hooks";
import { useFocusHeading } from "./focus";
import { CheckField, Choice, CountField, DateField, LanguageList, LinkField } from "../components/Fields";
import type { Bootstrap_Serialize, Lang, SavedProfile_Deserialize, Stay } from "../ipc/bindings";
import { t } from "../state/i18n";
import { filterMunicipalities } from "../state/logic";
import { navigate } from "../state/route";
import {
  acceptOnboardingLink,
  cancelOnboardingLink,
  changeLanguage,
  finishSetup,
  canScanCodes,
  openOnboardingLink,
  scanOnboardingCode,
  type PendingLink,
} from "../state/store";
import "./FirstRun.css";

type Step = 1 | 2 | 3 | 4;

/** The profile as saved, with what an onboarding link says laid over it. */
function initialDraft(start: Bootstrap_Serialize, onboarding?: PendingLink): SavedProfile_Deserialize {
  const saved = { ...start.profile, lang: start.profile.lang ?? null };
  if (!onboarding) return saved;
  const link = onboarding.preview.link;
  return {
    ...saved,
    lang: link.lang ?? saved.lang,
    municipality: link.municipality ?? saved.municipality,
    arrival: link.arrival ?? saved.arrival,
    work_start: link.work_start ?? saved.work_start,
  };
}

/**
 * The four set-up steps: language, municipality, dates, stay and children. Each can be skipped.
 * Opened from an onboarding link, the same steps come pre-filled and nothing is saved until the
 * person finishes them; what the link says about the employer is shown as plain text.
 */
export function FirstRun({ start, onboarding }: { start: Bootstrap_Serialize; onboarding?: PendingLink }) {
  const [step, setStep] = useState<Step>(1);
  const [busy, setBusy] = useState(false);
  const [search, setSearch] = useState("");
  const [draft, setDraft] = useState<SavedProfile_Deserialize>(() => initialDraft(start, onboarding));
  const update = (change: Partial<SavedProfile_Deserialize>) => setDraft((before) => ({ ...before, ...change }));

  const pickLanguage = async (code: Lang) => {
    setBusy(true);
    const done = await changeLanguage(code, false);
    setBusy(false);
    if (!done) return;
    update({ lang: code });
    setStep(2);
  };

  const finish = async () => {
    setBusy(true);
    // The language shown is the one chosen, even when the person skipped the first step.
    const confirmed = { ...draft, lang: draft.lang ?? start.lang };
    const done = onboarding ? await acceptOnboardingLink(confirmed) : await finishSetup(confirmed);
    if (done) navigate({ name: "today" });
    else setBusy(false);
  };

  useFocusHeading(step);
  const municipalities = filterMunicipalities(start.municipalities, search);

  return (
    <div class="screen first-run" data-testid="screen-first-run">
      <p class="step-count" aria-hidden="true">
        {step} / 4
      </p>

      {onboarding && (
        <div class="note onboarding-note" data-testid="onboarding-note">
          <h2>{t("onboard-confirm-title")}</h2>
          <p>{t("onboard-confirm-text")}</p>
          {onboarding.preview.link.employer && (
            <p data-testid="onboarding-employer">{t("onboard-from", { value: onboarding.preview.link.employer })}</p>
          )}
          {onboarding.preview.link.contact && <p>{t("employer-contact", { value: onboarding.preview.link.contact })}</p>}
          <button type="button" class="button button-quiet" data-testid="cancel-link" disabled={busy} onClick={() => void cancelOnboardingLink()}>
            {t("action-cancel")}
          </button>
        </div>
      )}

      {step === 1 && (
        <>
          <h1>{t("welcome-title")}</h1>
          <p class="lead">{t("welcome-text")}</p>
          <p class="muted">{t("works-offline")}</p>
          <h2 id="choose-language">{t("choose-language")}</h2>
          <LanguageList languages={start.languages} current={draft.lang ?? start.lang} onPick={(code) => void pickLanguage(code)} />
          {!onboarding && (
            <>
              <h2>{t("onboard-title")}</h2>
              <LinkField
                busy={busy}
                onUse={(link) => void openOnboardingLink(link)}
                onScan={canScanCodes ? () => void scanOnboardingCode() : undefined}
              />
            </>
          )}
        </>
      )}

      {step === 2 && (
        <>
          <h1>{t("choose-municipality")}</h1>
          <div class="field">
            <label class="field-label" for="municipality-search">
              {t("municipality-search")}
            </label>
            <input
              id="municipality-search"
              type="search"
              class="input"
              autocomplete="off"
              value={search}
              data-testid="municipality-search"
              onInput={(event) => setSearch(event.currentTarget.value)}
            />
          </div>
          <ul class="choices">
            {municipalities.map((scope) => (
              <li key={scope.code}>
                <button
                  type="button"
                  class="choice"
                  data-testid={`municipality-${scope.code}`}
                  aria-pressed={draft.municipality === scope.code}
                  onClick={() => update({ municipality: scope.code })}
                >
                  {scope.name}
                </button>
              </li>
            ))}
            <li>
              <button
                type="button"
                class="choice"
                data-testid="municipality-not-listed"
                aria-pressed={draft.municipality === null}
                onClick={() => update({ municipality: null })}
              >
                {t("municipality-not-listed")}
              </button>
            </li>
          </ul>
        </>
      )}

      {step === 3 && (
        <>
          <h1>{t("dates-title")}</h1>
          <p>{t("dates-help")}</p>
          <DateField
            id="arrival"
            label={t("profile-arrival")}
            value={draft.arrival ?? null}
            testId="arrival"
            onChange={(arrival) => update({ arrival })}
          />
          <DateField
            id="work-start"
            label={t("profile-work-start")}
            value={draft.work_start ?? null}
            testId="work-start"
            onChange={(work_start) => update({ work_start })}
          />
        </>
      )}

      {step === 4 && (
        <>
          <h1>{t("stay-title")}</h1>
          <Choice<Stay>
            id="stay-label"
            label={t("profile-stay")}
            value={draft.stay ?? null}
            onChange={(stay) => update({ stay })}
            options={[
              { value: "short", label: t("stay-short"), testId: "stay-short" },
              { value: "long", label: t("stay-long"), testId: "stay-long" },
              { value: "unsure", label: t("stay-unsure"), testId: "stay-unsure" },
            ]}
          />
          <h2>{t("children-title")}</h2>
          <CountField
            id="children-in-nl"
            label={t("profile-children-in-nl")}
            value={draft.children_in_nl}
            testId="children-in-nl"
            onChange={(children_in_nl) => update({ children_in_nl })}
          />
          <CountField
            id="children-abroad"
            label={t("profile-children-abroad")}
            value={draft.children_abroad}
            testId="children-abroad"
            onChange={(children_abroad) => update({ children_abroad })}
          />
          <CheckField
            id="via-agency"
            label={t("profile-agency")}
            checked={draft.via_agency === true}
            testId="via-agency"
            onChange={(via_agency) => update({ via_agency })}
          />
        </>
      )}

      <p class="muted">{t("setup-can-change-later")}</p>

      <div class="wizard-buttons">
        {step > 1 && (
          <button type="button" class="button button-quiet wizard-back" data-testid="back" disabled={busy} onClick={() => setStep((step - 1) as Step)}>
            {t("action-back")}
          </button>
        )}
        <button type="button" class="button button-quiet" data-testid="skip" disabled={busy} onClick={() => void finish()}>
          {t("action-skip")}
        </button>
        {step < 4 ? (
          <button type="button" class="button" data-testid="next" disabled={busy} onClick={() => setStep((step + 1) as Step)}>
            {t("action-next")}
          </button>
        ) : (
          <button type="button" class="button" data-testid="finish-setup" disabled={busy} onClick={() => void finish()}>
            {t("setup-finish")}
          </button>
        )}
      </div>
    </div>
  );
}
