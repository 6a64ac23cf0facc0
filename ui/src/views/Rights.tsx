import { ItemLinks } from "../components/Cards";
import { t } from "../state/i18n";
import { rights, unseenChanges } from "../state/store";
import "./Rights.css";

/** Rights and obligations, grouped by topic. */
export function Rights() {
  const groups = rights.value;
  return (
    <div class="screen" data-testid="screen-rights">
      <h1>{t("rights-title")}</h1>
      {!groups ? (
        <p class="muted">{t("loading")}</p>
      ) : (
        groups.map((group) => (
          <section key={group.topic} class="topic" aria-labelledby={`topic-${group.topic}`} data-testid={`topic-${group.topic}`}>
            <h2 id={`topic-${group.topic}`}>{t(`topic-${group.topic}`)}</h2>
            <ItemLinks items={group.items} testPrefix="item-link-" marks={unseenChanges.value} />
          </section>
        ))
      )}
    </div>
  );
}
