//! Ranked full-text search with typo tolerance.
//!
//! 1. The query is folded like the index ([`crate::fold`]) and split into words; the last word
//!    also matches as a prefix, for search as you type.
//! 2. A word of four or more letters that starts no word in the index is a likely typo: it is
//!    replaced by the indexed words that share the most trigrams with it and lie within a small
//!    edit distance ("kinderbijslg" → "kinderbijslag").
//! 3. All words must match; if nothing does, any word may.
//! 4. Each language of the user's fallback chain is searched in its own FTS5 table; BM25 scores
//!    weigh titles over summaries over bodies and the user's own language over the others, and
//!    each item appears once, with a snippet from the text that matched.

use crate::content_store::{SearchHit, SearchOptions, SnippetPart, fts_table};
use crate::error::{Error, Result};
use crate::fold::{fold, folded_words};
use crate::lang::Lang;
use crate::model::ItemKind;
use rusqlite::{Connection, params};
use std::collections::HashMap;

/// How much a match in the user's own language counts against one in a reference language.
const OWN_LANGUAGE_WEIGHT: f64 = 1.5;
const SNIPPET_WORDS: usize = 18;

pub(crate) fn search(conn: &Connection, query: &str, options: &SearchOptions) -> Result<Vec<SearchHit>> {
    let words = folded_words(query);
    if words.is_empty() || options.limit == 0 {
        return Ok(Vec::new());
    }
    let mut alternatives: Vec<Vec<String>> = Vec::with_capacity(words.len());
    for word in &words {
        alternatives.push(expand_word(conn, word)?);
    }
    let chain = options.lang.fallback_chain();
    let mut hits = run(conn, &match_expression(&alternatives, &words, " AND "), &chain, options)?;
    if hits.is_empty() && words.len() > 1 {
        hits = run(conn, &match_expression(&alternatives, &words, " OR "), &chain, options)?;
    }
    let terms: Vec<String> = alternatives.into_iter().flatten().collect();
    for hit in &mut hits {
        hit.title = title_in(conn, &hit.id, &chain)?;
        hit.snippet = snippet(conn, &hit.id, hit.matched_lang, &terms)?;
    }
    Ok(hits)
}

/// The word itself, plus close spellings from the index when the word looks like a typo.
fn expand_word(conn: &Connection, word: &str) -> Result<Vec<String>> {
    let mut alternatives = vec![word.to_string()];
    if word.chars().count() < 4 || starts_an_indexed_word(conn, word)? {
        return Ok(alternatives);
    }
    let trigrams: Vec<String> = {
        let chars: Vec<char> = word.chars().collect();
        chars.windows(3).map(|w| format!("\"{}\"", w.iter().collect::<String>())).collect()
    };
    let mut statement = conn.prepare_cached("SELECT word FROM vocab_trigrams WHERE vocab_trigrams MATCH ?1 ORDER BY rank LIMIT 50")?;
    let candidates = statement.query_map([trigrams.join(" OR ")], |row| row.get::<_, String>(0))?;
    let allowed = if word.chars().count() >= 7 { 2 } else { 1 };
    let mut close: Vec<(usize, String)> = Vec::new();
    for candidate in candidates {
        let candidate = candidate?;
        let distance = edit_distance(word, &candidate);
        if distance <= allowed {
            close.push((distance, candidate));
        }
    }
    close.sort();
    alternatives.extend(close.into_iter().take(3).map(|(_, candidate)| candidate));
    Ok(alternatives)
}

fn starts_an_indexed_word(conn: &Connection, word: &str) -> Result<bool> {
    let mut statement = conn.prepare_cached("SELECT EXISTS(SELECT 1 FROM vocab WHERE word >= ?1 AND word < ?1 || char(1114111))")?;
    Ok(statement.query_row([word], |row| row.get(0))?)
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

/// An FTS5 expression: one group per query word, its alternatives OR-ed; the last word's own
/// spelling as a prefix. Words are folded alphanumerics, so quoting them is enough.
fn match_expression(alternatives: &[Vec<String>], words: &[String], joiner: &str) -> String {
    alternatives
        .iter()
        .enumerate()
        .map(|(index, group)| {
            let options: Vec<String> = group
                .iter()
                .enumerate()
                .map(|(n, word)| if n == 0 && index + 1 == words.len() { format!("\"{word}\"*") } else { format!("\"{word}\"") })
                .collect();
            format!("({})", options.join(" OR "))
        })
        .collect::<Vec<_>>()
        .join(joiner)
}

fn run(conn: &Connection, expression: &str, chain: &[Lang], options: &SearchOptions) -> Result<Vec<SearchHit>> {
    let mut best: HashMap<String, SearchHit> = HashMap::new();
    for (position, lang) in chain.iter().enumerate() {
        let weight = if position == 0 { OWN_LANGUAGE_WEIGHT } else { 1.0 };
        let mut statement = conn.prepare_cached(&format!(
            "SELECT t.item_id, i.kind, i.scope, bm25({table}, 10.0, 4.0, 1.0) AS score
             FROM {table} JOIN item_texts t ON t.rowid = {table}.rowid JOIN items i ON i.id = t.item_id
             WHERE {table} MATCH ?1 AND (?2 IS NULL OR i.scope = 'nl' OR i.scope = ?2)
             ORDER BY score LIMIT ?3",
            table = fts_table(*lang)
        ))?;
        let rows = statement.query_map(params![expression, options.municipality, options.limit as i64 * 2], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?, row.get::<_, f64>(3)?))
        })?;
        for row in rows {
            let (id, kind, scope, bm25) = row?;
            // bm25() is lower for better matches; flip it so higher is better.
            let score = -bm25 * weight;
            if best.get(&id).is_some_and(|hit| hit.score >= score) {
                continue;
            }
            let kind: ItemKind = serde_json::from_value(serde_json::Value::String(kind)).map_err(|e| Error::ContentCorrupt(e.to_string()))?;
            best.insert(id.clone(), SearchHit { id, kind, scope, title: String::new(), matched_lang: *lang, snippet: Vec::new(), score });
        }
    }
    let mut hits: Vec<SearchHit> = best.into_values().collect();
    hits.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
    hits.truncate(options.limit);
    Ok(hits)
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
    let (summary, body): (String, String) = conn
        .prepare_cached("SELECT summary, body_plain FROM item_texts WHERE item_id = ?1 AND lang = ?2")?
        .query_row(params![id, lang.code()], |row| Ok((row.get(0)?, row.get(1)?)))?;
    let matches = |word: &str| {
        let folded = fold(word);
        terms.iter().any(|term| folded.starts_with(term.as_str()))
    };
    for text in [&body, &summary] {
        let words: Vec<&str> = text.split_whitespace().collect();
        let Some(first) = words.iter().position(|w| matches(w.trim_matches(|c: char| !c.is_alphanumeric()))) else { continue };
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
        for (a, b, d) in [("kinderbijslg", "kinderbijslag", 1), ("zasilek", "zasilek", 0), ("abc", "", 3), ("inregistrare", "inregistare", 1), ("kitten", "sitting", 3)] {
            assert_eq!(edit_distance(a, b), d, "{a} {b}");
        }
    }

    #[test]
    fn match_expressions_quote_words_and_prefix_the_last() {
        let alternatives = vec![vec!["zasilek".to_string()], vec!["rodz".to_string(), "rodzina".to_string()]];
        let words = vec!["zasilek".to_string(), "rodz".to_string()];
        assert_eq!(match_expression(&alternatives, &words, " AND "), "(\"zasilek\") AND (\"rodz\"* OR \"rodzina\")");
    }
}
