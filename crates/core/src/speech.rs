//! Read aloud: what the voice says, sentence by sentence, and which voice says it.
//!
//! The item page hands over its text as blocks (title, summary, each paragraph or list item of
//! the body) and gets back sentences with their place in the block, so the page can highlight
//! the one being read. Each sentence carries the text the voice reads: phone numbers digit by
//! digit in groups ("0800 51 51" as "0 8 0 0, 5 1, 5 1", not eight hundred thousand...) and
//! numeric dates as the language writes them in words ("2025-01-01" as "1 stycznia 2025").
//! The platform's text-to-speech (src-tauri) only speaks these strings.

use crate::Lang;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// One sentence of a text to read aloud.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Sentence {
    /// The block it belongs to (index into the blocks given to [`script`]).
    pub block: u32,
    /// Where it starts and ends in its block, in UTF-16 code units (as the webview counts).
    pub start: u32,
    pub end: u32,
    /// What the voice reads.
    pub spoken: String,
}

/// A voice the platform offers: its id and its BCP 47 language tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct VoiceInfo {
    pub id: String,
    pub language: String,
}

/// What the platform's text to speech can do for a page in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SpeechSupport {
    /// The voice chosen for the language; `None` when no voice reads it, or when the platform
    /// does not list its voices (Android): then `system_voice` is true and the system's own
    /// text-to-speech language reads.
    pub voice: Option<String>,
    pub system_voice: bool,
    /// Without a voice: the reference language whose version can be read instead.
    pub instead: Option<Lang>,
}

/// Read-aloud support for `lang` given the platform's voices, `None` when it cannot list them.
pub fn support(voices: Option<&[VoiceInfo]>, lang: Lang) -> SpeechSupport {
    match voices {
        None => SpeechSupport { voice: None, system_voice: true, instead: None },
        Some(voices) => SpeechSupport {
            voice: choose_voice(voices, lang).map(|voice| voice.id.clone()),
            system_voice: false,
            instead: readable_instead(voices, lang),
        },
    }
}

/// The voice to read `lang` with: `Ok(None)` for the system's own (a platform that does not
/// list its voices), an error when no voice reads the language.
pub fn voice_to_use(voices: Option<&[VoiceInfo]>, lang: Lang) -> crate::Result<Option<String>> {
    let support = support(voices, lang);
    match support.voice {
        Some(voice) => Ok(Some(voice)),
        None if support.system_voice => Ok(None),
        None => Err(crate::Error::Speech(format!("no voice reads {}", lang.code()))),
    }
}

/// Splits `blocks` into sentences and writes out what the voice reads for each. Empty blocks
/// and sentences with nothing to read are left out.
pub fn script(lang: Lang, blocks: &[String]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        for (start, end) in split_sentences(lang, block) {
            let shown = &block[start..end];
            let spoken = spoken(lang, shown);
            if spoken.chars().any(char::is_alphanumeric) {
                sentences.push(Sentence {
                    block: u32::try_from(index).unwrap_or(u32::MAX),
                    start: utf16_len(&block[..start]),
                    end: utf16_len(&block[..end]),
                    spoken,
                });
            }
        }
    }
    sentences
}

fn utf16_len(text: &str) -> u32 {
    u32::try_from(text.encode_utf16().count()).unwrap_or(u32::MAX)
}

/// The voice to read `lang` with: a voice whose tag is the language itself, then one of the
/// language's own country (nl-NL before nl-BE, pl-PL), then any voice of the language.
pub fn choose_voice(voices: &[VoiceInfo], lang: Lang) -> Option<&VoiceInfo> {
    let code = lang.code();
    let home = home_region(lang);
    voices
        .iter()
        .filter_map(|voice| {
            let tag = voice.language.replace('_', "-").to_ascii_lowercase();
            let mut parts = tag.split('-');
            if parts.next() != Some(code) {
                return None;
            }
            let rank = match parts.find(|part| part.len() == 2) {
                None => 0,
                Some(region) if region == home => 1,
                Some(_) => 2,
            };
            Some((rank, &voice.id, voice))
        })
        .min_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)))
        .map(|(_, _, voice)| voice)
}

/// The country whose variety of the language is read by preference.
fn home_region(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "gb",
        Lang::Cs => "cz",
        Lang::Sr => "rs",
        other => other.code(),
    }
}

/// When no voice reads `lang`: the reference language whose version can be read instead
/// (English first, then Dutch), if a voice reads it.
pub fn readable_instead(voices: &[VoiceInfo], lang: Lang) -> Option<Lang> {
    if choose_voice(voices, lang).is_some() {
        return None;
    }
    [Lang::En, Lang::Nl].into_iter().find(|&other| other != lang && choose_voice(voices, other).is_some())
}

/// Byte ranges of the sentences of `text`, trimmed. A sentence ends at `.`, `!`, `?` or `…`
/// (with closing quotes or brackets) before white space and a capital letter, unless the word
/// before the stop is one of the language's abbreviations or a single letter (an initial).
fn split_sentences(lang: Lang, text: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c == '\n' {
            push_trimmed(text, start, at, &mut ranges);
            start = at + 1;
        } else if matches!(c, '.' | '!' | '?' | '…') {
            let mut end = i + 1;
            while end < chars.len() && matches!(chars[end].1, '.' | '!' | '?' | '"' | '\'' | '”' | '’' | '»' | ')')
            {
                end += 1;
            }
            let mut next = end;
            while next < chars.len() && chars[next].1.is_whitespace() && chars[next].1 != '\n' {
                next += 1;
            }
            let spaced = next > end;
            let capital = chars
                .get(next)
                .is_some_and(|&(_, n)| n.is_uppercase() || matches!(n, '"' | '„' | '“' | '«' | '(' | '¿' | '¡'));
            if spaced && capital && !(c == '.' && ends_with_abbreviation(lang, &text[start..at])) {
                let stop = chars.get(end).map_or(text.len(), |&(byte, _)| byte);
                push_trimmed(text, start, stop, &mut ranges);
                start = chars[next].0;
                i = next;
                continue;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut ranges);
    ranges
}

fn push_trimmed(text: &str, start: usize, end: usize, ranges: &mut Vec<(usize, usize)>) {
    let part = &text[start..end];
    let lead = part.len() - part.trim_start().len();
    let trimmed = part.trim();
    if !trimmed.is_empty() {
        ranges.push((start + lead, start + lead + trimmed.len()));
    }
}

/// Whether `before` (the text up to a full stop) ends with an abbreviation or an initial.
fn ends_with_abbreviation(lang: Lang, before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let word = word.to_lowercase();
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return true;
    }
    abbreviations(lang).contains(&word.as_str())
}

/// Abbreviations written with a full stop (without it), lower case.
fn abbreviations(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Nl => &[
            "bijv", "bv", "o.a", "d.w.z", "m.b.t", "i.p.v", "z.s.m", "nr", "tel", "ca", "dhr", "mevr", "art", "incl",
            "excl", "vs",
        ],
        Lang::En => {
            &["e.g", "i.e", "no", "nr", "tel", "mr", "mrs", "ms", "dr", "art", "approx", "incl", "excl", "vs", "etc"]
        }
        Lang::Pl => {
            &["np", "ul", "tel", "nr", "m.in", "tzw", "tj", "ok", "art", "godz", "ust", "pkt", "zł", "itd", "itp", "r"]
        }
        Lang::Ro => &["ex", "nr", "tel", "art", "str", "etc", "dl", "dna"],
        Lang::Bg => &["напр", "тел", "чл", "ал", "ул", "т.е", "др", "г", "лв"],
        Lang::Hu => &["pl", "tel", "sz", "stb", "kb", "ill", "ún"],
        Lang::Lt => &["pvz", "tel", "nr", "str", "g", "m", "d", "t.y", "kt"],
        Lang::Lv => &["piem", "tel", "nr", "u.c", "t.i", "g", "utt"],
        Lang::Cs => &["např", "tel", "č", "odst", "tzv", "tj", "atd", "ul", "apod"],
        Lang::Sk => &["napr", "tel", "č", "ods", "tzv", "tj", "atď", "ul", "pod"],
        Lang::Hr => &["npr", "tel", "br", "čl", "st", "tj", "itd", "ul"],
        Lang::Sr => &["npr", "tel", "br", "čl", "st", "tj", "itd", "ul"],
        Lang::Es => &["ej", "tel", "núm", "art", "etc", "sr", "sra", "dña", "c"],
    }
}

/// What the voice reads for one sentence: numeric dates as words, phone numbers digit by digit.
fn spoken(lang: Lang, text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(at) = rest.find(|c: char| c.is_ascii_digit() || c == '+') {
        let boundary = rest[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let tail = &rest[at..];
        let replaced = if boundary {
            date_at(tail).map(|(len, date)| (len, date_words(lang, date))).or_else(|| {
                phone_at(tail).map(|(len, groups)| (len, phone_words(lang, tail.starts_with('+'), &groups)))
            })
        } else {
            None
        };
        out.push_str(&rest[..at]);
        match replaced {
            Some((len, words)) => {
                rest = &tail[len..];
                // "1 d." before a sentence's full stop: one stop is read, not two.
                let words =
                    if words.ends_with('.') && rest.starts_with('.') { &words[..words.len() - 1] } else { &words };
                out.push_str(words);
            }
            None => {
                // Copies the whole run of digits, so no match starts inside a number.
                let run =
                    tail.char_indices().skip(1).find(|&(_, c)| !c.is_ascii_digit()).map_or(tail.len(), |(i, _)| i);
                out.push_str(&tail[..run]);
                rest = &tail[run..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A numeric date at the start of `text`: `2025-01-31` or day first `31-01-2025`, `31.1.2025`,
/// `31/01/2025`; its length in bytes. Not a date when a digit or letter follows.
fn date_at(text: &str) -> Option<(usize, NaiveDate)> {
    let (first, a) = digits(text)?;
    let sep = text[a..].chars().next().filter(|c| matches!(c, '-' | '.' | '/'))?;
    let (second, b) = digits(&text[a + 1..])?;
    if !text[a + 1 + b..].starts_with(sep) {
        return None;
    }
    let (third, c) = digits(&text[a + 2 + b..])?;
    let len = a + 2 + b + c;
    if text[len..].chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let date = match (a, b, c) {
        (4, 2, 2) if sep == '-' => NaiveDate::from_ymd_opt(first as i32, second, third),
        (1 | 2, 1 | 2, 4) => NaiveDate::from_ymd_opt(third as i32, second, first),
        _ => None,
    }?;
    Some((len, date))
}

/// The run of ASCII digits at the start of `text` (at most four) and its length.
fn digits(text: &str) -> Option<(u32, usize)> {
    let len = text.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > 4 {
        return None;
    }
    text[..len].parse().ok().map(|value| (value, len))
}

/// A phone number at the start of `text`: `+` or `0` then digits in groups separated by one
/// space, a hyphen or " - ", at least seven digits in all; or the emergency number 112. Returns
/// its length in bytes and its groups of digits.
fn phone_at(text: &str) -> Option<(usize, Vec<&str>)> {
    let bytes = text.as_bytes();
    let mut i = usize::from(bytes.first() == Some(&b'+'));
    if !bytes.get(i).is_some_and(u8::is_ascii_digit) || (i == 0 && bytes[0] != b'0' && !text.starts_with("112")) {
        return None;
    }
    let mut groups = Vec::new();
    let mut end;
    loop {
        let start = i;
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        groups.push(&text[start..i]);
        end = i;
        let separator = [" - ", "-", " "].into_iter().find(|sep| text[i..].starts_with(sep));
        match separator {
            Some(sep) if bytes.get(i + sep.len()).is_some_and(u8::is_ascii_digit) => i += sep.len(),
            _ => break,
        }
    }
    if text[end..].chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let count: usize = groups.iter().map(|g| g.len()).sum();
    let emergency = groups == ["112"] && !text.starts_with('+');
    (count >= 7 || emergency).then_some((end, groups))
}

fn phone_words(lang: Lang, plus: bool, groups: &[&str]) -> String {
    let spelled: Vec<String> =
        groups.iter().map(|group| group.chars().map(String::from).collect::<Vec<_>>().join(" ")).collect();
    let number = spelled.join(", ");
    if plus { format!("{} {number}", plus_word(lang)) } else { number }
}

fn plus_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Bg => "плюс",
        Lang::Hu => "plusz",
        Lang::Lt => "plius",
        Lang::Es => "más",
        _ => "plus",
    }
}

/// A date as the language writes it in words (the long date of its CLDR locale).
fn date_words(lang: Lang, date: NaiveDate) -> String {
    let (day, year) = (date.day(), date.year());
    let month = month_name(lang, date.month0() as usize);
    match lang {
        Lang::Hu => format!("{year}. {month} {day}."),
        Lang::Lt => format!("{year} m. {month} {day} d."),
        Lang::Lv => format!("{year}. gada {day}. {month}"),
        Lang::Cs | Lang::Sk => format!("{day}. {month} {year}"),
        Lang::Hr | Lang::Sr => format!("{day}. {month} {year}."),
        Lang::Es => format!("{day} de {month} de {year}"),
        Lang::Bg => format!("{day} {month} {year} г."),
        Lang::Nl | Lang::En | Lang::Pl | Lang::Ro => format!("{day} {month} {year}"),
    }
}

/// Month names in the form a date takes (genitive where the language declines them).
fn month_name(lang: Lang, month0: usize) -> &'static str {
    let names: [&str; 12] = match lang {
        Lang::Nl => [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ],
        Lang::En => [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        Lang::Pl => [
            "stycznia",
            "lutego",
            "marca",
            "kwietnia",
            "maja",
            "czerwca",
            "lipca",
            "sierpnia",
            "września",
            "października",
            "listopada",
            "grudnia",
        ],
        Lang::Ro => [
            "ianuarie",
            "februarie",
            "martie",
            "aprilie",
            "mai",
            "iunie",
            "iulie",
            "august",
            "septembrie",
            "octombrie",
            "noiembrie",
            "decembrie",
        ],
        Lang::Bg => [
            "януари",
            "февруари",
            "март",
            "април",
            "май",
            "юни",
            "юли",
            "август",
            "септември",
            "октомври",
            "ноември",
            "декември",
        ],
        Lang::Hu => [
            "január",
            "február",
            "március",
            "április",
            "május",
            "június",
            "július",
            "augusztus",
            "szeptember",
            "október",
            "november",
            "december",
        ],
        Lang::Lt => [
            "sausio",
            "vasario",
            "kovo",
            "balandžio",
            "gegužės",
            "birželio",
            "liepos",
            "rugpjūčio",
            "rugsėjo",
            "spalio",
            "lapkričio",
            "gruodžio",
        ],
        Lang::Lv => [
            "janvāris",
            "februāris",
            "marts",
            "aprīlis",
            "maijs",
            "jūnijs",
            "jūlijs",
            "augusts",
            "septembris",
            "oktobris",
            "novembris",
            "decembris",
        ],
        Lang::Cs => [
            "ledna",
            "února",
            "března",
            "dubna",
            "května",
            "června",
            "července",
            "srpna",
            "září",
            "října",
            "listopadu",
            "prosince",
        ],
        Lang::Sk => [
            "januára",
            "februára",
            "marca",
            "apríla",
            "mája",
            "júna",
            "júla",
            "augusta",
            "septembra",
            "októbra",
            "novembra",
            "decembra",
        ],
        Lang::Hr => [
            "siječnja",
            "veljače",
            "ožujka",
            "travnja",
            "svibnja",
            "lipnja",
            "srpnja",
            "kolovoza",
            "rujna",
            "listopada",
            "studenoga",
            "prosinca",
        ],
        Lang::Sr => [
            "januar",
            "februar",
            "mart",
            "april",
            "maj",
            "jun",
            "jul",
            "avgust",
            "septembar",
            "oktobar",
            "novembar",
            "decembar",
        ],
        Lang::Es => [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
    };
    names[month0]
}

#[cfg(test)]
mod tests;
