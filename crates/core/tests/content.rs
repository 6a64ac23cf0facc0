//! The bundled content, checked as a whole: it loads cleanly, meets the editorial rules, builds
//! a real content.db file, and the search finds what people type in their own language.

use std::collections::BTreeMap;
use wegwijs_core::bundled;
use wegwijs_core::content_store::{ContentStore, OpenOutcome, SearchOptions};
use wegwijs_core::fold;
use wegwijs_core::lang::Lang;
use wegwijs_core::model::{ItemKind, NATIONAL_SCOPE};
use wegwijs_core::source::{self, LoadReport, is_official_source};

fn report() -> LoadReport {
    source::load(&bundled::content_tree())
}

fn store() -> ContentStore {
    ContentStore::in_memory(&report()).expect("bundled content builds")
}

/// Asserts that `query` in `lang` finds `expected` first (`national` limits to national items).
fn check_first(store: &ContentStore, lang: Lang, query: &str, expected: &str, national: bool) {
    let options = SearchOptions { lang, municipality: national.then(|| NATIONAL_SCOPE.to_string()), limit: 5 };
    let hits = store.search(query, &options).unwrap();
    let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids.first(), Some(&expected), "{lang} {query:?} found {ids:?}");
}

#[test]
fn bundled_content_loads_with_no_errors_and_no_warnings() {
    let report = report();
    let problems: Vec<String> = report.diagnostics.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn every_item_has_every_language_with_the_right_state() {
    for item in report().items {
        let langs: Vec<Lang> = item.texts.keys().copied().collect();
        assert_eq!(langs.len(), Lang::ALL.len(), "{} has {langs:?}", item.id);
    }
}

#[test]
fn rights_and_tasks_cite_official_sources() {
    for item in report().items.iter().filter(|i| i.kind().is_national_only()) {
        assert!(item.sources.iter().any(|s| is_official_source(s)), "{} has no official source", item.id);
        assert_eq!(item.scope, NATIONAL_SCOPE, "{}", item.id);
    }
}

#[test]
fn municipal_content_is_sample_sourced_and_has_dated_alerts() {
    let report = report();
    let municipalities: Vec<_> = report.scopes.iter().filter(|s| s.code != NATIONAL_SCOPE).collect();
    assert_eq!(municipalities.len(), 4, "{municipalities:?}");
    for scope in municipalities {
        assert!(scope.sample, "{} must stay marked as sample content until confirmed", scope.code);
        let items: Vec<_> = report.items.iter().filter(|i| i.scope == scope.code).collect();
        assert!(items.iter().all(|i| i.sample), "{}: every item.toml says sample = true", scope.code);
        let mut kinds: BTreeMap<ItemKind, usize> = BTreeMap::new();
        for item in &items {
            *kinds.entry(item.kind()).or_default() += 1;
            // An item exists only when a page publishes it: no made-up meetings or dates.
            assert!(!item.sources.is_empty(), "{} cites no source", item.id);
            if matches!(item.kind(), ItemKind::Alert | ItemKind::Event) {
                assert!(item.valid_until.is_some(), "{} needs an end date", item.id);
            }
        }
        for kind in [ItemKind::Service, ItemKind::Alert] {
            assert!(kinds.get(&kind).copied().unwrap_or(0) >= 1, "{} has no {}", scope.code, kind.as_str());
        }
    }
}

#[test]
fn the_searches_of_the_brief_find_the_right_items() {
    let store = store();
    check_first(&store, Lang::Pl, "zasilek rodzinny", "child-benefit", false);
    check_first(&store, Lang::Pl, "zasiłek rodzinny", "child-benefit", false);
    check_first(&store, Lang::Ro, "inregistrare", "brp-registration", false);
    check_first(&store, Lang::Nl, "kinderbijslg", "child-benefit", false);
    check_first(&store, Lang::En, "kinderbijslg", "child-benefit", false);
}

#[test]
fn serbian_cyrillic_queries_find_serbian_latin_text() {
    let store = store();
    let latin = store.item("child-benefit", Lang::Sr).unwrap().title;
    let cyrillic = to_serbian_cyrillic(&latin);
    assert_ne!(latin, cyrillic);
    check_first(&store, Lang::Sr, &cyrillic, "child-benefit", true);
}

/// Each language's own words for the core topics (tests/data/search-queries/<item>.toml).
#[test]
fn every_language_finds_its_own_words_for_the_core_topics() {
    let store = store();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/search-queries");
    let mut checked = 0;
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let expected = path.file_stem().unwrap().to_string_lossy().to_string();
        let file: toml::Table = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let queries = file["query"].as_array().unwrap();
        let langs: Vec<&str> = queries.iter().map(|q| q["lang"].as_str().unwrap()).collect();
        assert_eq!(langs.len(), 13, "{} must have a query per language", path.display());
        for query in queries {
            let lang: Lang = query["lang"].as_str().unwrap().parse().unwrap();
            let text = query["q"].as_str().unwrap();
            let hits = store
                .search(text, &SearchOptions { lang, municipality: Some(NATIONAL_SCOPE.into()), limit: 3 })
                .unwrap();
            let first = hits.first().map(|h| h.id.as_str());
            if first != Some(expected.as_str()) {
                failures.push(format!(
                    "{lang} {text:?}: expected {expected}, got {:?}",
                    hits.iter().map(|h| &h.id).collect::<Vec<_>>()
                ));
            }
            checked += 1;
        }
    }
    assert!(
        checked >= 13 * 4,
        "only {checked} queries: need child benefit, registration, health insurance, minimum wage"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn snippets_mark_the_matching_words() {
    let hits =
        store().search("kinderbijslag", &SearchOptions { lang: Lang::Nl, municipality: None, limit: 1 }).unwrap();
    let marked: Vec<&str> = hits[0].snippet.iter().filter(|p| p.hit).map(|p| p.text.as_str()).collect();
    assert!(
        !marked.is_empty() && marked.iter().all(|m| m.to_lowercase().starts_with("kinderbijslag")),
        "{:?}",
        hits[0].snippet
    );
}

#[test]
fn content_db_is_a_real_file_that_is_reused_and_rebuilt_when_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("content.db");
    let tree = bundled::content_tree();
    let (_, first) = ContentStore::open_or_build(&path, &tree).unwrap();
    assert!(matches!(first, OpenOutcome::Rebuilt { .. }));
    let (store, second) = ContentStore::open_or_build(&path, &tree).unwrap();
    assert_eq!(second, OpenOutcome::Opened);
    assert!(store.integrity_check().unwrap());
    drop(store);
    // Overwrite the middle of the file with garbage, as a failing SD card might.
    let mut bytes = std::fs::read(&path).unwrap();
    let middle = bytes.len() / 2;
    bytes[..100].fill(0xAB);
    bytes[middle..middle + 4096].fill(0xCD);
    std::fs::write(&path, bytes).unwrap();
    let (store, third) = ContentStore::open_or_build(&path, &tree).unwrap();
    assert!(matches!(third, OpenOutcome::Rebuilt { .. }), "{third:?}");
    assert!(store.integrity_check().unwrap());
    assert!(
        !store
            .search("kinderbijslag", &SearchOptions { lang: Lang::Nl, municipality: None, limit: 1 })
            .unwrap()
            .is_empty()
    );
}

#[test]
fn stored_bodies_are_sanitized_html() {
    let store = store();
    for item in report().items {
        for lang in Lang::ALL {
            let html = store.item(&item.id, lang).unwrap().body_html;
            // Text is escaped, so every literal `<` opens a real tag: check the tags only.
            for tag in html.split('<').skip(1).map(|t| t.split('>').next().unwrap_or_default().to_lowercase()) {
                let name = tag.trim_start_matches('/').split_whitespace().next().unwrap_or_default().to_string();
                assert!(!["script", "iframe", "img", "style"].contains(&name.as_str()), "{} {lang}: <{tag}>", item.id);
                assert!(!tag.contains(" on") && !tag.contains("javascript:"), "{} {lang}: <{tag}>", item.id);
            }
        }
    }
}

fn to_serbian_cyrillic(latin: &str) -> String {
    let pairs = [
        ("dž", "џ"),
        ("lj", "љ"),
        ("nj", "њ"),
        ("Dž", "Џ"),
        ("Lj", "Љ"),
        ("Nj", "Њ"),
        ("a", "а"),
        ("b", "б"),
        ("v", "в"),
        ("g", "г"),
        ("d", "д"),
        ("đ", "ђ"),
        ("e", "е"),
        ("ž", "ж"),
        ("z", "з"),
        ("i", "и"),
        ("j", "ј"),
        ("k", "к"),
        ("l", "л"),
        ("m", "м"),
        ("n", "н"),
        ("o", "о"),
        ("p", "п"),
        ("r", "р"),
        ("s", "с"),
        ("t", "т"),
        ("ć", "ћ"),
        ("u", "у"),
        ("f", "ф"),
        ("h", "х"),
        ("c", "ц"),
        ("č", "ч"),
        ("š", "ш"),
    ];
    let mut out = String::new();
    let mut rest = latin;
    'outer: while !rest.is_empty() {
        for (from, to) in pairs {
            if let Some(tail) = rest.strip_prefix(from) {
                out.push_str(to);
                rest = tail;
                continue 'outer;
            }
            let upper = from.to_uppercase();
            if let Some(tail) = rest.strip_prefix(upper.as_str()) {
                out.push_str(&to.to_uppercase());
                rest = tail;
                continue 'outer;
            }
        }
        let c = rest.chars().next().unwrap();
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// An item with the query in its title ranks above every item that has it only in its summary
/// or text, whatever BM25 says about the rest.
#[test]
fn title_matches_rank_first() {
    let store = store();
    for (lang, query) in [
        (Lang::Nl, "kinderbijslag"),
        (Lang::En, "child benefit"),
        (Lang::En, "health insurance"),
        (Lang::Nl, "zorgverzekering"),
        (Lang::En, "registration"),
        (Lang::Pl, "zasilek rodzinny"),
        (Lang::En, "payslip"),
    ] {
        let hits = store.search(query, &SearchOptions { lang, municipality: None, limit: 20 }).unwrap();
        let words = fold::folded_words(query);
        let in_title: Vec<bool> = hits
            .iter()
            .map(|hit| {
                let title = fold::folded_words(&hit.title);
                words.iter().all(|word| title.iter().any(|t| t.starts_with(word.as_str())))
            })
            .collect();
        let described: Vec<String> = hits.iter().map(|h| format!("{} ({})", h.id, h.title)).collect();
        assert_eq!(in_title.first(), Some(&true), "{lang} {query:?}: {described:?}");
        assert!(in_title.contains(&false), "{lang} {query:?} must also find items without it in the title");
        assert!(in_title.windows(2).all(|pair| pair[0] || !pair[1]), "{lang} {query:?}: {described:?}");
    }
}

/// A query is searched up to its first 256 characters (not bytes): a page pasted into the
/// search box costs no more than a few words.
#[test]
fn long_queries_are_cut_at_256_characters() {
    let store = store();
    let options = SearchOptions { lang: Lang::Nl, municipality: None, limit: 5 };
    let within = format!("{}kinderbijslag", "—".repeat(256 - "kinderbijslag".len()));
    let hits = store.search(&within, &options).unwrap();
    assert_eq!(hits.first().map(|h| h.id.as_str()), Some("child-benefit"), "{hits:?}");
    let beyond = format!("{}kinderbijslag", "—".repeat(256));
    assert_eq!(store.search(&beyond, &options).unwrap(), vec![], "words after the cap are not searched");
    let pasted = "kinderbijslag zorgverzekering ".repeat(2_000);
    assert!(!store.search(&pasted, &options).unwrap().is_empty());
}

#[test]
fn the_new_topics_are_found_in_several_languages() {
    let store = store();
    check_first(&store, Lang::Pl, "mieszkanie od pracodawcy", "employer-housing", true);
    check_first(&store, Lang::En, "housing from my employer", "employer-housing", true);
    check_first(&store, Lang::Ro, "locuinta de la angajator", "employer-housing", true);
    check_first(&store, Lang::Bg, "жилище от работодателя", "employer-housing", true);
    check_first(&store, Lang::Nl, "wonen via uitzendbureau", "employer-housing", true);
    // The searches of issue 13 for the topics added since.
    check_first(&store, Lang::Ro, "concediu de odihna", "holiday-leave", true);
    check_first(&store, Lang::Nl, "vakantiedagen", "holiday-leave", true);
    check_first(&store, Lang::Bg, "данъци възстановяване", "wage-tax", true);
    check_first(&store, Lang::Nl, "loonheffingskorting", "wage-tax", true);
    check_first(&store, Lang::En, "my contract ended", "zero-hours-on-call", true);
    // The Add topics of issue 13 that followed, in their own words per language.
    check_first(&store, Lang::Pl, "pracownik delegowany A1", "posted-workers", true);
    check_first(&store, Lang::En, "posted worker", "posted-workers", true);
    check_first(&store, Lang::Ro, "pensie AOW", "pension", true);
    check_first(&store, Lang::Nl, "pensioen uitzendkracht", "pension", true);
    check_first(&store, Lang::Nl, "werktijden pauze", "working-hours-safety", true);
    check_first(&store, Lang::En, "accident at work", "working-hours-safety", true);
    check_first(&store, Lang::Bg, "регистрация на кола", "car-foreign-plates", true);
    check_first(&store, Lang::Pl, "polskie tablice", "car-foreign-plates", true);
    check_first(&store, Lang::En, "PD U1", "leaving-the-netherlands", true);
    check_first(&store, Lang::Hu, "adóbevallás távozáskor", "leaving-the-netherlands", true);
    check_first(&store, Lang::Nl, "kwijtschelding afvalstoffenheffing", "municipal-taxes", true);
    check_first(&store, Lang::Ro, "taxa de gunoi", "municipal-taxes", true);
}

/// Figures come from the table with their periods: the item page picks the one for the day
/// and flags a figure whose last period has ended.
#[test]
fn figures_are_picked_by_date_and_flagged_when_their_period_ended() {
    use chrono::NaiveDate;
    use wegwijs_core::figures;
    let report = report();
    let item = |id: &str| report.items.iter().find(|i| i.id == id).unwrap().clone();
    let wage = item("minimum-wage");
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let picked = figures::pick(&wage.amounts, day(2026, 3, 1));
    assert_eq!(picked.len(), 1, "one amount per figure: {picked:?}");
    assert_eq!(picked[0].value, "14.71");
    assert_eq!(figures::pick(&wage.amounts, day(2025, 9, 1))[0].value, "14.40");
    assert!(figures::outdated(&wage.amounts, day(2026, 3, 1)).is_empty());
    assert_eq!(figures::outdated(&wage.amounts, day(2026, 12, 5)), ["minimum-wage-hour-21"]);
    // The payslip task names the same figure, so a new period reaches both at once.
    assert_eq!(item("task-check-payslip").amounts, wage.amounts);
    // Every amount in euros carries the last day it holds for.
    for item in &report.items {
        for amount in item.amounts.iter().filter(|a| a.unit.starts_with("EUR") && a.name != "wtta-agency-deposit") {
            assert!(amount.valid_until.is_some(), "{}: {} has no valid_until", item.id, amount.name);
        }
    }
    // No text types a figure of the table: texts say the page shows it.
    for item in report.items.iter().filter(|i| !i.amounts.is_empty()) {
        for (lang, text) in &item.texts {
            for amount in item.amounts.iter().filter(|a| a.value.contains('.')) {
                let typed = [amount.value.clone(), amount.value.replace('.', ",")];
                assert!(
                    !typed.iter().any(|v| text.body_markdown.contains(v.as_str())),
                    "{} {lang} types {}",
                    item.id,
                    amount.value
                );
            }
        }
    }
}

/// The glossary of issue 20 (assets/glossary.toml): per language the form of address, the words
/// only the other form uses, and the items still waiting to be converted.
fn glossary() -> toml::Table {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/glossary.toml");
    std::fs::read_to_string(path).expect("assets/glossary.toml").parse().expect("glossary is TOML")
}

fn string_list(table: &toml::Table, key: &str) -> Vec<String> {
    table.get(key).and_then(|v| v.as_array()).map_or_else(Vec::new, |values| {
        values.iter().map(|v| v.as_str().expect("a list of strings").to_lowercase()).collect()
    })
}

/// The words of `text` that are in `avoid`, leaving out links (their labels are often page
/// titles) and quoted speech (a question to an agency may be formal in an informal text).
fn other_form_words(text: &str, avoid: &[String]) -> Vec<String> {
    let mut kept = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let close = match c {
            '„' => Some(&['“', '”', '"'][..]),
            '"' => Some(&['"'][..]),
            '«' => Some(&['»'][..]),
            '“' => Some(&['”'][..]),
            '[' => Some(&[']'][..]),
            _ => None,
        };
        let Some(close) = close else {
            kept.push(c);
            continue;
        };
        for d in chars.by_ref() {
            if close.contains(&d) {
                break;
            }
        }
        if c == '[' && chars.peek() == Some(&'(') {
            for d in chars.by_ref() {
                if d == ')' {
                    break;
                }
            }
        }
        kept.push(' ');
    }
    // A suffix joined to a number ("4-ти", the Bulgarian ordinal) is part of the number, not a pronoun.
    kept.split(|c: char| !c.is_alphanumeric() && c != '-')
        .flat_map(|token| match token.split_once('-') {
            Some((number, _)) if !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()) => vec![number],
            _ => token.split('-').collect(),
        })
        .map(str::to_lowercase)
        .filter(|w| avoid.contains(w))
        .collect()
}

#[test]
fn the_address_check_finds_the_other_form() {
    let avoid: Vec<String> = ["tu", "tev", "u", "uw"].map(String::from).to_vec();
    assert_eq!(other_form_words("Tu vari. Vraag: \"Bent u toegelaten?\"", &avoid), ["tu"]);
    assert_eq!(other_form_words("Meld het. Heeft u vragen? [uw uitkering](https://uwv.nl)", &avoid), ["u"]);
    assert!(other_form_words("Jūs varat. „Vai tev ir?“ «u» “uw”", &avoid).is_empty());
    let bulgarian: Vec<String> = ["ти", "теб"].map(String::from).to_vec();
    assert!(other_form_words("Вашият **4-ти** пореден договор", &bulgarian).is_empty());
    assert_eq!(other_form_words("Трябва ти BSN-ти и теб-", &bulgarian), ["ти", "ти", "теб"]);
}

#[test]
fn every_language_keeps_one_form_of_address() {
    let glossary = glossary();
    let langs = glossary["lang"].as_table().expect("[lang.*] tables");
    let items = report().items;
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let entry = langs.get(lang.code()).and_then(|v| v.as_table());
        let Some(entry) = entry else {
            problems.push(format!("{lang}: no entry in assets/glossary.toml"));
            continue;
        };
        let address = entry.get("address").and_then(|v| v.as_str());
        assert!(matches!(address, Some("formal" | "informal")), "{lang}: address is formal or informal");
        let avoid = string_list(entry, "avoid");
        let pending = string_list(entry, "pending");
        for item in &items {
            // A translation not written yet is the loader's warning, not this check's concern.
            let Some(text) = item.texts.get(&lang) else { continue };
            let all = format!("{}\n{}\n{}", text.title, text.summary, text.body_markdown);
            let found = other_form_words(&all, &avoid);
            let is_pending = pending.contains(&item.id);
            if !found.is_empty() && !is_pending {
                problems.push(format!("{lang} {}: {address:?} text uses {found:?}", item.id));
            } else if found.is_empty() && is_pending {
                problems.push(format!("{lang} {}: converted; take it off `pending`", item.id));
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// Where `variant` occurs in `text` as whole words, diacritics and case aside (people and
/// translators drop them alike): "indemnizatie de concediu" is "indemnizație de concediu".
fn uses_variant(text: &str, variant: &str) -> bool {
    let words = fold::folded_words(text);
    let variant = fold::folded_words(variant);
    !variant.is_empty() && words.windows(variant.len()).any(|window| window == variant.as_slice())
}

#[test]
fn the_variant_check_matches_whole_words_without_diacritics() {
    assert!(uses_variant("Primești indemnizatie de concediu.", "indemnizație de concediu"));
    assert!(uses_variant("În OLANDA,", "Olanda"));
    assert!(!uses_variant("olandeză", "Olanda"));
    assert!(!uses_variant("regresija", "regres"));
    assert!(uses_variant("здравна осигуровка", "zdravna osigurovka"), "Cyrillic folds to Latin");
}

/// One explanation per term (issue 20): the wrong variants assets/glossary.toml lists per
/// language appear in no item's title, summary or body and no UI string of that language.
/// Search keywords may hold them: people type the words they know.
#[test]
fn no_text_uses_a_known_wrong_variant_of_a_term() {
    let glossary = glossary();
    let langs = glossary["lang"].as_table().expect("[lang.*] tables");
    let items = report().items;
    let locales = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales");
    let mut problems = Vec::new();
    let mut listed = 0;
    for lang in Lang::ALL {
        let Some(wrong) = langs.get(lang.code()).and_then(|e| e.get("wrong")).and_then(|w| w.as_table()) else {
            continue;
        };
        listed += wrong.len();
        let mut texts: Vec<(String, String)> = items
            .iter()
            .filter_map(|item| {
                let text = item.texts.get(&lang)?;
                Some((item.id.clone(), format!("{}\n{}\n{}", text.title, text.summary, text.body_markdown)))
            })
            .collect();
        for entry in std::fs::read_dir(format!("{locales}/{}", lang.code())).expect("locales folder") {
            let path = entry.unwrap().path();
            let messages: String = std::fs::read_to_string(&path)
                .unwrap()
                .lines()
                .filter(|line| !line.trim_start().starts_with('#'))
                .collect::<Vec<_>>()
                .join("\n");
            texts.push((path.file_name().unwrap().to_string_lossy().into_owned(), messages));
        }
        for (variant, instead) in wrong {
            for (name, text) in &texts {
                if uses_variant(text, variant) {
                    problems.push(format!("{lang} {name}: {variant:?} ({})", instead.as_str().unwrap_or_default()));
                }
            }
        }
    }
    assert!(listed >= 20, "the glossary lists {listed} wrong variants");
    assert!(problems.is_empty(), "{} wrong variants:\n{}", problems.len(), problems.join("\n"));
}

/// Questions as people type them, in every language: question words, everyday words, the
/// Dutch word as heard, no diacritics. The item people need comes first, over every scope;
/// `a|b` where a right and the task that points to it answer the question alike.
const QUESTIONS: &[(Lang, &str, &str)] = &[
    (Lang::Nl, "ik ben mijn baan kwijt", "unemployment-benefit"),
    (Lang::Nl, "hoe vraag ik zorgtoeslag aan", "task-healthcare-allowance"),
    (Lang::Nl, "mijn baas houdt huur in van mijn loon", "employer-housing"),
    (Lang::Nl, "wanneer krijg ik vakantiegeld", "holiday-allowance"),
    (Lang::En, "I lost my job", "unemployment-benefit"),
    (Lang::En, "my boss takes money for housing", "employer-housing"),
    (Lang::En, "where do I find a doctor", "task-gp-registration"),
    (Lang::En, "how do I get a BSN", "rni-registration|task-register-rni"),
    (Lang::Pl, "darmowa pomoc prawna", "legal-advice"),
    (Lang::Pl, "stracilem prace co teraz", "unemployment-benefit"),
    (Lang::Pl, "jak zalozyc konto w banku", "task-bank-account"),
    (Lang::Pl, "ile wynosi placa minimalna", "minimum-wage"),
    (Lang::Ro, "bani de vacanta", "holiday-allowance"),
    (Lang::Ro, "cum fac asigurare medicala", "health-insurance|task-health-insurance"),
    (Lang::Ro, "seful nu ma plateste", "report-exploitation"),
    (Lang::Ro, "unde gasesc un medic de familie", "task-gp-registration"),
    (Lang::Bg, "останах без работа", "unemployment-benefit"),
    (Lang::Bg, "как да получа BSN", "rni-registration|task-register-rni"),
    (Lang::Bg, "колко е минималната заплата", "minimum-wage"),
    (Lang::Bg, "болничен", "sick-pay"),
    (Lang::Hu, "kirúgtak mit tegyek", "unemployment-benefit"),
    (Lang::Hu, "hol találok háziorvost", "gp-registration|task-gp-registration"),
    (Lang::Hu, "adovisszaterites", "wage-tax"),
    (Lang::Hu, "mennyi a minimalber", "minimum-wage"),
    (Lang::Lt, "netekau darbo", "unemployment-benefit"),
    (Lang::Lt, "kaip gauti BSN", "rni-registration|task-register-rni"),
    (Lang::Lt, "atostoginiai", "holiday-allowance"),
    (Lang::Lt, "nemokama teisine pagalba", "legal-advice"),
    (Lang::Lv, "pazaudēju darbu", "unemployment-benefit"),
    (Lang::Lv, "kur atrast ģimenes ārstu", "task-gp-registration"),
    (Lang::Lv, "priekšnieks nemaksā algu", "report-exploitation"),
    (Lang::Lv, "nodoklu atmaksa", "wage-tax"),
    (Lang::Cs, "vyhodili me z prace", "unemployment-benefit"),
    (Lang::Cs, "kde najdu lekare", "task-gp-registration"),
    (Lang::Cs, "srazky z vyplaty", "wage-deductions"),
    (Lang::Cs, "mam narok na dovolenou", "holiday-leave"),
    (Lang::Sk, "prisiel som o pracu", "unemployment-benefit"),
    (Lang::Sk, "kolko je minimalna mzda", "minimum-wage"),
    (Lang::Sk, "ako zalozit ucet v banke", "task-bank-account"),
    (Lang::Sk, "som chory co teraz", "sick-pay"),
    (Lang::Hr, "dobio sam otkaz", "unemployment-benefit"),
    (Lang::Hr, "povrat poreza", "wage-tax"),
    (Lang::Hr, "sef mi ne placa", "report-exploitation"),
    (Lang::Hr, "gdje naci lijecnika", "task-gp-registration"),
    (Lang::Sr, "izgubio sam posao", "unemployment-benefit"),
    (Lang::Sr, "koliko je minimalna plata", "minimum-wage"),
    (Lang::Sr, "како да добијем BSN", "rni-registration|task-register-rni"),
    (Lang::Sr, "bolovanje", "sick-pay"),
    (Lang::Es, "me despidieron que hago", "unemployment-benefit"),
    (Lang::Es, "cuanto es el salario minimo", "minimum-wage"),
    (Lang::Es, "necesito un abogado gratis", "legal-advice"),
    (Lang::Es, "como consigo el BSN", "rni-registration|task-register-rni"),
];

#[test]
fn questions_as_people_type_them_find_the_item_they_need() {
    let store = store();
    let mut failures = Vec::new();
    for (lang, query, expected) in QUESTIONS {
        let hits = store.search(query, &SearchOptions { lang: *lang, municipality: None, limit: 3 }).unwrap();
        if !hits.first().is_some_and(|h| expected.split('|').any(|id| id == h.id)) {
            let found: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
            failures.push(format!("{lang} {query:?}: expected {expected}, found {found:?}"));
        }
    }
    for lang in Lang::ALL {
        assert!(QUESTIONS.iter().filter(|(l, ..)| *l == lang).count() >= 3, "{lang} needs 3 questions or more");
    }
    let missed = failures.len();
    assert!(missed == 0, "{missed} of {} questions missed:\n{}", QUESTIONS.len(), failures.join("\n"));
}

/// The evaluation set of issue 16 (tests/data/search-eval.toml), run against a content.db file
/// built from the bundled content: at least nine in ten questions find the item they need first.
#[test]
fn search_evaluation_finds_nine_in_ten_first() {
    use wegwijs_core::search_eval::{self, REQUIRED_TOP1};
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/search-eval.toml");
    let questions = search_eval::parse_questions(&std::fs::read_to_string(path).unwrap()).unwrap();
    let report = report();
    // A set that names an item the content no longer has would count a miss for a typo.
    for question in &questions {
        for id in &question.expect {
            let item = report.items.iter().find(|item| &item.id == id);
            assert!(item.is_some(), "{} {:?} expects {id}, which is not an item", question.lang, question.q);
            let scope = &item.unwrap().scope;
            assert!(
                scope == NATIONAL_SCOPE || question.municipality.as_ref() == Some(scope),
                "{} {:?} expects {id} of {scope}, which its person cannot see",
                question.lang,
                question.q
            );
        }
    }
    assert!(questions.len() >= 150, "{} questions; the set needs 150", questions.len());
    for lang in Lang::ALL {
        let count = questions.iter().filter(|q| q.lang == lang).count();
        assert!(count >= 10, "{lang} has {count} questions; every language needs 10");
    }
    // Every kind of national item, and municipal items, are asked for.
    let kind_of =
        |id: &str| report.items.iter().find(|item| item.id == id).map(|item| (item.kind(), item.scope.clone()));
    let asked: Vec<(ItemKind, String)> =
        questions.iter().flat_map(|q| &q.expect).filter_map(|id| kind_of(id)).collect();
    for kind in [ItemKind::Right, ItemKind::Task] {
        assert!(
            asked.iter().any(|(k, scope)| *k == kind && scope == NATIONAL_SCOPE),
            "no question for a national {kind:?}"
        );
    }
    assert!(asked.iter().any(|(_, scope)| scope != NATIONAL_SCOPE), "no question for a municipal item");

    let dir = tempfile::tempdir().unwrap();
    let (store, _) = ContentStore::open_or_build(&dir.path().join("content.db"), &bundled::content_tree()).unwrap();
    let evaluation = search_eval::evaluate(&store, &questions).unwrap();
    // Printed on success too (`--nocapture`), so the rates can be read from any run.
    println!("{evaluation}");
    let not_asked: Vec<&str> = report
        .items
        .iter()
        .filter(|item| item.scope == NATIONAL_SCOPE && !questions.iter().any(|q| q.expect.contains(&item.id)))
        .map(|item| item.id.as_str())
        .collect();
    println!("national items no question expects: {not_asked:?}");
    assert!(
        evaluation.overall.top1_rate() >= REQUIRED_TOP1,
        "top-1 below {:.0}%:\n{evaluation}",
        100.0 * REQUIRED_TOP1
    );
}

/// The taking-part guides (issue 21) are found first in every language, in the words people
/// type: the issue's own ("wolontariat", "voluntariat", "fotbal", "klub sportowy", "taalmaatje")
/// and each language's word for volunteering, a sports club and a language café.
#[test]
fn taking_part_is_found_in_every_language() {
    let store = store();
    let volunteering = [
        (Lang::Pl, "wolontariat"),
        (Lang::Ro, "voluntariat"),
        (Lang::Cs, "dobrovolnictví"),
        (Lang::Sk, "dobrovoľníctvo"),
        (Lang::Hu, "önkéntes munka"),
        (Lang::Lt, "savanorystė"),
        (Lang::Lv, "brīvprātīgais darbs"),
        (Lang::Bg, "доброволчество"),
        (Lang::Hr, "volontiranje"),
        (Lang::Sr, "volontiranje"),
        (Lang::Es, "voluntariado"),
        (Lang::Nl, "vrijwilligerswerk"),
        (Lang::En, "volunteering"),
    ];
    let sport = [
        (Lang::Pl, "klub sportowy"),
        (Lang::Ro, "fotbal"),
        (Lang::Cs, "fotbal"),
        (Lang::Sk, "futbal"),
        (Lang::Hu, "sportklub"),
        (Lang::Lt, "sporto klubas"),
        (Lang::Lv, "sporta klubs"),
        (Lang::Bg, "спортен клуб"),
        (Lang::Hr, "sportski klub"),
        (Lang::Sr, "sportski klub"),
        (Lang::Es, "club deportivo"),
        (Lang::Nl, "sportvereniging"),
        (Lang::En, "sports club"),
    ];
    let language_cafe = [
        (Lang::Pl, "kawiarnia językowa"),
        (Lang::Ro, "cafenea lingvistică"),
        (Lang::Cs, "jazyková kavárna"),
        (Lang::Sk, "jazyková kaviareň"),
        (Lang::Hu, "nyelvi kávézó"),
        (Lang::Lt, "kalbų kavinė"),
        (Lang::Lv, "valodu kafejnīca"),
        (Lang::Bg, "езиково кафе"),
        (Lang::Hr, "jezični kafić"),
        (Lang::Sr, "jezički kafić"),
        (Lang::Es, "café de idiomas"),
        (Lang::Nl, "taalmaatje"),
        (Lang::En, "language café"),
    ];
    let mut missed = Vec::new();
    for (expected, queries) in
        [("volunteering", volunteering), ("sports-clubs", sport), ("language-cafes", language_cafe)]
    {
        for (lang, query) in queries {
            let options = SearchOptions { lang, municipality: Some("GM0794".into()), limit: 5 };
            let hits = store.search(query, &options).unwrap();
            if hits.first().map(|hit| hit.id.as_str()) != Some(expected) {
                missed.push(format!("{lang} {query:?}: {:?}", hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>()));
            }
        }
    }
    assert!(missed.is_empty(), "not found first:\n{}", missed.join("\n"));
}
