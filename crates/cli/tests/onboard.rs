//! `wegwijs onboard` end to end: the kit's files are read back the way a person would meet
//! them: the PDF's text (pdftotext), the page as an image (pdftoppm, kept under
//! artifacts/onboarding/ to be looked at) and the QR code decoded back to the link.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn wegwijs(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wegwijs")).args(args).current_dir(root()).output().expect("run wegwijs")
}

/// The text of a PDF, by poppler's pdftotext (installed by scripts/setup.sh).
fn pdf_text(pdf: &Path) -> String {
    let output = Command::new("pdftotext").arg(pdf).arg("-").output().expect("pdftotext (poppler-utils) is installed");
    assert!(output.status.success(), "pdftotext failed on {}", pdf.display());
    String::from_utf8(output.stdout).unwrap()
}

/// Renders the first page to PNG under artifacts/onboarding/ and returns its path.
fn render_page(pdf: &Path, name: &str) -> PathBuf {
    let dir = root().join("artifacts/onboarding");
    std::fs::create_dir_all(&dir).unwrap();
    let prefix = dir.join(name);
    let status = Command::new("pdftoppm")
        .args(["-png", "-r", "100", "-singlefile"])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .expect("pdftoppm (poppler-utils) is installed");
    assert!(status.success());
    prefix.with_extension("png")
}

/// Decodes every QR code in a greyscale or RGB PNG.
fn decode_qr(png_path: &Path) -> Vec<String> {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(png_path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).unwrap();
    let channels = info.color_type.samples();
    let (width, height) = (info.width as usize, info.height as usize);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        pixels[(y * width + x) * channels * (info.bit_depth as usize / 8)]
    });
    image.detect_grids().iter().filter_map(|grid| grid.decode().ok()).map(|(_, text)| text).collect()
}

#[test]
fn one_kit_reads_back_as_link_qr_and_polish_sheet() {
    let out = tempfile::tempdir().unwrap();
    let output = wegwijs(
        &[
            "onboard",
            "--employer",
            "Kwekerij De Groene Kas",
            "--contact",
            "HR-balie, gebouw 2",
            "--municipality",
            "GM1783",
            "--lang",
            "pl",
            "--arrived",
            "2026-12-03",
            "--start",
            "2026-12-07",
            "--today",
            "2026-11-28",
            "--json",
            "--out",
        ]
        .into_iter()
        .chain([out.path().to_str().unwrap()])
        .collect::<Vec<_>>(),
    );
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let kit: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let link = "wegwijs://onboard?v=1&lang=pl&gm=GM1783&arrived=2026-12-03&start=2026-12-07&employer=Kwekerij%20De%20Groene%20Kas&contact=HR-balie%2C%20gebouw%202";
    assert_eq!(kit["link"], link);

    assert_eq!(decode_qr(Path::new(kit["png"].as_str().unwrap())), [link], "the PNG code holds the link");
    let svg = std::fs::read_to_string(kit["svg"].as_str().unwrap()).unwrap();
    assert!(svg.starts_with("<?xml") && svg.contains("<svg"), "an SVG file");

    let pdf = Path::new(kit["pdf"].as_str().unwrap());
    let text = pdf_text(pdf);
    for expected in [
        "Twoje pierwsze tygodnie w Holandii",
        "Od: Kwekerij De Groene Kas",
        "Kontakt: HR-balie, gebouw 2",
        "Zeskanuj ten kod aparatem telefonu.",
        "08-12-2026",
        "Zamelduj się w gminie (BRP)",
        "Utworzono 28-11-2026.",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from the sheet:\n{text}");
    }
    let page = render_page(pdf, "sheet-pl-GM1783");
    assert_eq!(decode_qr(&page), [link], "the printed code scans");
}

#[test]
fn a_municipality_sheet_has_no_employer_lines() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().to_str().unwrap();
    let output = wegwijs(&[
        "onboard",
        "--municipality",
        "GM0794",
        "--lang",
        "bg",
        "--today",
        "2026-11-28",
        "--json",
        "--out",
        dir,
    ]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let kit: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(kit["link"], "wegwijs://onboard?v=1&lang=bg&gm=GM0794");
    let pdf = Path::new(kit["pdf"].as_str().unwrap());
    let text = pdf_text(pdf);
    assert!(text.contains("Първите ви седмици в Нидерландия"), "{text}");
    assert!(!text.contains("От:"), "no employer line: {text}");
    assert!(text.contains("Въведете датите си в приложението"), "no dates, so the sheet says where to enter them");
    render_page(pdf, "sheet-bg-GM0794-municipality");
}

#[test]
fn fifty_workers_from_a_csv_with_bad_rows_named_by_line() {
    let out = tempfile::tempdir().unwrap();
    let langs = ["pl", "ro", "bg", "hu", "lt", "lv", "cs", "sk", "hr", "sr", "es", "en", "nl"];
    let mut csv = String::from("worker,lang,start,arrived,municipality\n");
    for n in 0..50 {
        csv.push_str(&format!("Worker {n},{},2026-12-{:02},,\n", langs[n % langs.len()], 1 + n % 28));
    }
    // Lines 52-55: a bad date, an unknown language, an unknown municipality, a quoted comma.
    csv.push_str("Bad date,pl,2026-02-30,,\nBad lang,xx,2026-12-01,,\nBad place,ro,2026-12-01,,GM9999\n\"Kowalski, Jan\",pl,2026-12-01,,\n");
    let csv_path = out.path().join("workers.csv");
    std::fs::write(&csv_path, csv).unwrap();
    let sheets = out.path().join("sheets");
    let output = wegwijs(&[
        "onboard",
        "--employer",
        "Uitzendbureau Voorbeeld",
        "--municipality",
        "GM0867",
        "--today",
        "2026-11-28",
        "--csv",
        csv_path.to_str().unwrap(),
        "--out",
        sheets.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "bad rows make the exit code 1: {stderr}");
    for line in ["line 52", "line 53", "line 54"] {
        assert!(stderr.contains(line), "{line} named in: {stderr}");
    }
    assert!(stderr.contains("51 sheets written"), "{stderr}");
    let pdfs = std::fs::read_dir(&sheets)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "pdf"))
        .count();
    assert_eq!(pdfs, 51);
    assert!(sheets.join("055-kowalski-jan.pdf").exists());
    assert!(pdf_text(&sheets.join("002-worker-0.pdf")).contains("Uitzendbureau Voorbeeld"));
}

/// Writes `csv` and runs `wegwijs onboard --csv` on it with the GM0867 defaults.
fn onboard_csv(dir: &Path, csv: &str) -> (Output, PathBuf) {
    let csv_path = dir.join("export.csv");
    std::fs::write(&csv_path, csv).unwrap();
    let sheets = dir.join("sheets");
    let output = wegwijs(&[
        "onboard",
        "--municipality",
        "GM0867",
        "--today",
        "2026-11-28",
        "--csv",
        csv_path.to_str().unwrap(),
        "--out",
        sheets.to_str().unwrap(),
    ]);
    (output, sheets)
}

fn pdfs_in(dir: &Path) -> Vec<PathBuf> {
    let mut pdfs: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "pdf")).collect()
        })
        .unwrap_or_default();
    pdfs.sort();
    pdfs
}

/// Regression: an HR export's header (`name,language,municipality,start_date`) made every row
/// fail with "the worker's language is missing", because unknown columns were ignored.
#[test]
fn hr_exports_with_dutch_or_english_headers_are_read() {
    for csv in [
        "name,language,municipality,start_date\nJan Kowalski,pl,GM0867,2026-12-07\nAna Popescu,ro,,2026-12-14\n",
        "Employee, Language ,Start Date,Arrival Date,Employer,Contact\nJan Kowalski,pl,2026-12-07,2026-12-03,Kwekerij,HR\nAna Popescu,ro,2026-12-14,,Kwekerij,HR\n",
        // A Dutch spreadsheet: semicolons and a byte order mark.
        "\u{feff}Naam;Taal;Gemeente;Startdatum;Aankomstdatum;Werkgever\nJan Kowalski;pl;GM0867;2026-12-07;2026-12-03;Kwekerij\nAna Popescu;ro;;2026-12-14;;Kwekerij\n",
        "NAAM,taal,start,aankomst,gemeente,werkgever,contactpersoon\nJan Kowalski,pl,2026-12-07,,GM0867,Kwekerij,Piet\nAna Popescu,ro,2026-12-14,,,,\n",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (output, sheets) = onboard_csv(dir.path(), csv);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{csv}\n{stderr}");
        assert!(stderr.contains("2 sheets written"), "{stderr}");
        let pdfs = pdfs_in(&sheets);
        assert_eq!(pdfs.len(), 2, "{csv}");
        assert!(pdfs[0].ends_with("002-jan-kowalski.pdf"), "{pdfs:?}");
        assert!(pdf_text(&pdfs[0]).contains("Twoje pierwsze tygodnie"), "the sheet is in Polish");
    }
}

/// Columns the CLI does not know are named, and nothing is written.
#[test]
fn unknown_csv_columns_are_named_before_any_sheet_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (output, sheets) = onboard_csv(
        dir.path(),
        "name,language,Geboortedatum,start_date,BSN\nJan Kowalski,pl,1990-01-01,2026-12-07,1\n",
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("unknown columns \"Geboortedatum\", \"BSN\""), "{stderr}");
    assert!(stderr.contains("line 1"), "{stderr}");
    assert!(pdfs_in(&sheets).is_empty(), "no sheet written");

    // Two columns for the same thing are refused too.
    let (output, _) = onboard_csv(dir.path(), "naam,name,taal\nJan,Jan,pl\n");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("\"naam\" and \"name\""), "{stderr}");
}

/// Regression: without an arrival date the sheet listed only advice tasks. The legal first
/// steps come first, each with its rule in place of a date.
#[test]
fn a_sheet_without_arrival_date_lists_the_legal_first_steps_with_their_rule() {
    let out = tempfile::tempdir().unwrap();
    let output = wegwijs(&[
        "onboard",
        "--municipality",
        "GM0794",
        "--lang",
        "en",
        "--start",
        "2026-12-07",
        "--today",
        "2026-11-28",
        "--json",
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let kit: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let pdf = Path::new(kit["pdf"].as_str().unwrap());
    let text = pdf_text(pdf).split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "From the day you arrive · Carry your passport or ID card",
        "Within 5 days of arriving · Register at your municipality (BRP)",
        "Within 4 months of arriving · Take out Dutch health insurance",
        "The law sets this deadline.",
        // Dated steps from the first working day follow: the main terms in writing by the 7th
        // day counting the first working day (7 December).
        "13-12-2026 · Check the written information about your job",
        "Enter your dates in the app to see your deadlines.",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from the sheet:\n{text}");
    }
    let carry_id = text.find("Carry your passport").unwrap();
    assert!(carry_id < text.find("13-12-2026").unwrap(), "legal steps first: {text}");
    render_page(pdf, "sheet-en-GM0794-no-arrival");

    // In Polish, with the plural the rule needs.
    let output = wegwijs(&[
        "onboard",
        "--municipality",
        "GM0794",
        "--lang",
        "pl",
        "--today",
        "2026-11-28",
        "--json",
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let kit: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let text = pdf_text(Path::new(kit["pdf"].as_str().unwrap())).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("W ciągu 5 dni od przyjazdu · Zamelduj się w gminie (BRP)"), "{text}");
    assert!(text.contains("W ciągu 4 miesięcy od przyjazdu"), "{text}");
}
