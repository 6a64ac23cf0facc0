import { useRef, useState } from "preact/hooks";
import { SampleBadge } from "../components/Badges";
import { ItemLinks, ServiceCard } from "../components/Cards";
import type { ItemPage_Serialize, Lang } from "../ipc/bindings";
import { formatDate, formatDateTimeRange, formatFigure, t } from "../state/i18n";
import { isOpenableUrl } from "../state/logic";
import { navigate } from "../state/route";
import { itemFailed, itemLang, itemPage, lang, languageNames, loadItem, openExternal, unseenChanges } from "../state/store";
import "./Item.css";
import { ReadAloud, textBlocks } from "./ReadAloud";

/** Opens a clicked link (inside `event.currentTarget`) with the system, never in the webview. */
function openLinkFrom(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target.closest("a") : null;
  if (!target) return;
  event.preventDefault();
  const url = target.getAttribute("href");
  if (url) void openExternal(url);
}

function goBack(): void {
  if (history.length > 1) history.back();
  else navigate({ name: "rights" });
}

function Amounts({ page }: { page: ItemPage_Serialize }) {
  const amounts = page.view.amounts;
  if (amounts.length === 0) return null;
  return (
    <ul class="amounts">
      {amounts.map((amount) => {
        const outdated = page.outdated_amounts.includes(amount.name);
        return (
          <li key={amount.name} class={outdated ? "amount amount-outdated" : "amount"} data-testid={`amount-${amount.name}`}>
            <p class="amount-value">
              <strong>{formatFigure(amount.value)}</strong> {amount.unit}
            </p>
            <p class="amount-period">
              {t("valid-from", { date: formatDate(amount.valid_from) })}
              {amount.valid_until && ` · ${t("valid-until", { date: formatDate(amount.valid_until) })}`}
            </p>
            {(outdated || amount.confidence === "secondary") && <p class="amount-note">{t("amount-secondary")}</p>}
          </li>
        );
      })}
    </ul>
  );
}

/** One item: its text (sanitized HTML from the core), sources, dates, amounts and related pages. */
export function Item({ id }: { id: string }) {
  const page = itemPage.value;
  const asked = itemLang.value;
  const own = lang.value;
  const names = languageNames.value;
  const body = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const lead = useRef<HTMLParagraphElement>(null);
  // The version whose reading was asked for from a page without a voice: read once it shows.
  const [readVersion, setReadVersion] = useState<Lang | null>(null);
  const view = page?.view.id === id ? page.view : null;

  if (!page || !view) {
    return (
      <div class="screen" data-testid="screen-item">
        {itemFailed.value ? null : <p class="muted">{t("loading")}</p>}
        <button type="button" class="button button-quiet" data-testid="item-back" onClick={goBack}>
          {t("action-back")}
        </button>
      </div>
    );
  }

  const details = view.details;
  const readBlocks = () =>
    [title.current, lead.current, ...(body.current ? textBlocks(body.current) : [])].filter((e): e is HTMLElement => e !== null);
  const readInstead = (other: Lang) => {
    setReadVersion(other);
    void loadItem(id, other);
  };

  return (
    <article class="screen item" data-testid="screen-item" lang={view.lang}>
      <p class="item-kind" lang={own}>
        {t(`kind-${details.kind}`)}
        {page.scope_name && view.scope !== "nl" ? ` · ${page.scope_name}` : ""}
      </p>
      <h1 data-testid="item-title" ref={title}>
        {view.title}
      </h1>
      <p class="lead" ref={lead}>
        {view.summary}
      </p>

      {(view.state !== "reference" || asked) && (
        <div class={`note translation state-${view.state}`} data-testid="translation-state" lang={own}>
          <p>{t(`state-${view.state}`)}</p>
          <div class="button-row">
            {view.lang !== "en" && (
              <button type="button" class="button button-quiet" data-testid="show-reference" onClick={() => void loadItem(id, "en")}>
                {t("show-reference-text")}
              </button>
            )}
            {view.lang !== "nl" && (
              <button type="button" class="button button-quiet" data-testid="show-dutch" onClick={() => void loadItem(id, "nl")}>
                {t("show-dutch-text")}
              </button>
            )}
            {asked && asked !== own && (
              <button type="button" class="button button-quiet" data-testid="show-own" lang={own} onClick={() => void loadItem(id, null)}>
                {names.get(own) ?? own}
              </button>
            )}
          </div>
        </div>
      )}

      {view.sample && <SampleBadge />}
      {details.kind === "alert" && view.valid_until && (
        <p class={`note alert-${details.severity}`} lang={own}>
          {t("valid-until", { date: formatDate(view.valid_until) })}
        </p>
      )}
      {details.kind === "event" && (
        <p class="note" lang={own}>
          <strong>{t("event-when")}: </strong>
          {formatDateTimeRange(details.starts, details.ends)}
          {details.place && (
            <>
              <br />
              <span lang={view.lang}>{details.place}</span>
            </>
          )}
        </p>
      )}

      <div lang={own}>
        <ReadAloud
          language={view.lang}
          page={`${id}/${view.lang}`}
          blocks={readBlocks}
          startWhenReady={readVersion === view.lang}
          onReadInstead={readInstead}
        />
      </div>

      <div
        class="item-body"
        ref={body}
        data-testid="item-body"
        lang={view.lang}
        onClick={openLinkFrom}
        dangerouslySetInnerHTML={{ __html: view.body_html }}
      />

      <div lang={own}>
        <Amounts page={page} />

        {page.service && (
          <ServiceCard service={page.service} languages={names} onOpen={(url) => void openExternal(url)} title={false} />
        )}

        <section aria-labelledby="item-sources-title">
          <h2 id="item-sources-title">{t("sources")}</h2>
          <ul class="sources" data-testid="item-sources" onClick={openLinkFrom}>
            {view.sources.map((url) => (
              <li key={url}>{isOpenableUrl(url) ? <a href={url}>{url.replace(/^https:\/\//, "")}</a> : url}</li>
            ))}
          </ul>
          <p class="muted" data-testid="item-verified">
            {t("verified-on", { date: formatDate(view.verified_on) })}
          </p>
          {page.updated_on && (
            <p class="muted" data-testid="item-updated-on">
              {t("item-updated-on", { date: formatDate(page.updated_on) })}
            </p>
          )}
        </section>

        {page.related.length > 0 && (
          <section aria-labelledby="item-related-title">
            <h2 id="item-related-title">{t("related-items")}</h2>
            <ItemLinks items={page.related} marks={unseenChanges.value} />
          </section>
        )}

        <p>
          <button type="button" class="button button-quiet" data-testid="item-back" onClick={goBack}>
            {t("action-back")}
          </button>
        </p>
      </div>
    </article>
  );
}
