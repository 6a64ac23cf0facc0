//! The printed pages: what is drawn is what a phone scans.

#[path = "support/pdf_qr.rs"]
mod pdf_qr;

use wegwijs_publish::print::{Poster, poster_pdf};

#[test]
fn the_poster_is_one_a4_page_whose_qr_code_scans_as_its_link() {
    for link in ["wegwijs://onboard?v=1&gm=GM0794", "wegwijs://onboard?v=1&lang=pl&gm=GM1783"] {
        let poster = Poster {
            title: "Wegwijs: Twój przewodnik – Helmond".into(),
            lead: "Twoje pierwsze kroki, Twoje prawa i pomoc na miejscu, w Twoim języku.".into(),
            link: link.into(),
            scan_hint: "Zeskanuj ten kod aparatem telefonu.".into(),
            steps: vec!["Zainstaluj aplikację Wegwijs ze sklepu z aplikacjami.".into()],
            footer: "Пътеводител".into(),
        };
        let pdf = poster_pdf(&poster).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&pdf);
        assert_eq!(text.matches("/Type /Page\n").count() + text.matches("/Type /Page ").count(), 1);
        assert!(text.contains("/MediaBox [0 0 595 842]"), "A4");
        assert_eq!(pdf_qr::decode_qr(&pdf), [link]);
    }
}
