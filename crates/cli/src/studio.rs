//! `wegwijs studio`: the editors' local web app (wegwijs_publish::studio), opened in the
//! person's browser.

use anyhow::Result;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use wegwijs_publish::studio::{StudioOptions, serve};

#[derive(Args)]
pub(crate) struct StudioArgs {
    /// The content folder: a municipality's (named after its CBS code, e.g. GM0794; an empty
    /// one starts a new municipality) or the whole content tree.
    #[arg(default_value = "assets/content")]
    folder: PathBuf,
    /// The feed folder a publish writes.
    #[arg(long, default_value = "feed")]
    feed: PathBuf,
    /// Folder of the key files a publish signs with; repeat for several (a key the studio makes
    /// goes into the first). Encrypted keys are read with the passphrase in
    /// WEGWIJS_KEY_PASSPHRASE, or else the one typed on the publish screen.
    #[arg(long, default_value = "keys")]
    keys: Vec<PathBuf>,
    /// Port on 127.0.0.1 (0: any free port).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Print the address instead of opening the browser.
    #[arg(long)]
    no_open: bool,
}

pub(crate) fn studio(args: StudioArgs) -> Result<()> {
    let passphrase = std::env::var(crate::feed::PASSPHRASE_VARIABLE).ok().filter(|p| !p.is_empty());
    let options = StudioOptions { folder: args.folder, feed: args.feed, keys: args.keys, passphrase, port: args.port };
    let no_open = args.no_open;
    serve(options, |started| {
        let url = started.url();
        println!("Wegwijs Studio: {url}");
        let _ = std::io::stdout().flush();
        if !no_open && let Err(error) = open::that_detached(&url) {
            eprintln!("wegwijs: could not open the browser ({error}); open the address above");
        }
    })?;
    Ok(())
}
