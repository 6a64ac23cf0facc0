//! B1 readability of the reference texts (nl, en), which every translation follows: no sentence
//! longer than a limit, and every term a newcomer cannot know explained where an item's body
//! first uses it. The rules are data, in `assets/glossary.toml` (`[readability]` and
//! `[lang.<code>.explain]`), built into the core so `wegwijs content check` applies them to the
//! editors' files. Packs from the feed are not held to them: style is an editor's rule, not a
//! safety one.

use crate::lang::Lang;
use std::collections::BTreeMap;
use std::sync::OnceLock;

const GLOSSARY: &str = include_str!("../../../../assets/glossary.toml");

/// A list of this many short parts or more ("Alkmaar, Almelo, Amsterdam, …") reads as one unit.
const LIST_PARTS: usize = 5;
/// The most words of one part of such a list.
const LIST_PART_WORDS: usize = 3;

/// The rules of one glossary file.
#[derive(Debug, Clone, PartialEq)]
pub struct Readability {
    /// The most words in one sentence.
    pub max_words: usize,
    /// Per language: each term and the phrases that explain it (any one will do).
    pub explain: BTreeMap<Lang, Vec<(String, Vec<String>)>>,
}

/// One rule broken, at a line of the body (1-based, counted from the body's first line), or in
/// the title or summary (`line` is `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub line: Option<usize>,
    pub message: String,
}

impl Readability {
    /// The rules built into the core, from `assets/glossary.toml`.
    pub fn bundled() -> &'static Readability {
        static RULES: OnceLock<Readability> = OnceLock::new();
        RULES.get_or_init(|| Readability::parse(GLOSSARY).expect("assets/glossary.toml holds valid readability rules"))
    }

    /// Reads `[readability] max_words` and every `[lang.<code>.explain]` table.
    pub fn parse(text: &str) -> Result<Readability, String> {
        let table: toml::Table = text.parse().map_err(|e| format!("glossary: {e}"))?;
        let max_words = table
            .get("readability")
            .and_then(|r| r.get("max_words"))
            .and_then(toml::Value::as_integer)
            .and_then(|n| usize::try_from(n).ok())
            .filter(|n| *n > 0)
            .ok_or("glossary: [readability] needs max_words, a positive number")?;
        let mut explain = BTreeMap::new();
        let langs = table.get("lang").and_then(toml::Value::as_table);
        for (code, entry) in langs.into_iter().flatten() {
            let lang: Lang = code.parse().map_err(|_| format!("glossary: unknown language {code:?}"))?;
            let Some(terms) = entry.get("explain") else { continue };
            let terms = terms.as_table().ok_or(format!("glossary: lang.{code}.explain must be a table"))?;
            let mut list = Vec::new();
            for (term, phrases) in terms {
                let phrases: Vec<String> = match phrases {
                    toml::Value::String(one) => vec![one.clone()],
                    toml::Value::Array(many) => many.iter().filter_map(|p| p.as_str().map(str::to_string)).collect(),
                    _ => Vec::new(),
                };
                if phrases.is_empty() || phrases.iter().any(|p| p.trim().is_empty()) {
                    return Err(format!("glossary: lang.{code}.explain.{term} needs one explaining phrase or more"));
                }
                list.push((term.clone(), phrases));
            }
            explain.insert(lang, list);
        }
        Ok(Readability { max_words, explain })
    }

    /// What breaks the rules in one text: long sentences in the title, summary and body, and
    /// terms the body uses before explaining them.
    pub fn check(&self, lang: Lang, title: &str, summary: &str, body: &str) -> Vec<Finding> {
        let mut findings = Vec::new();
        for (field, text) in [("title", title), ("summary", summary)] {
            for sentence in sentences(text) {
                if let Some(message) = self.too_long(&sentence) {
                    findings.push(Finding { line: None, message: format!("{field}: {message}") });
                }
            }
        }
        // Terms are looked for outside links: a link's label is often the page's own title.
        let mut body_sentences = Vec::new();
        for (index, line) in body.lines().enumerate() {
            for sentence in sentences(line) {
                if let Some(message) = self.too_long(&sentence) {
                    findings.push(Finding { line: Some(index + 1), message });
                }
            }
            body_sentences.extend(sentences(&without_links(line)).into_iter().map(|s| (index + 1, s)));
        }
        for (term, phrases) in self.explain.get(&lang).into_iter().flatten() {
            let Some(first) = body_sentences.iter().position(|(_, sentence)| uses(sentence, term)) else { continue };
            // The sentence that first uses the term explains it, or the one before or after it.
            let window: String = body_sentences[first.saturating_sub(1)..]
                .iter()
                .take(if first == 0 { 2 } else { 3 })
                .map(|(_, s)| s.to_lowercase())
                .collect::<Vec<_>>()
                .join(" ");
            if !phrases.iter().any(|phrase| window.contains(&phrase.to_lowercase())) {
                findings.push(Finding {
                    line: Some(body_sentences[first].0),
                    message: format!(
                        "{term:?} is not explained where the body first uses it: say what it is in that sentence, \
                         the one before or the next, as assets/glossary.toml does ({})",
                        phrases.iter().map(|p| format!("{p:?}")).collect::<Vec<_>>().join(" or ")
                    ),
                });
            }
        }
        findings
    }

    fn too_long(&self, sentence: &str) -> Option<String> {
        let words = word_count(sentence);
        (words > self.max_words).then(|| {
            let start: String = sentence.chars().take(60).collect();
            format!("a sentence of {words} words (B1: at most {}); split it: {start:?}…", self.max_words)
        })
    }
}

/// The sentences of one line of Markdown, link targets left out: split after `.`, `?`, `!` or
/// `;` followed by a space.
pub fn sentences(line: &str) -> Vec<String> {
    let text = without_link_targets(line);
    let mut sentences = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        if matches!(c, '.' | '?' | '!' | ';') && chars.peek().is_none_or(|next| next.is_whitespace()) {
            sentences.push(std::mem::take(&mut current));
        }
    }
    sentences.push(current);
    sentences.into_iter().map(|s| s.trim().to_string()).filter(|s| word_count(s) > 0).collect()
}

/// `[label](target)` becomes `label`: a link's address is not read.
fn without_link_targets(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find("](") {
        let Some(close) = rest[open..].find(')') else { break };
        out.push_str(&rest[..open + 1]);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out.replace(['[', ']'], "")
}

/// A line without its links, labels included.
fn without_links(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let Some(close) =
            rest[open..].find("](").and_then(|mid| rest[open + mid..].find(')').map(|end| open + mid + end))
        else {
            break;
        };
        out.push_str(&rest[..open]);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// Words with a letter or digit; a list of short parts counts as one word.
pub fn word_count(sentence: &str) -> usize {
    let words = |part: &str| part.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    let parts: Vec<usize> = sentence.split(',').map(words).collect();
    let mut total = 0;
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, total: &mut usize| {
        *total += if run.len() >= LIST_PARTS { 1 } else { run.iter().sum() };
        run.clear();
    };
    for count in parts {
        if (1..=LIST_PART_WORDS).contains(&count) {
            run.push(count);
        } else {
            flush(&mut run, &mut total);
            total += count;
        }
    }
    flush(&mut run, &mut total);
    total
}

/// Whether `sentence` uses `term` as a word: case counts when the term has capitals (UWV, VOG),
/// not when it has none (waarborgsom may open a sentence).
fn uses(sentence: &str, term: &str) -> bool {
    let (haystack, needle) = if term.chars().any(char::is_uppercase) {
        (sentence.to_string(), term.to_string())
    } else {
        (sentence.to_lowercase(), term.to_lowercase())
    };
    haystack.match_indices(&needle).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Readability {
        Readability::parse(
            r#"
            [readability]
            max_words = 8
            [lang.nl.explain]
            UWV = "de organisatie die uitkeringen betaalt"
            waarborgsom = ["geld als zekerheid", "borg"]
            "#,
        )
        .unwrap()
    }

    #[test]
    fn sentences_split_after_a_full_stop_question_or_semicolon_and_leave_link_targets_out() {
        assert_eq!(
            sentences(
                "Bel [0800 51 51](tel:+318005151). Is het 5.3 of niet? Ja; nee! [uwv.nl](https://www.uwv.nl/a.b)"
            ),
            ["Bel 0800 51 51.", "Is het 5.3 of niet?", "Ja;", "nee!", "uwv.nl"]
        );
        assert!(sentences("  **  ").is_empty());
    }

    #[test]
    fn a_list_of_short_parts_counts_as_one_word() {
        assert_eq!(word_count("Alkmaar, Almelo, Amsterdam, Den Haag, Westland en Zwolle."), 1);
        // The part before the first comma holds the clause and the first name: five short parts remain.
        assert_eq!(word_count("Ga naar een loket: Alkmaar, Almelo, Breda, Goes, Venlo, Zwolle."), 6);
        // Four short parts are a sentence, not a list.
        assert_eq!(word_count("Je werk, je loon, je huis, je zorg."), 8);
        assert_eq!(word_count("**€ 100.000** en - een 4-ti"), 4);
    }

    #[test]
    fn a_sentence_over_the_limit_is_named_with_its_line() {
        let body = "## Kop\nKort. Dit is een zin van precies negen woorden lang.\n- Dit is een punt van acht woorden.";
        let findings = rules().check(Lang::Nl, "Titel", "Een samenvatting met heel veel woorden die te lang is.", body);
        let lines: Vec<Option<usize>> = findings.iter().map(|f| f.line).collect();
        assert_eq!(lines, [None, Some(2)], "{findings:?}");
        assert!(findings[0].message.starts_with("summary: a sentence of 10 words"), "{}", findings[0].message);
        assert!(findings[1].message.contains("9 words"), "{}", findings[1].message);
    }

    #[test]
    fn a_term_is_explained_in_the_sentence_that_first_uses_it_or_the_next() {
        let rules = rules();
        let check = |body: &str| rules.check(Lang::Nl, "T", "S", body);
        assert!(check("Bel UWV. Dat is de organisatie die uitkeringen betaalt.").is_empty());
        assert!(check("UWV (de organisatie die uitkeringen betaalt) helpt.").is_empty());
        assert!(check("Een borg: de Waarborgsom. Later meer.").is_empty());
        assert!(check("Het uwv-kantoor is dicht.").is_empty(), "UWV is matched with its capitals");
        assert!(check("Geen UWVB hier.").is_empty(), "only the whole word");
        assert!(check("Meer: [UWV: loonheffingskorting](https://www.uwv.nl/x).").is_empty(), "link labels are titles");
        assert!(check("De organisatie die uitkeringen betaalt, heet UWV. Bel UWV.").is_empty());
        assert!(check("Dit is de organisatie die uitkeringen betaalt. Bel UWV.").is_empty());
        let late = check("Bel UWV.\nNog iets.\nDe organisatie die uitkeringen betaalt.");
        assert_eq!(late.len(), 1);
        assert_eq!(late[0].line, Some(1));
        assert!(late[0].message.contains("\"UWV\" is not explained"), "{}", late[0].message);
        // Other languages have their own list (none here).
        assert!(rules.check(Lang::En, "T", "S", "Call UWV.").is_empty());
    }

    #[test]
    fn the_rules_are_data_and_bad_data_is_refused() {
        let bundled = Readability::bundled();
        assert_eq!(bundled.max_words, 20);
        for lang in Lang::REFERENCE {
            assert!(bundled.explain.get(&lang).is_some_and(|terms| terms.len() >= 10), "{lang} explains 10 terms");
        }
        assert!(Readability::parse("[readability]\n").is_err());
        assert!(Readability::parse("[readability]\nmax_words = 0\n").is_err());
        assert!(Readability::parse("[readability]\nmax_words = 20\n[lang.xx.explain]\nA = \"b\"\n").is_err());
        assert!(Readability::parse("[readability]\nmax_words = 20\n[lang.nl.explain]\nA = []\n").is_err());
    }
}
