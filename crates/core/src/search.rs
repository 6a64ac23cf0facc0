//! Ranked full-text search with typo tolerance.
//!
//! 1. The query becomes words like the index ([`crate::terms`]: folded, then stemmed per
//!    language); stop words ("how", "my", "gdzie") are left out when other words remain. The
//!    last word also matches as a prefix of the folded word, for search as you type.
//! 2. A word of four or more letters that starts no word in the index, in any of its stemmed
//!    forms, is a likely typo: it is joined by the indexed words that share trigrams with it
//!    and lie within a small edit distance ("kinderbijslg" → "kinderbijslag"). The
//!    [`Vocabulary`] for this is read from content.db into memory on first use (a sorted word
//!    list and a trigram index), because ranking the trigram matches inside SQLite cost more
//!    than all of the rest of a search.
//! 3. All words must match; when that finds too few items, or none that has every word in its
//!    title or search keywords, items with any of the words join them (ranked lower).
//! 4. Each language of the user's fallback chain is searched in its own FTS5 tables, with the
//!    query stemmed for that language, in the index of titles and keywords first and in all
//!    columns only when those give too few items; the best candidates by BM25 are re-ranked by
//!    [`score`], and each item appears once, with a snippet (made for the returned items only)
//!    from the text that matched.

use crate::content_store::{SearchHit, SearchOptions, SnippetPart, fts_table, fts_title_table};
use crate::error::{Error, Result};
use crate::fold::{fold_into, folded_words};
use crate::lang::Lang;
use crate::model::{ItemKind, NATIONAL_SCOPE};
use crate::terms::{content_words, is_stop_word, stem};
use rusqlite::{Connection, params};
use std::cell::OnceCell;
use std::collections::HashMap;
use std::fmt;

/// Share of the query words found in the title or the search keywords.
const NAME_WEIGHT: f64 = 3.0;
/// Share found in the title itself, on top: the title says what the item is about.
const TITLE_WEIGHT: f64 = 2.5;
/// One of the item's search keywords is the query itself, word for word (stop words aside):
/// the editors wrote down that people type exactly this for the item. Less than a title that
/// holds every query word, more than a title that holds half of them (whatever BM25 adds).
const EXACT_KEYWORD_BONUS: f64 = 1.75;
const SUMMARY_WEIGHT: f64 = 1.0;
/// Every query word is in the item (the query's words were all matched, not some).
const ALL_WORDS_BONUS: f64 = 0.5;
const OWN_LANGUAGE_BONUS: f64 = 0.5;
/// A national item over a municipal one that matches as well: a municipality's notice about
/// a topic ranks above the national article only when it matches the query better.
const NATIONAL_BONUS: f64 = 0.3;
const RIGHTS_BONUS: f64 = 0.1;
/// The most BM25 adds: it breaks ties and never outweighs one of the bonuses above.
const BM25_WEIGHT: f64 = 0.25;
/// Rows ranked per language before re-ranking; more than any real query matches.
const CANDIDATES_PER_LANGUAGE: usize = 100;
const SNIPPET_WORDS: usize = 18;
/// Characters of a query that are searched; the rest is ignored. A search box holds a few
/// words, and every word costs a typo lookup and a term in each language's index.
pub const MAX_QUERY_CHARS: usize = 256;

pub(crate) fn search(
    conn: &Connection,
    vocabulary: &OnceCell<Vocabulary>,
    query: &str,
    options: &SearchOptions,
) -> Result<Vec<SearchHit>> {
    let query = query.char_indices().nth(MAX_QUERY_CHARS).map_or(query, |(end, _)| &query[..end]);
    let words = content_words(options.lang, folded_words(query));
    if words.is_empty() || options.limit == 0 {
        return Ok(Vec::new());
    }
    let chain = options.lang.fallback_chain();
    let mut corrections: Vec<Vec<String>> = Vec::with_capacity(words.len());
    for word in &words {
        corrections.push(typo_corrections(conn, vocabulary, word, &chain)?);
    }
    let queries: Vec<LangQuery> = chain.iter().map(|lang| LangQuery::new(*lang, &words, &corrections)).collect();
    let mut hits = titles_first(conn, &queries, Joiner::All, options)?;
    let every_word_named = hits.first().is_some_and(|hit| hit.score >= NAME_WEIGHT + ALL_WORDS_BONUS);
    if words.len() > 1 && (hits.len() < options.limit || !every_word_named) {
        for hit in titles_first(conn, &queries, Joiner::Any, options)? {
            if !hits.iter().any(|known| known.id == hit.id) {
                hits.push(hit);
            }
        }
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
        hits.truncate(options.limit);
    }
    for hit in &mut hits {
        hit.title = title_in(conn, &hit.id, &chain)?;
        let matched = queries.iter().find(|query| query.lang == hit.matched_lang).unwrap_or(&queries[0]);
        hit.snippet = snippet(conn, &hit.id, hit.matched_lang, &matched.terms())?;
    }
    Ok(hits)
}

/// The query in one language: per query word, its indexed forms (the stem, then typo
/// corrections); the last word's folded spelling also matches as a prefix.
#[derive(Debug)]
struct LangQuery {
    lang: Lang,
    groups: Vec<Vec<String>>,
    prefix: String,
}

impl LangQuery {
    fn new(lang: Lang, words: &[String], corrections: &[Vec<String>]) -> LangQuery {
        let groups = words
            .iter()
            .zip(corrections)
            .map(|(word, corrections)| {
                let mut group = vec![stem(lang, word).into_owned()];
                for correction in corrections {
                    if !group.contains(correction) {
                        group.push(correction.clone());
                    }
                }
                group
            })
            .collect();
        LangQuery { lang, groups, prefix: words.last().cloned().unwrap_or_default() }
    }

    /// Every form searched, for the snippet.
    fn terms(&self) -> Vec<String> {
        self.groups.iter().flatten().chain([&self.prefix]).cloned().collect()
    }
}

/// The fewest letters a word needs to be corrected, or to be a correction: shorter words are
/// too close to too many others.
pub(crate) const TYPO_MIN_LETTERS: usize = 4;

/// The words of the indexes ([`TYPO_MIN_LETTERS`] or more), for typo candidates.
pub(crate) struct Vocabulary {
    /// Sorted by bytes, as the `vocab` table's index sorts them.
    words: Vec<String>,
    /// The length of each word in characters.
    lengths: Vec<usize>,
    /// The words (positions in `words`) in which each trigram occurs, each word once.
    trigrams: HashMap<[char; 3], Vec<u32>>,
}

impl fmt::Debug for Vocabulary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Vocabulary").field("words", &self.words.len()).finish_non_exhaustive()
    }
}

impl Vocabulary {
    fn load(conn: &Connection) -> Result<Vocabulary> {
        let mut statement = conn.prepare("SELECT word FROM vocab ORDER BY word")?;
        let words: Vec<String> = statement.query_map([], |row| row.get(0))?.collect::<rusqlite::Result<_>>()?;
        let mut lengths = Vec::with_capacity(words.len());
        let mut trigrams: HashMap<[char; 3], Vec<u32>> = HashMap::new();
        for (position, word) in words.iter().enumerate() {
            let chars: Vec<char> = word.chars().collect();
            lengths.push(chars.len());
            for trigram in distinct_trigrams(&chars) {
                trigrams.entry(trigram).or_default().push(position as u32);
            }
        }
        Ok(Vocabulary { words, lengths, trigrams })
    }

    /// The vocabulary of `conn`, read on first use into `cell`.
    fn of<'a>(conn: &Connection, cell: &'a OnceCell<Vocabulary>) -> Result<&'a Vocabulary> {
        if let Some(vocabulary) = cell.get() {
            return Ok(vocabulary);
        }
        let loaded = Vocabulary::load(conn)?;
        Ok(cell.get_or_init(|| loaded))
    }

    fn starts_a_word(&self, prefix: &str) -> bool {
        let at = self.words.partition_point(|word| word.as_str() < prefix);
        self.words.get(at).is_some_and(|word| word.starts_with(prefix))
    }

    /// Up to three words within the allowed edit distance of `word` (closest first, then in
    /// order) that share a trigram with it.
    fn close_spellings(&self, word: &str) -> Vec<String> {
        let chars: Vec<char> = word.chars().collect();
        let allowed = if chars.len() >= 7 { 2 } else { 1 };
        let wanted = distinct_trigrams(&chars);
        // An edit changes at most three trigrams, so a word within the distance shares at
        // least this many of them.
        let needed = wanted.len().saturating_sub(3 * allowed).max(1);
        let mut shared = vec![0u16; self.words.len()];
        let mut close: Vec<(usize, &str)> = Vec::new();
        let mut distances = Distances::default();
        for trigram in &wanted {
            for &position in self.trigrams.get(trigram).map_or(&[][..], Vec::as_slice) {
                let count = &mut shared[position as usize];
                *count += 1;
                if usize::from(*count) != needed || self.lengths[position as usize].abs_diff(chars.len()) > allowed {
                    continue;
                }
                let candidate = &self.words[position as usize];
                let distance = distances.between(&chars, candidate, allowed);
                if distance <= allowed {
                    close.push((distance, candidate));
                }
            }
        }
        close.sort_unstable();
        close.into_iter().take(3).map(|(_, candidate)| candidate.to_string()).collect()
    }
}

fn distinct_trigrams(chars: &[char]) -> Vec<[char; 3]> {
    let mut trigrams: Vec<[char; 3]> = chars.windows(3).map(|w| [w[0], w[1], w[2]]).collect();
    trigrams.sort_unstable();
    trigrams.dedup();
    trigrams
}

/// Close spellings from the index when `word` looks like a typo: it starts no indexed word,
/// and neither does any of its stems in the languages searched.
fn typo_corrections(
    conn: &Connection,
    vocabulary: &OnceCell<Vocabulary>,
    word: &str,
    chain: &[Lang],
) -> Result<Vec<String>> {
    if word.chars().count() < TYPO_MIN_LETTERS {
        return Ok(Vec::new());
    }
    let vocabulary = Vocabulary::of(conn, vocabulary)?;
    if vocabulary.starts_a_word(word) || chain.iter().any(|lang| vocabulary.starts_a_word(&stem(*lang, word))) {
        return Ok(Vec::new());
    }
    Ok(vocabulary.close_spellings(word))
}

/// Levenshtein distance over characters.
#[cfg(test)]
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    Distances::default().between(&a, b, usize::MAX)
}

/// Levenshtein distances from one word, with the two rows of the table kept between words.
#[derive(Debug, Default)]
struct Distances {
    previous: Vec<usize>,
    current: Vec<usize>,
}

impl Distances {
    /// The distance between `a` and `b`, or more than `bound` as soon as it must exceed it.
    fn between(&mut self, a: &[char], b: &str, bound: usize) -> usize {
        self.previous.clear();
        self.previous.extend(0..=a.len());
        for (i, cb) in b.chars().enumerate() {
            self.current.clear();
            self.current.push(i + 1);
            for (j, ca) in a.iter().enumerate() {
                let substitution = self.previous[j] + usize::from(*ca != cb);
                let best = substitution.min(self.previous[j + 1] + 1).min(self.current[j] + 1);
                self.current.push(best);
            }
            std::mem::swap(&mut self.previous, &mut self.current);
            // No later row of the table holds less than the smallest entry of this one.
            if self.previous.iter().all(|&distance| distance > bound) {
                return bound.saturating_add(1);
            }
        }
        self.previous[a.len()]
    }
}

/// Whether every query word must match, or any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joiner {
    All,
    Any,
}

/// An FTS5 expression: one group per query word, its forms OR-ed; the last word's folded
/// spelling as a prefix. Words are folded alphanumerics, so quoting them is enough.
fn match_expression(query: &LangQuery, joiner: Joiner) -> String {
    let last = query.groups.len().saturating_sub(1);
    query
        .groups
        .iter()
        .enumerate()
        .map(|(index, group)| {
            let mut options: Vec<String> = Vec::with_capacity(group.len() + 1);
            if index == last {
                options.push(format!("\"{}\"*", query.prefix));
            }
            for form in group {
                if index != last || !form.starts_with(query.prefix.as_str()) {
                    options.push(format!("\"{form}\""));
                }
            }
            format!("({})", options.join(" OR "))
        })
        .collect::<Vec<_>>()
        .join(if joiner == Joiner::All { " AND " } else { " OR " })
}

/// Ranks the matches in titles and keywords alone first, and all matches only when those
/// give fewer than `limit` items. A query word in the title or keywords outweighs a match
/// anywhere else in [`score`], and their own index ([`fts_title_table`]) holds a small part of
/// the rows of a common word or a short prefix.
fn titles_first(
    conn: &Connection,
    queries: &[LangQuery],
    joiner: Joiner,
    options: &SearchOptions,
) -> Result<Vec<SearchHit>> {
    let hits = run(conn, queries, joiner, Index::Titles, options)?;
    if hits.len() >= options.limit {
        return Ok(hits);
    }
    run(conn, queries, joiner, Index::All, options)
}

/// Which FTS5 table of a language to search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Index {
    /// Titles and search keywords ([`fts_title_table`]).
    Titles,
    /// Title, keywords, summary and body, weighted ([`fts_table`]).
    All,
}

fn run(
    conn: &Connection,
    queries: &[LangQuery],
    joiner: Joiner,
    index: Index,
    options: &SearchOptions,
) -> Result<Vec<SearchHit>> {
    let mut best: HashMap<String, SearchHit> = HashMap::new();
    let fetch = (options.limit * 5).max(CANDIDATES_PER_LANGUAGE);
    for (position, query) in queries.iter().enumerate() {
        let lang = query.lang;
        // Rank inside FTS5 first and join only the best rows: joining every match before
        // sorting costs more than the ranking itself on common words. The limit is written
        // into the statement and the scope is checked here, because SQLite re-prepares a
        // statement whose plan could depend on a bound value each time it is bound again.
        let (table, weights) = match index {
            Index::Titles => (fts_title_table(lang), ""),
            Index::All => (fts_table(lang), ", 10.0, 8.0, 4.0, 1.0"),
        };
        let mut statement = conn.prepare_cached(&format!(
            "SELECT t.item_id, i.kind, i.scope, ranked.score, t.title_folded, t.summary_folded, t.keywords_folded
             FROM (SELECT rowid, bm25({table}{weights}) AS score FROM {table} WHERE {table} MATCH ?1 ORDER BY score LIMIT {fetch}) AS ranked
             JOIN item_texts t ON t.rowid = ranked.rowid JOIN items i ON i.id = t.item_id"
        ))?;
        let mut rows = statement.query([match_expression(query, joiner)])?;
        while let Some(row) = rows.next()? {
            let scope = text(row, 2)?;
            if let Some(municipality) = &options.municipality
                && scope != NATIONAL_SCOPE
                && scope != municipality
            {
                continue;
            }
            let kind = text(row, 1)?;
            let kind = ItemKind::ALL
                .into_iter()
                .find(|known| known.as_str() == kind)
                .ok_or_else(|| Error::ContentCorrupt(format!("unknown item kind {kind}")))?;
            let (title, summary, keywords) = (text(row, 4)?, text(row, 5)?, text(row, 6)?);
            let matched = Matched {
                name: coverage(&format!("{title} {keywords}"), query),
                title: coverage(title, query),
                exact_keyword: keywords.split(',').any(|keyword| is_the_query(keyword, query)),
                summary: coverage(summary, query),
                all_words: joiner == Joiner::All,
                own_language: position == 0,
                national: scope == NATIONAL_SCOPE,
            };
            let score = score(row.get(3)?, &matched, kind);
            let id = text(row, 0)?;
            if best.get(id).is_some_and(|hit| hit.score >= score) {
                continue;
            }
            best.insert(
                id.to_string(),
                SearchHit {
                    id: id.to_string(),
                    kind,
                    scope: scope.to_string(),
                    title: String::new(),
                    matched_lang: lang,
                    snippet: Vec::new(),
                    score,
                },
            );
        }
    }
    let mut hits: Vec<SearchHit> = best.into_values().collect();
    hits.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
    hits.truncate(options.limit);
    Ok(hits)
}

/// A text column of a row, borrowed.
fn text<'row>(row: &'row rusqlite::Row<'_>, index: usize) -> Result<&'row str> {
    row.get_ref(index)?.as_str().map_err(|e| Error::ContentCorrupt(e.to_string()))
}

/// How an item matched a query in one language.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Matched {
    /// Share of the query words in the title or the search keywords ([`coverage`]).
    name: f64,
    /// Share in the title.
    title: f64,
    /// A search keyword is the query ([`is_the_query`]).
    exact_keyword: bool,
    /// Share in the summary.
    summary: f64,
    /// Every query word matched somewhere in the item.
    all_words: bool,
    /// Matched in the person's own language.
    own_language: bool,
    national: bool,
}

/// Orders results as a person expects: the query in the title or the words people use for the
/// item beats the query in the summary, which beats the body; the title beats the keywords;
/// then every word over some, the person's own language, a national item over a municipal one
/// and a rights article over a task that points to it; BM25 breaks the remaining ties. BM25
/// alone cannot carry the ranking on small collections, where a word in most texts gets an
/// inverse document frequency near 0.
fn score(bm25: f64, matched: &Matched, kind: ItemKind) -> f64 {
    // bm25() is lower for better matches; squash its flipped value into [0, 1).
    let relevance = (-bm25).max(0.0);
    let bonus = |yes: bool, weight: f64| if yes { weight } else { 0.0 };
    NAME_WEIGHT * matched.name
        + TITLE_WEIGHT * matched.title
        + SUMMARY_WEIGHT * matched.summary
        + bonus(matched.exact_keyword, EXACT_KEYWORD_BONUS)
        + bonus(matched.all_words, ALL_WORDS_BONUS)
        + bonus(matched.own_language, OWN_LANGUAGE_BONUS)
        + bonus(matched.national, NATIONAL_BONUS)
        + bonus(kind == ItemKind::Right, RIGHTS_BONUS)
        + BM25_WEIGHT * relevance / (1.0 + relevance)
}

/// The share of query words found in an indexed text: a word in any of its forms counts 1, a
/// word starting with the last query word's spelling (typed so far) 0.8.
fn coverage(indexed_text: &str, query: &LangQuery) -> f64 {
    let groups = &query.groups;
    // A word found whole or as a prefix is in the text as it stands.
    if !groups.iter().flatten().chain([&query.prefix]).any(|form| indexed_text.contains(form.as_str())) {
        return 0.0;
    }
    // Per group: 0 not found, 1 found as a prefix (last group only), 2 found whole.
    let mut found = vec![0u8; groups.len()];
    let last = groups.len() - 1;
    for word in indexed_text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        for (index, group) in groups.iter().enumerate() {
            if found[index] == 2 {
                continue;
            }
            if group.iter().any(|form| word == form) {
                found[index] = 2;
            } else if index == last && word.starts_with(query.prefix.as_str()) {
                found[index] = 1;
            }
        }
    }
    let total: f64 = found.iter().map(|f| [0.0, 0.8, 1.0][usize::from(*f)]).sum();
    total / groups.len() as f64
}

/// Whether an indexed keyword phrase says what the query says: each of its words, stop words
/// aside, is a form of a query word (or starts with the last word typed), and each query word
/// is among them. "pieniadze na dzieci" is the query "pieniądze na dzieci", not "dodatkowe
/// pieniądze na dzieci".
fn is_the_query(keyword: &str, query: &LangQuery) -> bool {
    let last = query.groups.len().saturating_sub(1);
    let matches = |word: &str, index: usize| {
        query.groups[index].iter().any(|form| form == word)
            || (index == last && word.starts_with(query.prefix.as_str()))
    };
    let mut found = vec![false; query.groups.len()];
    let mut words = 0;
    for word in keyword.split_whitespace() {
        let Some(index) = (0..query.groups.len()).find(|index| matches(word, *index)) else {
            if [query.lang, Lang::En, Lang::Nl].iter().any(|lang| is_stop_word(*lang, word)) {
                continue;
            }
            return false;
        };
        found[index] = true;
        words += 1;
    }
    words > 0 && found.iter().all(|found| *found)
}

fn title_in(conn: &Connection, id: &str, chain: &[Lang]) -> Result<String> {
    let mut statement = conn.prepare_cached("SELECT title FROM item_texts WHERE item_id = ?1 AND lang = ?2")?;
    for lang in chain {
        if let Some(title) = statement.query_map(params![id, lang.code()], |row| row.get::<_, String>(0))?.next() {
            return Ok(title?);
        }
    }
    Ok(id.to_string())
}

/// A short passage of the matched text around the first matching words, split into parts so
/// the UI can highlight hits without building HTML from content.
fn snippet(conn: &Connection, id: &str, lang: Lang, terms: &[String]) -> Result<Vec<SnippetPart>> {
    let mut statement =
        conn.prepare_cached("SELECT summary, body_plain FROM item_texts WHERE item_id = ?1 AND lang = ?2")?;
    let mut rows = statement.query(params![id, lang.code()])?;
    let row = rows.next()?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
    let (summary, body) = (text(row, 0)?, text(row, 1)?);
    let mut folded = String::new();
    let mut matches = |word: &str| {
        folded.clear();
        fold_into(word, &mut folded);
        terms.iter().any(|term| folded.starts_with(term.as_str()))
    };
    let mut folded_text = String::new();
    for passage in [body, summary] {
        // Folding goes character by character, so a word that matches leaves the term in the
        // folded text: most texts of a title match are skipped after one search for it.
        folded_text.clear();
        fold_into(passage, &mut folded_text);
        if !terms.iter().any(|term| folded_text.contains(term.as_str())) {
            continue;
        }
        let words: Vec<&str> = passage.split_whitespace().collect();
        let first = words.iter().position(|w| matches(w.trim_matches(|c: char| !c.is_alphanumeric())));
        let Some(first) = first else {
            continue;
        };
        let start = first.saturating_sub(SNIPPET_WORDS / 3);
        let end = (start + SNIPPET_WORDS).min(words.len());
        let mut parts: Vec<SnippetPart> = Vec::new();
        if start > 0 {
            parts.push(SnippetPart { text: "… ".into(), hit: false });
        }
        for (index, word) in words[start..end].iter().enumerate() {
            let separator = if index + 1 < end - start { " " } else { "" };
            let core = word.trim_matches(|c: char| !c.is_alphanumeric());
            if !core.is_empty() && matches(core) {
                let lead = &word[..word.find(core).unwrap_or(0)];
                let tail = &word[lead.len() + core.len()..];
                push_part(&mut parts, lead, false);
                push_part(&mut parts, core, true);
                push_part(&mut parts, &format!("{tail}{separator}"), false);
            } else {
                push_part(&mut parts, &format!("{word}{separator}"), false);
            }
        }
        if end < words.len() {
            push_part(&mut parts, " …", false);
        }
        return Ok(parts);
    }
    let mut fallback: String = summary.chars().take(160).collect();
    if summary.chars().count() > 160 {
        fallback.push('…');
    }
    Ok(vec![SnippetPart { text: fallback, hit: false }])
}

fn push_part(parts: &mut Vec<SnippetPart>, text: &str, hit: bool) {
    if text.is_empty() {
        return;
    }
    match parts.last_mut() {
        Some(last) if last.hit == hit => last.text.push_str(text),
        _ => parts.push(SnippetPart { text: text.to_string(), hit }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distances() {
        for (a, b, d) in [
            ("kinderbijslg", "kinderbijslag", 1),
            ("zasilek", "zasilek", 0),
            ("abc", "", 3),
            ("inregistrare", "inregistare", 1),
            ("kitten", "sitting", 3),
        ] {
            assert_eq!(edit_distance(a, b), d, "{a} {b}");
        }
    }

    #[test]
    fn match_expressions_quote_forms_and_prefix_the_last_word() {
        let words = vec!["zasilek".to_string(), "rodz".to_string()];
        let corrections = vec![Vec::new(), vec!["rodzina".to_string()]];
        let query = LangQuery::new(Lang::Pl, &words, &corrections);
        assert_eq!(match_expression(&query, Joiner::All), "(\"zasilek\") AND (\"rodz\"*)");
        let words = vec!["lost".to_string(), "jobs".to_string()];
        let query = LangQuery::new(Lang::En, &words, &[Vec::new(), Vec::new()]);
        assert_eq!(match_expression(&query, Joiner::Any), "(\"lost\") OR (\"jobs\"* OR \"job\")");
    }
}

#[cfg(test)]
mod ranking_tests {
    use super::*;

    fn matched(name: f64, title: f64, summary: f64, own_language: bool, national: bool) -> Matched {
        Matched { name, title, summary, exact_keyword: false, all_words: true, own_language, national }
    }

    #[test]
    fn title_beats_keywords_beat_summary_beats_body_and_own_language_breaks_ties() {
        let body_only = score(-5.0, &matched(0.0, 0.0, 0.0, true, true), ItemKind::Right);
        let in_summary = score(-0.1, &matched(0.0, 0.0, 1.0, false, true), ItemKind::Task);
        let in_keywords = score(-0.1, &matched(1.0, 0.0, 0.0, false, true), ItemKind::Task);
        let in_title = score(-0.1, &matched(1.0, 1.0, 0.0, false, true), ItemKind::Task);
        let in_title_own = score(-0.1, &matched(1.0, 1.0, 0.0, true, true), ItemKind::Task);
        assert!(body_only < in_summary && in_summary < in_keywords && in_keywords < in_title);
        assert!(in_title < in_title_own);
        let task = score(0.0, &matched(1.0, 1.0, 0.0, true, true), ItemKind::Task);
        assert!(task < score(0.0, &matched(1.0, 1.0, 0.0, true, true), ItemKind::Right));
    }

    #[test]
    fn a_municipal_item_outranks_a_national_one_only_when_it_matches_better() {
        let national = score(-0.1, &matched(1.0, 0.5, 0.0, true, true), ItemKind::Right);
        let municipal_as_good = score(-50.0, &matched(1.0, 0.5, 0.0, true, false), ItemKind::Alert);
        let municipal_better = score(-0.1, &matched(1.0, 1.0, 0.0, true, false), ItemKind::Alert);
        assert!(municipal_as_good < national && national < municipal_better);
    }

    #[test]
    fn a_keyword_that_is_the_query_outranks_half_the_query_in_a_title_but_not_all_of_it() {
        let exact = Matched { exact_keyword: true, ..matched(1.0, 0.0, 0.0, true, true) };
        assert!(
            score(-0.1, &exact, ItemKind::Right) > score(-50.0, &matched(1.0, 0.5, 0.0, true, true), ItemKind::Right)
        );
        assert!(
            score(-50.0, &exact, ItemKind::Right) < score(-0.1, &matched(1.0, 1.0, 0.0, true, true), ItemKind::Task)
        );
        // A municipality's desk whose keyword is the query matches better than the national
        // article that has the words in a longer keyword.
        let desk = Matched { exact_keyword: true, ..matched(1.0, 0.0, 0.0, true, false) };
        assert!(
            score(-0.1, &desk, ItemKind::Service) > score(-50.0, &matched(1.0, 0.0, 0.0, true, true), ItemKind::Right)
        );
    }

    #[test]
    fn a_keyword_is_the_query_when_their_words_are_the_same_but_for_stop_words() {
        let query = |lang, words: &[&str]| {
            let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            LangQuery::new(lang, &words, &vec![Vec::new(); words.len()])
        };
        let money_for_children = query(Lang::Pl, &["pieniadze", "dzieci"]);
        assert!(is_the_query(" pieniadze na dzieci ", &money_for_children));
        assert!(!is_the_query("dodatkowe pieniadze na dzieci", &money_for_children));
        assert!(!is_the_query("pieniadze", &money_for_children));
        assert!(!is_the_query("na", &money_for_children));
        // The last word typed so far matches the start of a keyword's word.
        assert!(is_the_query("town hall", &query(Lang::En, &["town", "ha"])));
        assert!(is_the_query("benefit", &query(Lang::En, &["benefits"])));
    }

    #[test]
    fn coverage_counts_every_form_and_a_typed_prefix() {
        let words = vec!["health".to_string(), "insur".to_string()];
        let query = LangQuery::new(Lang::Pl, &words, &[Vec::new(), Vec::new()]);
        assert_eq!(coverage("health insurance compulsory", &query), 0.9);
        assert_eq!(coverage("healthcare allowance", &query), 0.0);
        let words = vec!["benefits".to_string()];
        let query = LangQuery::new(Lang::En, &words, &[Vec::new()]);
        assert_eq!(coverage("child benefit", &query), 1.0);
    }
}
