//! Benchmarks of the content store: search latency on a generated corpus of 20,000 items in 13
//! languages (p50/p95/p99 printed, criterion for the mean), opening content.db cold, and
//! rebuilding it from the bundled sources. First, the search evaluation's hit rates on the
//! bundled content (`wegwijs_core::search_eval`), so one run reports how well and how fast.
//!
//! The corpus is generated once into target/bench-corpus/ and reused; delete it to rebuild.
//!
//! `WEGWIJS_SEARCH_MIX=<passes>` skips criterion and runs the query mix that many times, with
//! the queries saved beside the corpus, so `valgrind --tool=callgrind` can count the
//! instructions of searching alone (the first run generates the corpus and saves the queries).

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group};
use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use wegwijs_core::bundled;
use wegwijs_core::content_store::{ContentStore, SearchOptions};
use wegwijs_core::lang::Lang;
use wegwijs_core::model::{Details, Item, ItemText, Scope, Topic, TranslationState};
use wegwijs_core::search_eval;
use wegwijs_core::source::{self, LoadReport};

const ITEMS: usize = 20_000;
const CORPUS_VERSION: &str = "generated-20000x13-v3";

/// A deterministic pseudo-random generator, so every run benchmarks the same corpus.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A vocabulary per language: 8,000 made-up words with the language's letters, Zipf-like use.
fn vocabulary(lang: Lang, rng: &mut Lcg) -> Vec<String> {
    let syllables: &[&str] = match lang {
        Lang::Pl => &["za", "si", "łek", "rod", "zin", "ny", "prze", "szcz", "ów", "ja", "ść", "ko"],
        Lang::Ro => &["în", "re", "gis", "tra", "re", "ță", "ști", "ma", "lo", "cu", "ră", "ne"],
        Lang::Bg => &["ре", "гис", "тра", "ци", "я", "за", "пла", "та", "ще", "ни", "ко", "ва"],
        Lang::Hu => &["egész", "ség", "biz", "to", "sí", "tás", "ő", "ű", "gyer", "mek", "pót", "lék"],
        Lang::Sr | Lang::Hr => &["do", "pla", "tak", "đe", "či", "ja", "ša", "ljub", "nje", "zdrav", "stve", "no"],
        Lang::Cs | Lang::Sk => &["pří", "dav", "ky", "dě", "ti", "zdra", "vot", "ní", "po", "jiš", "tě", "ní"],
        Lang::Lt | Lang::Lv => &["svei", "ka", "tos", "drau", "di", "mas", "ā", "ē", "ī", "ū", "šu", "ņa"],
        Lang::Es => &["pres", "ta", "ción", "fa", "mi", "liar", "se", "gu", "ro", "sa", "lud", "ño"],
        Lang::Nl | Lang::En => {
            &["kin", "der", "bij", "slag", "ver", "ze", "ke", "ring", "in", "schrij", "ving", "loon"]
        }
    };
    (0..8_000)
        .map(|n| {
            let mut word: String = (0..2 + rng.below(3)).map(|_| syllables[rng.below(syllables.len())]).collect();
            word.push_str(&format!("{}", n % 97));
            word
        })
        .collect()
}

fn sentence(words: &[String], rng: &mut Lcg, length: usize) -> String {
    (0..length)
        .map(|_| {
            // Squaring skews towards common words, roughly like real text.
            let r = rng.below(1000) as f64 / 1000.0;
            words[((r * r) * words.len() as f64) as usize].as_str()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn generated_corpus() -> (LoadReport, Vec<(Lang, String)>) {
    let mut rng = Lcg(42);
    let vocabularies: BTreeMap<Lang, Vec<String>> =
        Lang::ALL.iter().map(|lang| (*lang, vocabulary(*lang, &mut rng))).collect();
    let mut items = Vec::with_capacity(ITEMS);
    for n in 0..ITEMS {
        let mut texts = BTreeMap::new();
        for lang in Lang::ALL {
            let words = &vocabularies[&lang];
            texts.insert(
                lang,
                ItemText {
                    title: sentence(words, &mut rng, 5),
                    summary: sentence(words, &mut rng, 20),
                    state: if lang.is_reference() { TranslationState::Reference } else { TranslationState::Translated },
                    body_markdown: format!(
                        "## {}\n\n{}\n\n- {}\n- {}",
                        sentence(words, &mut rng, 4),
                        sentence(words, &mut rng, 80),
                        sentence(words, &mut rng, 8),
                        sentence(words, &mut rng, 8)
                    ),
                    keywords: (0..6).map(|_| sentence(words, &mut rng, 2)).collect(),
                },
            );
        }
        items.push(Item {
            id: format!("generated-{n}"),
            scope: "nl".into(),
            version: 1,
            topics: vec![Topic::Work],
            sources: vec!["https://www.government.nl/".into()],
            verified_on: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap_or_default(),
            valid_from: None,
            valid_until: None,
            related: vec![],
            sample: false,
            amounts: vec![],
            details: Details::Right,
            texts,
        });
    }
    // Queries people would type: one or two words, some cut short (as you type), some with a typo.
    let mut queries = Vec::new();
    for n in 0..1_000 {
        let lang = Lang::ALL[n % 13];
        let words = &vocabularies[&lang];
        let word = &words[rng.below(words.len() / 4)];
        let query = match n % 4 {
            0 => word.clone(),
            1 => format!("{word} {}", words[rng.below(words.len() / 4)]),
            2 => word.chars().take(word.chars().count().saturating_sub(2).max(3)).collect(),
            _ => {
                let mut chars: Vec<char> = word.chars().collect();
                let at = chars.len() / 2;
                chars.remove(at);
                chars.into_iter().collect()
            }
        };
        queries.push((lang, query));
    }
    let scopes = vec![Scope { code: "nl".into(), name: "Nederland".into(), sample: false }];
    (LoadReport { scopes, items, diagnostics: vec![] }, queries)
}

fn corpus_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-corpus/content.db")
}

fn queries_path() -> PathBuf {
    corpus_path().with_file_name("queries.tsv")
}

/// The generated corpus as content.db (built unless already there) and its query mix.
fn corpus() -> (LoadReport, Vec<(Lang, String)>) {
    let (report, queries) = generated_corpus();
    let path = corpus_path();
    let reuse = ContentStore::open(&path).ok().and_then(|s| s.meta("source_fingerprint").ok().flatten()).as_deref()
        == Some(CORPUS_VERSION);
    if !reuse {
        std::fs::create_dir_all(path.parent().unwrap_or(&path)).ok();
        let started = Instant::now();
        ContentStore::build(&path, &report, CORPUS_VERSION).expect("build generated corpus");
        println!("report: build generated corpus ({ITEMS} items x 13 languages): {:.1?}", started.elapsed());
    }
    let saved: String = queries.iter().map(|(lang, query)| format!("{}\t{query}\n", lang.code())).collect();
    std::fs::write(queries_path(), saved).expect("save queries");
    (report, queries)
}

/// Runs the query mix `passes` times over the saved corpus, and prints what it found so that
/// changes of behaviour show.
fn search_mix(passes: usize) {
    let saved = std::fs::read_to_string(queries_path()).ok().filter(|_| {
        ContentStore::open(&corpus_path()).ok().and_then(|s| s.meta("source_fingerprint").ok().flatten()).as_deref()
            == Some(CORPUS_VERSION)
    });
    let queries: Vec<(Lang, String)> = match saved {
        Some(text) => text
            .lines()
            .filter_map(|line| line.split_once('\t'))
            .map(|(lang, query)| (lang.parse().expect("language"), query.to_string()))
            .collect(),
        None => corpus().1,
    };
    let store = ContentStore::open(&corpus_path()).expect("open corpus");
    let started = Instant::now();
    let (mut hits, mut checksum) = (0usize, 0u64);
    let mut latencies: [Vec<Duration>; 4] = Default::default();
    let mut fastest = vec![Duration::MAX; queries.len()];
    for _ in 0..passes {
        for (n, (lang, query)) in queries.iter().enumerate() {
            let one = Instant::now();
            let found =
                store.search(query, &SearchOptions { lang: *lang, municipality: None, limit: 20 }).expect("search");
            latencies[n % 4].push(one.elapsed());
            fastest[n] = fastest[n].min(one.elapsed());
            hits += found.len();
            for hit in &found {
                for byte in hit.id.bytes().chain(hit.snippet.iter().flat_map(|p| p.text.bytes())) {
                    checksum = checksum.wrapping_mul(31).wrapping_add(u64::from(byte));
                }
            }
        }
    }
    println!(
        "report: search mix: {} queries x {passes}: {hits} hits, checksum {checksum:016x}, {:.2?}",
        queries.len(),
        started.elapsed()
    );
    // WEGWIJS_SEARCH_SLOWEST=<n> lists the n slowest queries (fastest of the passes).
    let mut slowest: Vec<usize> = (0..queries.len()).collect();
    slowest.sort_by_key(|n| std::cmp::Reverse(fastest[*n]));
    let show = std::env::var("WEGWIJS_SEARCH_SLOWEST").ok().and_then(|v| v.parse().ok()).unwrap_or(0);
    for n in slowest.into_iter().take(show) {
        println!("report: slow query {} {:?}: {:.2?}", queries[n].0, queries[n].1, fastest[n]);
    }
    for (name, latencies) in ["one-word", "two-words", "prefix", "typo"].iter().zip(&mut latencies) {
        latencies.sort();
        println!(
            "report: search mix {name}: p50 {:.2?}, p95 {:.2?}, max {:.2?}",
            percentile(latencies, 0.50),
            percentile(latencies, 0.95),
            latencies[latencies.len() - 1]
        );
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// Prints the search evaluation's top-1 and top-3 hit rates, overall and per language, and its
/// misses, over a content.db file built from the bundled content.
fn search_evaluation() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/search-eval.toml");
    let text = std::fs::read_to_string(path).expect("search evaluation set");
    let questions = search_eval::parse_questions(&text).expect("search evaluation set parses");
    let dir = tempfile::tempdir().expect("temp dir");
    let (store, _) =
        ContentStore::open_or_build(&dir.path().join("content.db"), &bundled::content_tree()).expect("bundled content");
    let evaluation = search_eval::evaluate(&store, &questions).expect("search evaluation");
    for line in evaluation.to_string().lines() {
        println!("report: {line}");
    }
}

fn benches(c: &mut Criterion) {
    search_evaluation();
    let (report, queries) = corpus();
    let path = corpus_path();
    println!(
        "report: generated content.db size: {:.1} MiB",
        std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as f64 / 1048576.0
    );
    drop(report);

    let store = ContentStore::open(&path).expect("open corpus");
    // Warm up, then time every query once to get the latency distribution.
    for (lang, query) in queries.iter().take(50) {
        black_box(store.search(query, &SearchOptions { lang: *lang, municipality: None, limit: 20 }).ok());
    }
    let mut latencies: Vec<Duration> = queries
        .iter()
        .map(|(lang, query)| {
            let started = Instant::now();
            black_box(store.search(query, &SearchOptions { lang: *lang, municipality: None, limit: 20 }).ok());
            started.elapsed()
        })
        .collect();
    latencies.sort();
    println!(
        "report: search latency over {} queries: p50 {:.2?}, p95 {:.2?}, p99 {:.2?}, max {:.2?}",
        latencies.len(),
        percentile(&latencies, 0.50),
        percentile(&latencies, 0.95),
        percentile(&latencies, 0.99),
        latencies[latencies.len() - 1]
    );

    let mut group = c.benchmark_group("search");
    for (name, index) in [("one-word", 0), ("two-words", 1), ("prefix", 2), ("typo", 3)] {
        let (lang, query) = &queries[index];
        group.bench_function(name, |b| {
            b.iter(|| store.search(black_box(query), &SearchOptions { lang: *lang, municipality: None, limit: 20 }))
        });
    }
    group.finish();
    drop(store);

    c.bench_function("open content.db cold (20000x13)", |b| {
        b.iter(|| {
            let store = ContentStore::open(&path).expect("open");
            black_box(store.content_date().ok())
        })
    });

    let tree = bundled::content_tree();
    let bundled_report = source::load(&tree);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut group = c.benchmark_group("rebuild");
    group.sample_size(10);
    group.bench_function("bundled content from sources", |b| {
        b.iter(|| {
            let report = source::load(&tree);
            ContentStore::build(&dir.path().join("content.db"), &report, "bench").expect("build")
        })
    });
    group.finish();
    println!("report: bundled content: {} items", bundled_report.items.len());
}

criterion_group!(store_benches, benches);

fn main() {
    if let Some(passes) = std::env::var("WEGWIJS_SEARCH_MIX").ok().and_then(|n| n.parse().ok()) {
        search_mix(passes);
        return;
    }
    store_benches();
    Criterion::default().configure_from_args().final_summary();
}
