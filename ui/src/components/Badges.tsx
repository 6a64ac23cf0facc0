import type { DueStatus } from "../ipc/bindings";
import { t } from "../state/i18n";
import { dueBadge } from "../state/logic";

/** "Due in 3 days", "Due today", "2 days late", coloured by urgency. */
export function DueBadge({ status }: { status: DueStatus }) {
  const badge = dueBadge(status);
  return <span class={`badge badge-${badge.tone}`}>{t(badge.id, badge.args)}</span>;
}

/** Marks content the municipality has not confirmed yet. */
export function SampleBadge() {
  return <p class="note note-sample">{t("sample-content")}</p>;
}
