//! `wegwijs keys`, `wegwijs feed` and `wegwijs sync`: the editors' side of signed updates and
//! a phone's side from the command line. Each command is a few lines into `wegwijs_publish::feed`
//! and `wegwijs_core::sync`.

use anyhow::{Context, Result, bail};
use chrono::{DateTime, Utc};
use clap::{Args, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use wegwijs_core::content_store::ContentStore;
use wegwijs_core::source;
use wegwijs_core::sync::file::{DirTransport, FileTransport, UpdateFile};
use wegwijs_core::sync::http::HttpTransport;
use wegwijs_core::sync::{self, SyncOptions};
use wegwijs_publish::feed::{Feed, KeyRing, PruneReport, PublishSummary};
use wegwijs_trust::SigningKey;
use wegwijs_trust::client::Freshness;
use wegwijs_trust::transport::Transport;

#[derive(Subcommand)]
pub(crate) enum KeysCommand {
    /// Make a key pair: NAME.key (private: keep it secret) and NAME.pub.
    Generate {
        /// Role or municipality the key is for: root, targets, snapshot, timestamp, GM0794.
        name: String,
        /// Folder of the key files.
        #[arg(long, default_value = "keys")]
        keys: PathBuf,
        /// Key type: ecdsa-p256 is what hardware tokens, HSMs and cloud key services offer
        /// (NAME.key is then PKCS#8 PEM).
        #[arg(long, value_enum, default_value_t = KeyType::Ed25519)]
        r#type: KeyType,
        /// Encrypt NAME.key with the passphrase in WEGWIJS_KEY_PASSPHRASE (age with scrypt);
        /// every command that signs then needs the same variable.
        #[arg(long)]
        encrypt: bool,
    },
}

/// The variable that holds the passphrase of encrypted key files.
pub(crate) const PASSPHRASE_VARIABLE: &str = "WEGWIJS_KEY_PASSPHRASE";

/// The key folders, with the passphrase of encrypted keys when the environment gives one.
pub(crate) fn key_ring(dirs: &[PathBuf]) -> KeyRing {
    match std::env::var(PASSPHRASE_VARIABLE) {
        Ok(passphrase) if !passphrase.is_empty() => KeyRing::folders(dirs).with_passphrase(&passphrase),
        _ => KeyRing::folders(dirs),
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum KeyType {
    Ed25519,
    EcdsaP256,
}

#[derive(Args)]
pub(crate) struct FeedLocation {
    /// The feed's static folder, as it goes onto the web host.
    #[arg(long, default_value = "feed")]
    feed: PathBuf,
    /// Folder of the key files (NAME.key, NAME.pub); repeat to sign with the keys of several
    /// folders (a municipality's own key and the host's snapshot and timestamp keys).
    #[arg(long, default_value = "keys")]
    keys: Vec<PathBuf>,
    /// Sign as of this time (RFC 3339) instead of now.
    #[arg(long)]
    now: Option<String>,
}

#[derive(Subcommand)]
pub(crate) enum FeedCommand {
    /// Start a feed: root (with every root*.key in the key folder), targets, snapshot, timestamp.
    Init {
        #[command(flatten)]
        at: FeedLocation,
        /// How many root keys must sign a new root.
        #[arg(long, default_value_t = 1)]
        root_threshold: u32,
    },
    /// Let a municipality publish its own items (paths gmxxxx/*) with its key.
    Delegate {
        /// CBS code, e.g. GM0794.
        municipality: String,
        /// The municipality's public key file (made with `wegwijs keys generate`).
        #[arg(long)]
        key: PathBuf,
        #[command(flatten)]
        at: FeedLocation,
    },
    /// Withdraw a municipality's delegation: phones stop taking its packs.
    Revoke {
        municipality: String,
        #[command(flatten)]
        at: FeedLocation,
    },
    /// Build packs from content sources, with changes from recent versions, sign and write them;
    /// then remove what phones no longer need, as `feed prune` does.
    Publish {
        /// Content sources: assets/content, or one municipality's folder.
        #[arg(long, default_value = "assets/content")]
        content: PathBuf,
        #[command(flatten)]
        at: FeedLocation,
        /// Keep what was superseded less than this many days ago.
        #[arg(long, default_value_t = wegwijs_publish::feed::prune_grace().num_days())]
        keep_days: i64,
        /// Leave superseded metadata and packs in place (`feed prune --dry-run` lists them).
        #[arg(long)]
        no_prune: bool,
        #[arg(long)]
        json: bool,
    },
    /// Remove superseded metadata and packs no longer listed; keeps every root and what the
    /// snapshots of the last days name, so phones in the middle of an update still find it.
    Prune {
        #[arg(long, default_value = "feed")]
        feed: PathBuf,
        /// Keep what was superseded less than this many days ago.
        #[arg(long, default_value_t = wegwijs_publish::feed::prune_grace().num_days())]
        keep_days: i64,
        /// Only list what would be removed.
        #[arg(long)]
        dry_run: bool,
        /// Judge as of this time (RFC 3339) instead of now.
        #[arg(long)]
        now: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Write the feed's current metadata and full packs as one `.wegwijs` update file.
    Bundle {
        #[arg(long, default_value = "feed")]
        feed: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Verify a feed folder or update file as a phone would, from the app's pinned root.
    Verify {
        /// A feed folder or a `.wegwijs` file.
        source: PathBuf,
        #[command(flatten)]
        trust: TrustArgs,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
pub(crate) struct TrustArgs {
    /// Trust this root metadata instead of the one built into the app.
    #[arg(long)]
    root: Option<PathBuf>,
    /// Check expiry as of this time (RFC 3339) instead of now.
    #[arg(long)]
    now: Option<String>,
}

#[derive(Args)]
pub(crate) struct SyncArgs {
    /// A feed URL (https://, or http:// on loopback) or a `.wegwijs` update file.
    #[arg(long)]
    from: String,
    /// The phone's data folder (content.db is made from the built-in content when missing).
    #[arg(long)]
    data: PathBuf,
    /// Also fetch this municipality's packs (CBS code, e.g. GM0794).
    #[arg(long)]
    municipality: Option<String>,
    /// Only say what an update would download.
    #[arg(long)]
    check: bool,
    #[command(flatten)]
    trust: TrustArgs,
    #[arg(long)]
    json: bool,
}

pub(crate) fn keys(command: KeysCommand) -> Result<()> {
    match command {
        KeysCommand::Generate { name, keys, r#type, encrypt } => {
            let key = match r#type {
                KeyType::Ed25519 => SigningKey::generate(),
                KeyType::EcdsaP256 => SigningKey::generate_ecdsa_p256(),
            };
            let ring = if encrypt {
                let passphrase = std::env::var(PASSPHRASE_VARIABLE).unwrap_or_default();
                if !wegwijs_publish::feed::passphrase_long_enough(&passphrase) {
                    let least = wegwijs_publish::feed::MIN_PASSPHRASE_CHARS;
                    bail!("--encrypt takes the passphrase from {PASSPHRASE_VARIABLE}: at least {least} characters");
                }
                KeyRing::new(&keys).with_passphrase(&passphrase)
            } else {
                KeyRing::new(&keys)
            };
            let key_id = ring.add_new(&name, key)?;
            println!("{}: key id {key_id}", keys.join(format!("{name}.key")).display());
        }
    }
    Ok(())
}

pub(crate) fn feed(command: FeedCommand) -> Result<()> {
    match command {
        FeedCommand::Init { at, root_threshold } => {
            Feed::init(&at.feed, &key_ring(&at.keys), root_threshold, parse_now(at.now.as_deref())?)?;
            println!("started a feed in {}", at.feed.display());
        }
        FeedCommand::Delegate { municipality, key, at } => {
            let public = std::fs::read_to_string(&key).with_context(|| format!("reading {}", key.display()))?;
            Feed::open(&at.feed)?.delegate(
                &key_ring(&at.keys),
                &municipality,
                &public,
                parse_now(at.now.as_deref())?,
            )?;
            println!(
                "{municipality} may now publish gm{}/*; its role is signed when it first publishes with its own key",
                &municipality.to_ascii_lowercase()[2..]
            );
        }
        FeedCommand::Revoke { municipality, at } => {
            Feed::open(&at.feed)?.revoke(&key_ring(&at.keys), &municipality, parse_now(at.now.as_deref())?)?;
            println!("{municipality} can no longer publish");
        }
        FeedCommand::Publish { content, at, keep_days, no_prune, json } => {
            let report = load_sources(&content)?;
            let now = parse_now(at.now.as_deref())?;
            let mut feed = Feed::open(&at.feed)?;
            let summary = feed.publish(&key_ring(&at.keys), &report, now)?;
            let pruned = if no_prune {
                None
            } else {
                let grace = chrono::TimeDelta::try_days(keep_days).context("--keep-days is out of range")?;
                Some(feed.prune(now, grace, false)?)
            };
            print_publish(&summary, pruned.as_ref(), json)?;
        }
        FeedCommand::Prune { feed, keep_days, dry_run, now, json } => {
            let grace = chrono::TimeDelta::try_days(keep_days).context("--keep-days is out of range")?;
            let report = Feed::open(&feed)?.prune(parse_now(now.as_deref())?, grace, dry_run)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                for path in &report.removed {
                    println!("{} {path}", if dry_run { "would remove" } else { "removed" });
                }
                println!("{} files, {} bytes; {} files kept", report.removed.len(), report.removed_bytes, report.kept);
            }
        }
        FeedCommand::Bundle { feed, out } => {
            let file = Feed::open(&feed)?.bundle()?;
            std::fs::write(&out, file.to_bytes()).with_context(|| format!("writing {}", out.display()))?;
            println!("{}: {} files", out.display(), file.entries.len());
        }
        FeedCommand::Verify { source, trust, json } => {
            let pinned = pinned_root(&trust)?;
            let now = parse_now(trust.now.as_deref())?;
            let (mut transport, freshness) = local_transport(&source)?;
            let verified = wegwijs_publish::feed::verify(transport.as_mut(), &pinned, now, freshness)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&verified)?);
            } else {
                for pack in &verified.packs {
                    println!("ok  {} ({} bytes, {} items)", pack.path, pack.bytes, pack.items);
                }
                println!("verified {} packs", verified.packs.len());
            }
        }
    }
    Ok(())
}

pub(crate) fn sync_command(args: SyncArgs) -> Result<()> {
    let pinned = pinned_root(&args.trust)?;
    let now = parse_now(args.trust.now.as_deref())?;
    std::fs::create_dir_all(&args.data)?;
    let (mut store, _) =
        ContentStore::open_or_build(&args.data.join("content.db"), &wegwijs_core::bundled::content_tree())?;
    let (mut transport, freshness): (Box<dyn Transport>, Freshness) =
        if args.from.starts_with("https://") || args.from.starts_with("http://") {
            (Box::new(HttpTransport::new(&args.from, &args.data.join("partial"))?), Freshness::Online)
        } else {
            local_transport(Path::new(&args.from))?
        };
    let options = SyncOptions { pinned_root: &pinned, municipality: args.municipality.as_deref(), now, freshness };
    if args.check {
        let checked = sync::check(&sync::PhoneState::of(&store)?, transport.as_mut(), &options)?;
        let bytes = checked.plan.download_bytes();
        if args.json {
            let packs: Vec<&str> = checked.plan.packs().map(|p| p.path.as_str()).collect();
            println!(
                "{}",
                serde_json::json!({ "download_bytes": bytes, "packs": packs, "unchanged": checked.unchanged })
            );
        } else if checked.plan.is_empty() {
            println!("up to date");
        } else {
            println!("{} packs, {bytes} bytes to download", checked.plan.packs().count());
        }
        return Ok(());
    }
    let outcome = sync::sync(&mut store, transport.as_mut(), &options)?;
    if args.json {
        let skipped: Vec<_> = outcome
            .skipped
            .iter()
            .map(|skipped| serde_json::json!({ "scope": skipped.scope, "reason": skipped.reason(), "detail": skipped.detail }))
            .collect();
        println!(
            "{}",
            serde_json::json!({ "applied": outcome.applied, "pack_bytes": outcome.pack_bytes, "skipped": skipped })
        );
        return Ok(());
    }
    for skipped in &outcome.skipped {
        // The detail may quote what the feed sent: shown escaped.
        println!("{}: left out ({})", skipped.scope, skipped.detail.escape_debug());
    }
    if outcome.applied.is_empty() {
        println!("up to date");
    } else {
        for (scope, version) in &outcome.applied {
            println!("{scope}: now version {version}");
        }
    }
    Ok(())
}

fn local_transport(path: &Path) -> Result<(Box<dyn Transport>, Freshness)> {
    if path.is_dir() {
        return Ok((Box::new(DirTransport::new(path)), Freshness::Online));
    }
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    Ok((Box::new(FileTransport::new(UpdateFile::from_bytes(&bytes)?)), Freshness::OfflineFile))
}

fn pinned_root(trust: &TrustArgs) -> Result<Vec<u8>> {
    match &trust.root {
        Some(path) => std::fs::read(path).with_context(|| format!("reading {}", path.display())),
        None => Ok(wegwijs_core::bundled::PINNED_ROOT.to_vec()),
    }
}

fn parse_now(text: Option<&str>) -> Result<DateTime<Utc>> {
    match text {
        None => Ok(Utc::now()),
        Some(text) => Ok(DateTime::parse_from_rfc3339(text)
            .with_context(|| format!("{text:?} is not an RFC 3339 time"))?
            .to_utc()),
    }
}

/// Content sources to publish: a whole content folder (every scope in it), or one
/// municipality's folder (`assets/content/GM0794`), checked with the built-in national content
/// its items link to and published alone; read as the studio reads them.
fn load_sources(dir: &Path) -> Result<source::LoadReport> {
    wegwijs_publish::sources::load_for_publish(dir).with_context(|| format!("reading {}", dir.display()))
}

fn print_publish(summary: &PublishSummary, pruned: Option<&PruneReport>, json: bool) -> Result<()> {
    if json {
        let mut value = serde_json::to_value(summary)?;
        value["pruned"] = serde_json::to_value(pruned)?;
        println!("{}", serde_json::to_string_pretty(&value)?);
        return Ok(());
    }
    for skipped in &summary.skipped {
        println!("{skipped}");
    }
    if summary.scopes.is_empty() {
        println!("nothing changed");
    } else {
        for scope in &summary.scopes {
            println!(
                "{}: version {} ({} items, full pack {} bytes, {} changes from earlier versions)",
                scope.scope, scope.version, scope.items, scope.full_bytes, scope.deltas
            );
        }
    }
    if let Some(pruned) = pruned {
        println!("pruned {} superseded files ({} bytes)", pruned.removed.len(), pruned.removed_bytes);
    }
    Ok(())
}
