//! Search folding: the one place that decides which spellings of a word are "the same".
//!
//! People type without diacritics ("zasilek" for "zasiłek"), in Cyrillic or Latin Serbian, and
//! on keyboards without their letters. Both the index and every query go through [`fold`], so
//! the rules only have to be right once. SQLite's `remove_diacritics 2` alone does not fold
//! letters that Unicode does not decompose (ł, đ, ß, ø), nor transliterate Cyrillic.

use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lowercases, transliterates Cyrillic to Latin, folds letters without a decomposition (ł→l,
/// đ→d, ß→ss …) and strips every combining mark. Separators are kept as they are.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(text, &mut folded);
    folded
}

/// Appends the folding of `text` to `folded`.
///
/// Folding goes character by character: lowercasing and transliterating do anyway, and the
/// canonical decomposition only reorders characters with a combining class, all of which are
/// combining marks and dropped. Characters below U+0800 (Latin, Greek, Cyrillic, the
/// combining marks) are folded once into a table.
pub fn fold_into(text: &str, folded: &mut String) {
    if text.is_ascii() {
        let start = folded.len();
        folded.push_str(text);
        folded[start..].make_ascii_lowercase();
        return;
    }
    let table = TABLE.get_or_init(|| {
        (0x80..TABLE_END)
            .map(|code| {
                let mut folded = String::new();
                if let Some(c) = char::from_u32(code) {
                    fold_char(c, &mut folded);
                }
                folded.into_boxed_str()
            })
            .collect()
    });
    for c in text.chars() {
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
        } else if let Some(replacement) = table.get(c as usize - 0x80) {
            folded.push_str(replacement);
        } else {
            fold_char(c, folded);
        }
    }
}

const TABLE_END: u32 = 0x800;
static TABLE: OnceLock<Vec<Box<str>>> = OnceLock::new();

fn fold_char(c: char, folded: &mut String) {
    let mut latin = String::new();
    for c in c.to_lowercase() {
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
    use unicode_normalization::char::canonical_combining_class;

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

    /// The rules applied to the whole text at once, as [`fold`] did before it went character
    /// by character.
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
    fn every_character_with_a_combining_class_is_a_combining_mark() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert!(canonical_combining_class(c) == 0 || is_combining_mark(c), "{c:?}");
        }
    }

    #[test]
    fn words_split_on_punctuation() {
        assert_eq!(folded_words("BRP-registratie, 5 dagen!"), ["brp", "registratie", "5", "dagen"]);
    }
}
