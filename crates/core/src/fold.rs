//! Search folding: the one place that decides which spellings of a word are "the same".
//!
//! People type without diacritics ("zasilek" for "zasiłek"), in Cyrillic or Latin Serbian, and
//! on keyboards without their letters. Both the index and every query go through [`fold`], so
//! the rules only have to be right once. SQLite's `remove_diacritics 2` alone does not fold
//! letters that Unicode does not decompose (ł, đ, ß, ø), nor transliterate Cyrillic.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lowercases, transliterates Cyrillic to Latin, folds letters without a decomposition (ł→l,
/// đ→d, ß→ss …) and strips every combining mark. Separators are kept as they are.
pub fn fold(text: &str) -> String {
    // Most words and many whole texts are ASCII, where folding is lowercasing.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    // Elsewhere, only the runs of other characters need the full rules. Splitting there changes
    // nothing: an ASCII letter has no decomposition and no combining class, so the canonical
    // decomposition never moves a mark across it.
    let mut folded = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        folded.extend(rest[..ascii].bytes().map(|b| char::from(b.to_ascii_lowercase())));
        rest = &rest[ascii..];
        let other = rest.bytes().position(|b| b.is_ascii()).unwrap_or(rest.len());
        fold_other(&rest[..other], &mut folded);
        rest = &rest[other..];
    }
    folded
}

fn fold_other(text: &str, folded: &mut String) {
    let mut latin = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match transliterate(c) {
            Some(replacement) => latin.push_str(replacement),
            None => latin.push(c),
        }
    }
    folded.extend(latin.nfd().filter(|c| !is_combining_mark(*c)));
}

/// The words of `text` after folding, in order. A word is a run of letters and digits.
pub fn folded_words(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).map(str::to_string).collect()
}

/// Letters that need more than stripping a mark. Serbian Cyrillic follows the official
/// Serbian Latin alphabet (ђ→đ→d, џ→dž→dz); Bulgarian letters follow its Streamlined System.
fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'ł' => "l",
        'đ' => "d",
        'ß' => "ss",
        'æ' => "ae",
        'ø' => "o",
        'œ' => "oe",
        'ı' => "i",
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'ђ' => "d",
        'е' | 'ё' | 'э' | 'є' => "e",
        'ж' => "z",
        'з' => "z",
        'и' | 'і' | 'ї' => "i",
        'ј' => "j",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'њ' => "nj",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ћ' => "c",
        'у' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "c",
        'ч' => "c",
        'џ' => "dz",
        'ш' => "s",
        'щ' => "sht",
        'ъ' => "a",
        'ы' => "y",
        'ь' => "y",
        'ю' => "yu",
        'я' => "ya",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(fold(input), expected, "fold({input:?})");
    }

    #[test]
    fn folds_the_letters_people_leave_out() {
        for (input, expected) in [
            ("Zasiłek rodzinny", "zasilek rodzinny"),
            ("Înregistrare", "inregistrare"),
            ("înregistrarea în BRP", "inregistrarea in brp"),
            ("Đorđe", "dorde"),
            ("Straße", "strasse"),
            ("Egészségbiztosítás", "egeszsegbiztositas"),
            ("Sveikatos draudimas", "sveikatos draudimas"),
            ("Veselības apdrošināšana", "veselibas apdrosinasana"),
            ("Přídavky na děti", "pridavky na deti"),
            ("Prídavok na dieťa", "pridavok na dieta"),
            ("Dječji doplatak", "djecji doplatak"),
            ("Niño", "nino"),
        ] {
            check(input, expected);
        }
    }

    #[test]
    fn serbian_cyrillic_and_latin_fold_alike() {
        for (cyrillic, latin) in [
            ("Дечији додатак", "Dečiji dodatak"),
            ("Ђорђе Џаја", "Đorđe Džaja"),
            ("Љубљана Његош", "Ljubljana Njegoš"),
            ("Ћуприја", "Ćuprija"),
        ] {
            assert_eq!(fold(cyrillic), fold(latin), "{cyrillic} vs {latin}");
        }
    }

    /// The rules applied to the whole text at once, as [`fold`] did before it skipped ASCII.
    fn fold_whole(text: &str) -> String {
        let mut latin = String::new();
        for c in text.chars().flat_map(char::to_lowercase) {
            latin.push_str(transliterate(c).unwrap_or(c.encode_utf8(&mut [0; 4])));
        }
        latin.nfd().filter(|c| !is_combining_mark(*c)).collect()
    }

    #[test]
    fn skipping_ascii_runs_folds_like_the_whole_text() {
        for text in [
            "Zasiłek rodzinny, na dzieci!",
            "A\u{301}B e\u{301}\u{327}x Ĳ İstanbul ΣΑΣ Дечији Ǆ ǅ ﬁ",
            "Straße Æble Øre Œuvre",
            "\u{301}leading mark and trailing\u{301}",
            "",
        ] {
            assert_eq!(fold(text), fold_whole(text), "{text:?}");
        }
    }

    #[test]
    fn words_split_on_punctuation() {
        assert_eq!(folded_words("BRP-registratie, 5 dagen!"), ["brp", "registratie", "5", "dagen"]);
    }
}
