use super::*;

/// The sentences of one block as shown (cut out of the block by their UTF-16 offsets).
fn shown_sentences(lang: Lang, block: &str) -> Vec<String> {
    let units: Vec<u16> = block.encode_utf16().collect();
    script(lang, &[block.to_string()])
        .iter()
        .map(|s| String::from_utf16(&units[s.start as usize..s.end as usize]).expect("offsets on character boundaries"))
        .collect()
}

fn spoken_sentences(lang: Lang, block: &str) -> Vec<String> {
    script(lang, &[block.to_string()]).into_iter().map(|s| s.spoken).collect()
}

#[test]
fn sentences_split_at_stops_before_a_capital_but_not_after_abbreviations_or_inside_dates() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::Nl,
            "Bel de gemeente. Dat is gratis! Heb je vragen?",
            &["Bel de gemeente.", "Dat is gratis!", "Heb je vragen?"],
        ),
        (
            Lang::Nl,
            "Neem bijv. je paspoort mee. Ook o.a. je BSN.",
            &["Neem bijv. je paspoort mee.", "Ook o.a. je BSN."],
        ),
        (Lang::En, "Ask Mr. Jansen. He helps e.g. with forms.", &["Ask Mr. Jansen.", "He helps e.g. with forms."]),
        (Lang::Pl, "Zabierz np. paszport. Zadzwoń do urzędu.", &["Zabierz np. paszport.", "Zadzwoń do urzędu."]),
        (
            Lang::Bg,
            "Обадете се напр. на общината. Това е безплатно.",
            &["Обадете се напр. на общината.", "Това е безплатно."],
        ),
        // Hungarian ordinals and dates end in a full stop followed by a lower-case word.
        (
            Lang::Hu,
            "A határidő 2025. január 1. Hívja az önkormányzatot.",
            &["A határidő 2025. január 1.", "Hívja az önkormányzatot."],
        ),
        (Lang::Es, "¿Tienes preguntas? Llama al ayuntamiento.", &["¿Tienes preguntas?", "Llama al ayuntamiento."]),
        (Lang::Nl, "Zij zei: \"Kom morgen.\" Daarna ging ze.", &["Zij zei: \"Kom morgen.\"", "Daarna ging ze."]),
        (Lang::Nl, "Eerste regel\nTweede regel", &["Eerste regel", "Tweede regel"]),
        (Lang::En, "   ", &[]),
        (Lang::Nl, "Het kost € 1.500 per jaar. Het is 3.5 uur.", &["Het kost € 1.500 per jaar.", "Het is 3.5 uur."]),
    ];
    for (lang, text, expected) in cases {
        assert_eq!(shown_sentences(*lang, text), *expected, "{lang:?}: {text}");
    }
}

#[test]
fn phone_numbers_are_read_digit_by_digit_in_their_groups() {
    let cases: &[(Lang, &str, &str)] = &[
        (Lang::Nl, "Bel 0800 51 51.", "Bel 0 8 0 0, 5 1, 5 1."),
        (Lang::Pl, "Zadzwoń pod numer 0900-8844.", "Zadzwoń pod numer 0 9 0 0, 8 8 4 4."),
        (Lang::En, "Call +31 70 333 56 78 from abroad.", "Call plus 3 1, 7 0, 3 3 3, 5 6, 7 8 from abroad."),
        (Lang::Bg, "Обадете се на +31 70 333 56 78.", "Обадете се на плюс 3 1, 7 0, 3 3 3, 5 6, 7 8."),
        (Lang::Hu, "Hívja: +31 70 333 56 78.", "Hívja: plusz 3 1, 7 0, 3 3 3, 5 6, 7 8."),
        (Lang::Es, "Llama al +31 70 333 56 78.", "Llama al más 3 1, 7 0, 3 3 3, 5 6, 7 8."),
        (Lang::Nl, "Bel 0900 - 8844 of 06-12345678.", "Bel 0 9 0 0, 8 8 4 4 of 0 6, 1 2 3 4 5 6 7 8."),
        (Lang::Ro, "În caz de urgență sunați la 112.", "În caz de urgență sunați la 1 1 2."),
        // Not phone numbers: amounts, years, short numbers, numbers inside words or codes.
        (Lang::Nl, "Je krijgt 8% over 1500 euro in 2025.", "Je krijgt 8% over 1500 euro in 2025."),
        (Lang::Nl, "Kinderen van 0 - 5 jaar.", "Kinderen van 0 - 5 jaar."),
        (Lang::Nl, "Formulier A0800123 invullen.", "Formulier A0800123 invullen."),
        (Lang::Nl, "Het is 0,5 uur.", "Het is 0,5 uur."),
        (Lang::En, "Room 1123 and code 01234.", "Room 1123 and code 01234."),
    ];
    for (lang, text, expected) in cases {
        assert_eq!(spoken_sentences(*lang, text), [expected.to_string()], "{lang:?}: {text}");
    }
}

#[test]
fn numeric_dates_are_read_as_the_language_writes_dates() {
    let cases: &[(Lang, &str, &str)] = &[
        (Lang::Nl, "Vanaf 01-07-2025 geldt dit.", "Vanaf 1 juli 2025 geldt dit."),
        (Lang::En, "From 2025-07-01 this applies.", "From 1 July 2025 this applies."),
        (Lang::Pl, "Od 1.7.2025 obowiązuje.", "Od 1 lipca 2025 obowiązuje."),
        (Lang::Bg, "От 01/07/2025 важи.", "От 1 юли 2025 г. важи."),
        (Lang::Hu, "Érvényes: 2025-07-01", "Érvényes: 2025. július 1."),
        (Lang::Lt, "Nuo 2025-07-01.", "Nuo 2025 m. liepos 1 d."),
        (Lang::Lv, "No 2025-07-01", "No 2025. gada 1. jūlijs"),
        (Lang::Cs, "Od 1.7.2025 platí.", "Od 1. července 2025 platí."),
        (Lang::Sk, "Od 01.07.2025 platí.", "Od 1. júla 2025 platí."),
        (Lang::Hr, "Od 1.7.2025 vrijedi.", "Od 1. srpnja 2025. vrijedi."),
        (Lang::Sr, "Od 1.7.2025 važi.", "Od 1. jul 2025. važi."),
        (Lang::Ro, "De la 01.07.2025 se aplică.", "De la 1 iulie 2025 se aplică."),
        (Lang::Es, "Desde el 01/07/2025 se aplica.", "Desde el 1 de julio de 2025 se aplica."),
        // Not dates: impossible days, month-first order beyond 12, versions and times.
        (Lang::Nl, "Op 31-02-2025 niet.", "Op 31-02-2025 niet."),
        (Lang::En, "Version 1.2.3 at 09:00.", "Version 1.2.3 at 09:00."),
        (Lang::En, "Form 12-31-2025 is US.", "Form 12-31-2025 is US."),
    ];
    for (lang, text, expected) in cases {
        assert_eq!(spoken_sentences(*lang, text), [expected.to_string()], "{lang:?}: {text}");
    }
}

#[test]
fn offsets_count_utf16_units_per_block_so_the_page_can_highlight() {
    // "𝄞" takes two UTF-16 units, "ł" and "ä" one each, though more than one byte in UTF-8.
    let blocks = ["Tytuł 𝄞.".to_string(), String::new(), "Zadzwoń teraz. Dzięki.".to_string()];
    let sentences = script(Lang::Pl, &blocks);
    let places: Vec<(u32, u32, u32)> = sentences.iter().map(|s| (s.block, s.start, s.end)).collect();
    assert_eq!(places, [(0, 0, 9), (2, 0, 14), (2, 15, 22)]);
}

/// Voices as (id, language tag).
type Offered<'a> = &'a [(&'a str, &'a str)];

fn voices(tags: Offered) -> Vec<VoiceInfo> {
    tags.iter().map(|(id, language)| VoiceInfo { id: id.to_string(), language: language.to_string() }).collect()
}

#[test]
fn a_voice_of_the_language_is_chosen_own_country_first() {
    let offered = voices(&[
        ("english-us", "en-US"),
        ("english-gb", "en-GB"),
        ("flemish", "nl-BE"),
        ("dutch", "nl_NL"),
        ("polish", "pl"),
        ("bulgarian", "bg"),
        ("serbian", "sr-RS"),
        ("spanish-mx", "es-MX"),
    ]);
    let cases: &[(Lang, Option<&str>)] = &[
        (Lang::En, Some("english-gb")),
        (Lang::Nl, Some("dutch")),
        (Lang::Pl, Some("polish")),
        (Lang::Bg, Some("bulgarian")),
        (Lang::Sr, Some("serbian")),
        (Lang::Es, Some("spanish-mx")),
        (Lang::Hu, None),
        (Lang::Lv, None),
    ];
    for (lang, expected) in cases {
        assert_eq!(choose_voice(&offered, *lang).map(|v| v.id.as_str()), *expected, "{lang:?}");
    }
}

#[test]
fn without_a_voice_the_english_or_dutch_version_is_offered_instead() {
    let cases: &[(Offered, Lang, Option<Lang>)] = &[
        (&[("en", "en-GB"), ("nl", "nl")], Lang::Lv, Some(Lang::En)),
        (&[("nl", "nl")], Lang::Lv, Some(Lang::Nl)),
        (&[("lv", "lv"), ("en", "en")], Lang::Lv, None),
        (&[], Lang::Lv, None),
        (&[("nl", "nl")], Lang::En, Some(Lang::Nl)),
        (&[("en", "en")], Lang::Nl, Some(Lang::En)),
    ];
    for (offered, lang, expected) in cases {
        assert_eq!(readable_instead(&voices(offered), *lang), *expected, "{lang:?} with {offered:?}");
    }
}

#[test]
fn support_names_the_voice_or_the_version_to_read_instead() {
    let offered = voices(&[("Polish", "pl"), ("English (Great Britain)", "en-GB")]);
    let polish = support(Some(&offered), Lang::Pl);
    assert_eq!(polish, SpeechSupport { voice: Some("Polish".into()), system_voice: false, instead: None });
    let latvian = support(Some(&offered), Lang::Lv);
    assert_eq!(latvian, SpeechSupport { voice: None, system_voice: false, instead: Some(Lang::En) });
    // A platform that cannot list its voices reads with the system's own language.
    assert_eq!(support(None, Lang::Lv), SpeechSupport { voice: None, system_voice: true, instead: None });
}

#[test]
fn reading_a_language_without_a_voice_is_refused_with_the_speech_message() {
    let offered = voices(&[("Polish", "pl")]);
    assert_eq!(voice_to_use(Some(&offered), Lang::Pl).expect("a Polish voice"), Some("Polish".to_string()));
    assert_eq!(voice_to_use(None, Lang::Pl).expect("the system's voice"), None);
    let refused = voice_to_use(Some(&offered), Lang::Bg).expect_err("no Bulgarian voice");
    assert_eq!(refused.code(), "error-speech");
}
