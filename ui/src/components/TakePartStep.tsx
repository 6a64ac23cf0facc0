// Today's one suggestion to meet people, once no legal step is urgent (the core decides which).

import type { OptionalStepRow } from "../ipc/bindings";
import { t } from "../state/i18n";
import { href } from "../state/route";

/** The suggested taking-part step: its title as a link to the item and why it helps. */
export function TakePartStep({ step }: { step: OptionalStepRow }) {
  return (
    <section aria-labelledby="today-take-part" class="note" data-testid="today-take-part">
      <h2 id="today-take-part">{t("today-take-part")}</h2>
      <p>{t("today-take-part-intro")}</p>
      <p>
        <a href={href({ name: "item", id: step.item_id })} lang={step.lang} data-testid={`take-part-step-${step.item_id}`}>
          {step.title}
        </a>
      </p>
      <p class="muted" lang={step.lang}>
        {step.summary}
      </p>
    </section>
  );
}
