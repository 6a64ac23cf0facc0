//! Applying a signed update: a feed whose national scope holds 1,000 generated items in all 13
//! languages, synced with `sync::sync` from the feed folder onto a fresh copy of a phone's
//! content.db (the bundled content) in each iteration. The target is under 200 ms.
//!
//! Each iteration verifies the metadata, reads and verifies the full pack, decodes it, checks
//! the rules and replaces the national items in one transaction: everything a phone does once
//! it has the bytes. As the app does, the phone of a Polish reader renders and indexes Polish,
//! English and Dutch in that transaction and stores the other ten languages as sent; indexing
//! one of those later (a search in it, a language switch) is timed on its own, and so is the
//! apply that indexes all thirteen, as before. The apply ends with its commit, which leaves the
//! update in SQLite's WAL; the checkpoint that copies it into content.db runs afterwards on a
//! thread of its own in the app (`app::ApplyJob`), and is timed on its own too. A `report:`
//! line gives the peak memory of one apply: the high-water mark (VmHWM) of a process of its
//! own that opens the phone's content.db and applies the update, and nothing else (this
//! bench's own process holds the generated content, whose freed memory the apply would reuse
//! unseen).

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use criterion::{BatchSize, Criterion, SamplingMode, criterion_group, criterion_main};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;
use wegwijs_core::bundled;
use wegwijs_core::content_store::{ContentStore, SearchOptions};
use wegwijs_core::lang::Lang;
use wegwijs_core::model::{Details, Item, ItemText, Scope, Topic, TranslationState};
use wegwijs_core::source::LoadReport;
use wegwijs_core::sync::file::DirTransport;
use wegwijs_core::sync::{self, SyncOptions};
use wegwijs_publish::feed::{Feed, KeyRing};
use wegwijs_trust::client::Freshness;

const ITEMS: usize = 1_000;

fn published_at() -> DateTime<Utc> {
    "2026-11-02T09:00:00Z".parse().expect("a valid time")
}

/// A deterministic pseudo-random generator, so every run applies the same update.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// Text of `words` made-up words built from `syllables`, about as long as a real item's.
fn words(rng: &mut Lcg, syllables: &[&str], words: usize) -> String {
    (0..words)
        .map(|_| (0..1 + rng.below(3)).map(|_| syllables[rng.below(syllables.len())]).collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `ITEMS` national rights, each with a title, summary and a body of a few paragraphs in every
/// language.
fn generated_content() -> LoadReport {
    let mut rng = Lcg(7);
    let syllables: BTreeMap<Lang, Vec<&str>> = Lang::ALL
        .iter()
        .map(|lang| {
            let own: &[&str] = match lang {
                Lang::Pl => &["łek", "prze", "szcz", "ów", "ść"],
                Lang::Bg => &["ре", "гис", "тра", "ци", "я"],
                Lang::Ro => &["în", "ță", "ști", "ră"],
                Lang::Hu => &["egész", "ség", "ő", "ű"],
                _ => &["ver", "ze", "ke", "ring"],
            };
            (*lang, own.iter().chain(&["ka", "lo", "mi", "ne", "ta", "so", "ber", "wan"]).copied().collect())
        })
        .collect();
    let items = (0..ITEMS)
        .map(|n| {
            let texts = Lang::ALL
                .iter()
                .map(|lang| {
                    let s = &syllables[lang];
                    let text = ItemText {
                        title: words(&mut rng, s, 6),
                        summary: words(&mut rng, s, 25),
                        state: if lang.is_reference() {
                            TranslationState::Reference
                        } else {
                            TranslationState::Translated
                        },
                        body_markdown: format!(
                            "## {}\n\n{}\n\n- {}\n- {}\n\n{}",
                            words(&mut rng, s, 4),
                            words(&mut rng, s, 70),
                            words(&mut rng, s, 10),
                            words(&mut rng, s, 10),
                            words(&mut rng, s, 50)
                        ),
                        keywords: (0..6).map(|_| words(&mut rng, s, 2)).collect(),
                    };
                    (*lang, text)
                })
                .collect();
            Item {
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
            }
        })
        .collect();
    let scopes = vec![Scope { code: "nl".into(), name: "Nederland".into(), sample: false }];
    LoadReport { scopes, items, diagnostics: vec![] }
}

/// Fresh keys, a feed in `dir/feed` with the generated content published, and a phone's
/// content.db with the bundled content in `dir/phone`. Returns the pinned root.
fn prepare(dir: &Path) -> Vec<u8> {
    let keys = KeyRing::new(&dir.join("keys"));
    for name in ["root", "targets", "snapshot", "timestamp"] {
        keys.generate(name).expect("generate key");
    }
    let feed_dir = dir.join("feed");
    let mut feed = Feed::init(&feed_dir, &keys, 1, published_at()).expect("start the feed");
    let summary = feed.publish(&keys, &generated_content(), published_at()).expect("publish");
    for scope in &summary.scopes {
        println!(
            "report: sync bench feed: {} version {}, {} items x 13 languages, full pack {:.1} KiB",
            scope.scope,
            scope.version,
            scope.items,
            scope.full_bytes as f64 / 1024.0
        );
    }
    std::fs::create_dir_all(dir.join("phone")).expect("phone folder");
    ContentStore::open_or_build(&dir.join("phone/content.db"), &bundled::content_tree()).expect("phone content.db");
    std::fs::read(feed_dir.join("1.root.json")).expect("pinned root")
}

/// The person's language in the benchmark: Polish, so Polish, English and Dutch are indexed
/// when the update is applied.
const READER: Lang = Lang::Pl;

/// A field of /proc/self/status in KiB (`VmRSS`, `VmHWM`); `None` off Linux.
fn status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Set in the child process that applies the update once and reports its memory.
const APPLY_ONCE: &str = "WEGWIJS_SYNC_BENCH_APPLY_ONCE";

/// In the child: applies the update from the bench's folder to a copy of the phone's content.db
/// as a Polish reader's phone does, then prints the resident size before and the peak, in KiB.
fn apply_once(dir: &Path) {
    let pinned_root = std::fs::read(dir.join("feed/1.root.json")).expect("pinned root");
    let copy = dir.join("memory/content.db");
    std::fs::create_dir_all(dir.join("memory")).expect("memory folder");
    std::fs::copy(dir.join("phone/content.db"), &copy).expect("copy content.db");
    let mut store = ContentStore::open(&copy).expect("open the copy");
    store.set_languages_indexed_at_apply(&READER.fallback_chain());
    let options = SyncOptions {
        pinned_root: &pinned_root,
        municipality: None,
        now: published_at() + TimeDelta::days(1),
        freshness: Freshness::Online,
    };
    let before = status_kib("VmRSS:").expect("VmRSS");
    sync::sync(&mut store, &mut DirTransport::new(dir.join("feed")), &options).expect("apply the update");
    println!("apply-once-kib {before} {}", status_kib("VmHWM:").expect("VmHWM"));
}

/// Runs [`apply_once`] in a process of its own and reports what it found.
fn report_peak_memory(dir: &Path) {
    let child = std::env::current_exe()
        .and_then(|exe| std::process::Command::new(exe).arg("--bench").env(APPLY_ONCE, dir).output());
    let figures: Option<(f64, f64)> = child.ok().filter(|output| output.status.success()).and_then(|output| {
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        let line = text.lines().find_map(|line| line.strip_prefix("apply-once-kib "))?.to_string();
        let mut numbers = line.split_whitespace().map(|n| n.parse::<f64>().ok());
        Some((numbers.next()??, numbers.next()??))
    });
    match figures {
        Some((before, peak)) => println!(
            "report: sync apply peak memory: {:.1} MiB (VmHWM of a process that opens content.db and applies the \
             update; {:.1} MiB resident before the apply)",
            peak / 1024.0,
            before / 1024.0
        ),
        None => println!("report: sync apply peak memory: not measured (no /proc/self/status)"),
    }
}

fn benches(c: &mut Criterion) {
    if let Some(dir) = std::env::var_os(APPLY_ONCE) {
        apply_once(Path::new(&dir));
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let pinned_root = prepare(dir.path());
    report_peak_memory(dir.path());
    let feed_dir = dir.path().join("feed");
    let prepared = dir.path().join("phone/content.db");
    let copy = dir.path().join("copy/content.db");
    std::fs::create_dir_all(dir.path().join("copy")).expect("copy folder");
    let options = SyncOptions {
        pinned_root: &pinned_root,
        municipality: None,
        now: published_at() + TimeDelta::days(1),
        freshness: Freshness::Online,
    };
    let fresh_copy = |languages: &[Lang]| {
        std::fs::copy(&prepared, &copy).expect("copy content.db");
        let mut store = ContentStore::open(&copy).expect("open the copy");
        store.set_languages_indexed_at_apply(languages);
        store
    };
    let apply = |store: &mut ContentStore| {
        let outcome = sync::sync(store, &mut DirTransport::new(&feed_dir), &options).expect("apply the update");
        assert_eq!(outcome.applied, vec![("nl".to_string(), 1)]);
    };

    let mut store = fresh_copy(&READER.fallback_chain());
    apply(&mut store);
    let unindexed = store.unindexed_languages().expect("unindexed languages");
    assert_eq!(unindexed.len(), 10, "the reader's three languages are indexed, the other ten wait");
    drop(store);

    let mut group = c.benchmark_group("sync");
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    // Ten single iterations take seconds; a shorter target time only makes criterion warn.
    group.warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(20));
    group.bench_function("apply a 1,000-item update", |b| {
        b.iter_batched(
            || fresh_copy(&READER.fallback_chain()),
            |mut store| {
                apply(&mut store);
                store
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("index a language the update left for later", |b| {
        b.iter_batched(
            || {
                let mut store = fresh_copy(&READER.fallback_chain());
                apply(&mut store);
                // As the app does after an apply, on a thread of its own.
                store.checkpoint().expect("checkpoint");
                store
            },
            |store| {
                // A search in Romanian indexes Romanian first.
                let options = SearchOptions { lang: Lang::Ro, municipality: None, limit: 5 };
                store.search("ta", &options).expect("search");
                assert!(!store.unindexed_languages().expect("unindexed").contains(&Lang::Ro));
                store
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("checkpoint after the apply, on a thread of its own", |b| {
        b.iter_batched(
            || {
                let mut store = fresh_copy(&READER.fallback_chain());
                apply(&mut store);
                store
            },
            |store| {
                store.checkpoint().expect("checkpoint");
                store
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("apply a 1,000-item update, all 13 languages indexed", |b| {
        b.iter_batched(
            || fresh_copy(&Lang::ALL),
            |mut store| {
                apply(&mut store);
                store
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(sync_benches, benches);
criterion_main!(sync_benches);
