import { Snippet } from "../components/Snippet";
import { ChangeMark } from "../components/WhatChanged";
import { t } from "../state/i18n";
import { href } from "../state/route";
import { query, results, search, unseenChanges } from "../state/store";
import "./Search.css";

/** Search as you type, over the person's language, English and Dutch. */
export function Search() {
  const hits = results.value;
  const text = query.value;
  return (
    <div class="screen" data-testid="screen-search">
      <h1>{t("nav-search")}</h1>
      <form class="search-form" role="search" onSubmit={(event) => event.preventDefault()}>
        <label class="sr-only" for="search-input">
          {t("nav-search")}
        </label>
        <input
          id="search-input"
          type="search"
          class="input"
          autocomplete="off"
          enterKeyHint="search"
          maxLength={256}
          placeholder={t("search-placeholder")}
          value={text}
          data-testid="search-input"
          onInput={(event) => search(event.currentTarget.value)}
        />
      </form>
      <p class="muted search-count" role="status">
        {hits && text.trim() ? (hits.length > 0 ? t("search-results", { days: hits.length }) : t("search-no-results")) : ""}
      </p>
      {hits && hits.length > 0 && text.trim() && (
        <ul class="results">
          {hits.map((hit) => (
            <li key={hit.id}>
              <a href={href({ name: "item", id: hit.id })} data-testid={`search-result-${hit.id}`}>
                <span class="result-title">{hit.title}</span>
                <span class="result-kind">{t(`kind-${hit.kind}`)}</span>
                {unseenChanges.value.has(hit.id) && <ChangeMark change={unseenChanges.value.get(hit.id)!} id={hit.id} />}
                <span class="result-snippet" lang={hit.matched_lang}>
                  <Snippet parts={hit.snippet} />
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
