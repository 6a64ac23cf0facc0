use super::*;
use expect_test::expect;
use proptest::prelude::*;

fn sample() -> OnboardingLink {
    OnboardingLink {
        lang: Some(Lang::Pl),
        municipality: Some("GM0794".into()),
        arrival: Some(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()),
        work_start: Some(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()),
        employer: Some("Kwekerij De Groene Kas & Zn.".into()),
        contact: Some("HR-balie, vraag naar Anna".into()),
    }
}

#[test]
fn link_is_written_in_a_fixed_form() {
    expect![[r#"wegwijs://onboard?v=1&lang=pl&gm=GM0794&arrived=2026-11-20&start=2026-11-23&employer=Kwekerij%20De%20Groene%20Kas%20%26%20Zn.&contact=HR-balie%2C%20vraag%20naar%20Anna"#]]
        .assert_eq(&sample().to_url());
}

#[test]
fn links_read_back_to_the_same_settings() {
    let cases = [
        sample(),
        OnboardingLink::default(),
        OnboardingLink { lang: Some(Lang::Sr), municipality: Some("GM1894".into()), ..Default::default() },
        OnboardingLink { employer: Some("Łódź Żółć Ђурђевић 😀".into()), ..Default::default() },
    ];
    for link in cases {
        assert_eq!(OnboardingLink::parse(&link.to_url()), Ok(link.clone()), "{}", link.to_url());
    }
}

#[test]
fn lenient_only_where_links_are_written_by_hand() {
    let accepted = [
        "WEGWIJS://ONBOARD?v=1&lang=ro",
        "wegwijs://onboard/?v=1&gm=GM1783",
        "  wegwijs://onboard?v=1&employer=De+Kas  ",
    ];
    for link in accepted {
        assert!(OnboardingLink::parse(link).is_ok(), "{link}");
    }
}

/// Each malformed link and the field the refusal names.
const REFUSED: &[(&str, &str)] = &[
    ("https://example.com/onboard?v=1", "link"),
    ("wegwijs://settings?v=1", "link"),
    ("wegwijs://onboard", "link"),
    ("wegwijs://onboardx?v=1", "link"),
    ("wegwijs://onboard?lang=pl", "v"),
    ("wegwijs://onboard?v=2&lang=pl", "v"),
    ("wegwijs://onboard?v=1&lang=xx", "lang"),
    ("wegwijs://onboard?v=1&lang=pl&lang=ro", "lang"),
    ("wegwijs://onboard?v=1&gm=0794", "gm"),
    ("wegwijs://onboard?v=1&gm=GM07940", "gm"),
    ("wegwijs://onboard?v=1&arrived=2026-02-30", "arrived"),
    ("wegwijs://onboard?v=1&arrived=20-11-2026", "arrived"),
    ("wegwijs://onboard?v=1&start=9999-01-01", "start"),
    ("wegwijs://onboard?v=1&employer=", "employer"),
    ("wegwijs://onboard?v=1&employer=a%0Ab", "employer"),
    ("wegwijs://onboard?v=1&employer=%ZZ", "employer"),
    ("wegwijs://onboard?v=1&employer=%+1", "employer"),
    ("wegwijs://onboard?v=1&employer=%FF", "employer"),
    ("wegwijs://onboard?v=1&contact=javascript:alert(1)&script=1", "script"),
    ("wegwijs://onboard?v=1&url=https://evil.example", "url"),
    ("wegwijs://onboard?v=1&lang", "lang"),
    ("wegwijs://onboard?v=1&&lang=pl", ""),
    ("wegwijs://onboard?v=1&lang=pl#frag", "link"),
];

#[test]
fn malformed_links_are_refused_naming_the_field() {
    for (link, field) in REFUSED {
        let error = OnboardingLink::parse(link).expect_err(link);
        assert_eq!(error.field, *field, "{link}: {error}");
    }
    let long = format!("wegwijs://onboard?v=1&employer={}", "a".repeat(2000));
    assert_eq!(OnboardingLink::parse(&long).unwrap_err().reason, "too long");
    let too_long_name = format!("wegwijs://onboard?v=1&employer={}", "a".repeat(81));
    assert_eq!(OnboardingLink::parse(&too_long_name).unwrap_err().field, "employer");
}

/// Bidi controls, zero-width characters and line separators could hide or reorder what the
/// person confirms: they are left out of the employer's name and contact.
#[test]
fn invisible_and_reordering_characters_are_left_out_of_employer_text() {
    let cases = [
        ("%E2%80%AEevil", "evil"),
        ("De%E2%80%8B%20Kas", "De Kas"),
        ("%E2%81%A6Kas%E2%81%A9%20BV", "Kas BV"),
        ("Kas%E2%80%A8BV%E2%80%A9", "KasBV"),
        ("%EF%BB%BFKas%C2%AD", "Kas"),
        ("%D8%9CKas%E2%80%8D", "Kas"),
        ("%F3%A0%80%81Kas%F3%A0%81%BF", "Kas"),
    ];
    for (encoded, shown) in cases {
        let link = format!("wegwijs://onboard?v=1&employer={encoded}&contact={encoded}");
        let parsed = OnboardingLink::parse(&link).unwrap_or_else(|e| panic!("{link}: {e}"));
        assert_eq!(parsed.employer.as_deref(), Some(shown), "{link}");
        assert_eq!(parsed.contact.as_deref(), Some(shown), "{link}");
    }
    let only_invisible = "wegwijs://onboard?v=1&employer=%E2%80%8B%E2%80%AE";
    assert_eq!(OnboardingLink::parse(only_invisible).unwrap_err().field, "employer");
    let hidden = OnboardingLink { employer: Some("De\u{200B}Kas".into()), ..Default::default() };
    assert_eq!(hidden.validate().unwrap_err().field, "employer", "a publisher learns before printing");
}

/// 1,000 malformed links: a valid link with one corruption spliced in at a varying place.
#[test]
fn a_thousand_malformed_links_are_refused() {
    let valid = sample().to_url();
    let corruptions = [
        "&x=1",
        "&lang=pl",
        "&v=1",
        "&gm=GM12",
        "&arrived=2026-13-01",
        "&employer=%",
        "&start=",
        "&=",
        "&employer=%C3",
        "&contact=%E2%81%A6",
    ];
    let mut refused = 0;
    for n in 0..1000 {
        let corruption = corruptions[n % corruptions.len()];
        // Splice at a field boundary chosen by n, so every position in the query is tried.
        let boundaries: Vec<usize> = valid.match_indices('&').map(|(i, _)| i).chain([valid.len()]).collect();
        let at = boundaries[(n / corruptions.len()) % boundaries.len()];
        let link = format!("{}{}{}", &valid[..at], corruption, &valid[at..]);
        assert!(OnboardingLink::parse(&link).is_err(), "accepted {link}");
        refused += 1;
    }
    assert_eq!(refused, 1000);
}

proptest! {
    #[test]
    fn any_text_after_the_prefix_is_parsed_or_refused_without_panic(query in ".{0,300}") {
        let _ = OnboardingLink::parse(&format!("{LINK_PREFIX}?{query}"));
    }

    #[test]
    fn any_employer_name_that_validates_round_trips(name in "[^\\p{Cc}]{1,80}") {
        let link = OnboardingLink { employer: Some(name), ..Default::default() };
        if link.validate().is_ok() {
            let parsed = OnboardingLink::parse(&link.to_url()).unwrap();
            prop_assert_eq!(parsed.employer.as_deref(), link.employer.as_deref().map(str::trim));
        }
    }
}
