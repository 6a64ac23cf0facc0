import { DueBadge } from "../components/Badges";
import { ItemLinks } from "../components/Cards";
import type { ChecklistRow_Serialize, OptionalStepRow } from "../ipc/bindings";
import { formatDate, t } from "../state/i18n";
import { restoreMark, splitChecklist, toggleMark } from "../state/logic";
import { href } from "../state/route";
import { checklist, optionalSteps, setStepDone, setStepHidden, setTaskState } from "../state/store";
import "./Checklist.css";

function Task({ row }: { row: ChecklistRow_Serialize }) {
  const done = row.state === "done";
  const titleId = `task-title-${row.task_id}`;
  return (
    <li class={done ? "task task-done" : "task"} data-testid={`task-${row.task_id}`}>
      <div class="task-head">
        <button
          type="button"
          class="task-toggle"
          data-testid={`toggle-${row.task_id}`}
          aria-pressed={done}
          aria-describedby={titleId}
          onClick={() => void setTaskState(row.task_id, toggleMark(row))}
        >
          <span class="task-check" aria-hidden="true" />
          <span class="sr-only">{t("task-done")}</span>
        </button>
        <h2 class="task-title" id={titleId} lang={row.lang}>
          <a href={href({ name: "item", id: row.task_id })}>{row.title}</a>
        </h2>
      </div>
      <p class="task-why">
        <span class="sr-only">{t("why-it-matters")}: </span>
        <span lang={row.lang}>{row.summary}</span>
      </p>
      {row.due && (
        <div class="task-due">
          <p>
            <DueBadge status={row.due.status} /> <span>{t("due-on", { date: formatDate(row.due.date) })}</span>
          </p>
          <p class="muted">{t(row.due.kind === "legal" ? "deadline-legal" : "deadline-advice")}</p>
        </div>
      )}
      {row.missing_anchor && row.missing_anchor !== "date" && (
        <p class="note">
          <a href={href({ name: "settings" })}>
            {t(row.missing_anchor === "arrival" ? "needs-arrival-date" : "needs-work-start-date")}
          </a>
        </p>
      )}
      {row.task_id === "task-check-payslip" && (
        <p>
          <a class="button button-quiet" href={href({ name: "work" })} data-testid="checklist-open-work">
            {t("work-title")}
          </a>
        </p>
      )}
      {row.rights.length > 0 && (
        <div class="task-links">
          <h3>{t("checklist-read-more")}</h3>
          <ItemLinks items={row.rights} compact />
        </div>
      )}
      {row.services.length > 0 && (
        <div class="task-links">
          <h3>{t("checklist-local-help")}</h3>
          <ItemLinks items={row.services} compact />
        </div>
      )}
      {!done && (
        <button
          type="button"
          class="button button-quiet"
          data-testid={`not-applicable-${row.task_id}`}
          aria-describedby={titleId}
          onClick={() => void setTaskState(row.task_id, "not_applicable")}
        >
          {t("mark-not-applicable")}
        </button>
      )}
    </li>
  );
}

/** One optional step: done or not, its item, and a way to hide it. */
function Step({ step }: { step: OptionalStepRow }) {
  const titleId = `step-title-${step.item_id}`;
  return (
    <li class={step.done ? "task task-done" : "task"} data-testid={`step-${step.item_id}`}>
      <div class="task-head">
        <button
          type="button"
          class="task-toggle"
          data-testid={`step-toggle-${step.item_id}`}
          aria-pressed={step.done}
          aria-describedby={titleId}
          onClick={() => void setStepDone(step.item_id, !step.done)}
        >
          <span class="task-check" aria-hidden="true" />
          <span class="sr-only">{t("task-done")}</span>
        </button>
        <h3 class="task-title" id={titleId} lang={step.lang}>
          <a href={href({ name: "item", id: step.item_id })}>{step.title}</a>
        </h3>
      </div>
      <p class="task-why" lang={step.lang}>
        {step.summary}
      </p>
      <button
        type="button"
        class="button button-quiet"
        data-testid={`step-hide-${step.item_id}`}
        aria-describedby={titleId}
        onClick={() => void setStepHidden(step.item_id, true)}
      >
        {t("step-hide")}
      </button>
    </li>
  );
}

/** The optional taking-part steps after the legal ones; hidden ones folded away. */
function OptionalSteps({ steps }: { steps: OptionalStepRow[] }) {
  const shown = steps.filter((step) => !step.hidden);
  const hidden = steps.filter((step) => step.hidden);
  return (
    <section aria-labelledby="optional-steps" class="optional-steps" data-testid="optional-steps">
      <h2 id="optional-steps">{t("checklist-optional-title")}</h2>
      <p class="muted">{t("checklist-optional-intro")}</p>
      {shown.length > 0 && (
        <ul class="tasks">
          {shown.map((step) => (
            <Step key={step.item_id} step={step} />
          ))}
        </ul>
      )}
      {hidden.length > 0 && (
        <details class="set-aside" data-testid="hidden-steps">
          <summary>
            {t("step-hidden")} ({hidden.length})
          </summary>
          <ul class="set-aside-list">
            {hidden.map((step) => (
              <li key={step.item_id} data-testid={`hidden-step-${step.item_id}`}>
                <a href={href({ name: "item", id: step.item_id })} lang={step.lang}>
                  {step.title}
                </a>
                <button
                  type="button"
                  class="button button-quiet"
                  data-testid={`step-show-${step.item_id}`}
                  aria-label={`${t("step-show")}: ${step.title}`}
                  onClick={() => void setStepHidden(step.item_id, false)}
                >
                  {t("step-show")}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** Every step in order; the ones that do not apply folded away at the end. */
export function Checklist() {
  const rows = checklist.value;
  const { active, setAside } = rows ? splitChecklist(rows) : { active: [], setAside: [] };
  return (
    <div class="screen" data-testid="screen-checklist">
      <h1>{t("checklist-title")}</h1>
      {!rows ? (
        <p class="muted">{t("loading")}</p>
      ) : (
        <>
          {active.length > 0 && active.every((row) => row.state === "done") && (
            <p class="note">{t("checklist-all-done")}</p>
          )}
          <ol class="tasks">
            {active.map((row) => (
              <Task key={row.task_id} row={row} />
            ))}
          </ol>
          {setAside.length > 0 && (
            <details class="set-aside" data-testid="not-applicable">
              <summary>
                {t("task-not-applicable")} ({setAside.length})
              </summary>
              <ul class="set-aside-list">
                {setAside.map((row) => (
                  <li key={row.task_id} data-testid={`task-${row.task_id}`}>
                    <a href={href({ name: "item", id: row.task_id })} lang={row.lang}>
                      {row.title}
                    </a>
                    <button
                      type="button"
                      class="button button-quiet"
                      data-testid={`restore-${row.task_id}`}
                      aria-label={`${t("mark-todo")}: ${row.title}`}
                      onClick={() => void setTaskState(row.task_id, restoreMark(row))}
                    >
                      {t("mark-todo")}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
          {optionalSteps.value && optionalSteps.value.length > 0 && <OptionalSteps steps={optionalSteps.value} />}
        </>
      )}
    </div>
  );
}
