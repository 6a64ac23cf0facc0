//! Onboarding links: `wegwijs://onboard?v=1&lang=pl&gm=GM0794&arrived=2026-11-20&start=...`.
//!
//! A link only carries settings for the first-run screen. Parsing is strict: one known version,
//! known fields once each, values checked one by one; anything else refuses the whole link, so
//! a damaged or hostile QR code never half-applies. Free text (the employer's name and contact
//! desk) is only ever shown as plain text.

use crate::lang::Lang;
use crate::user_store::parse_date;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The start of every onboarding link.
pub const LINK_PREFIX: &str = "wegwijs://onboard";
/// The link format this build writes and reads.
const LINK_VERSION: &str = "1";
/// Longer links are refused before any parsing (a QR code holds far less anyway).
const MAX_LINK_BYTES: usize = 1024;
const MAX_EMPLOYER_CHARS: usize = 80;
const MAX_CONTACT_CHARS: usize = 160;

/// The settings an employer or municipality hands over.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct OnboardingLink {
    pub lang: Option<Lang>,
    /// CBS municipality code, `GM` and four digits.
    pub municipality: Option<String>,
    pub arrival: Option<NaiveDate>,
    pub work_start: Option<NaiveDate>,
    /// The employer's display name; absent on a municipality's own sheet.
    pub employer: Option<String>,
    /// How to reach the employer's desk, as plain text.
    pub contact: Option<String>,
}

/// Why a link was refused; `field` names the part that was wrong, for the message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid onboarding link: {reason} ({field})")]
pub struct LinkError {
    pub field: String,
    pub reason: &'static str,
}

fn refuse(field: &str, reason: &'static str) -> LinkError {
    LinkError { field: field.chars().take(40).collect(), reason }
}

impl OnboardingLink {
    /// The link, fields in a fixed order so the same settings always give the same QR code.
    pub fn to_url(&self) -> String {
        let mut fields = vec![("v", LINK_VERSION.to_string())];
        if let Some(lang) = self.lang {
            fields.push(("lang", lang.code().to_string()));
        }
        if let Some(code) = &self.municipality {
            fields.push(("gm", code.clone()));
        }
        if let Some(date) = self.arrival {
            fields.push(("arrived", date.to_string()));
        }
        if let Some(date) = self.work_start {
            fields.push(("start", date.to_string()));
        }
        if let Some(name) = &self.employer {
            fields.push(("employer", name.clone()));
        }
        if let Some(contact) = &self.contact {
            fields.push(("contact", contact.clone()));
        }
        let query: Vec<String> = fields.iter().map(|(key, value)| format!("{key}={}", percent_encode(value))).collect();
        format!("{LINK_PREFIX}?{}", query.join("&"))
    }

    /// Checks what `to_url` would write, so a publisher learns of a bad field before printing,
    /// including text the app would show otherwise (invisible characters it leaves out).
    pub fn validate(&self) -> Result<(), LinkError> {
        let read = OnboardingLink::parse(&self.to_url())?;
        let trimmed = |text: &Option<String>| text.as_deref().map(str::trim).map(str::to_string);
        if read.employer != trimmed(&self.employer) {
            return Err(refuse("employer", "invisible characters"));
        }
        if read.contact != trimmed(&self.contact) {
            return Err(refuse("contact", "invisible characters"));
        }
        Ok(())
    }

    /// Parses and validates a link; any unknown, repeated or malformed field refuses it all.
    pub fn parse(text: &str) -> Result<OnboardingLink, LinkError> {
        let text = text.trim();
        if text.len() > MAX_LINK_BYTES {
            return Err(refuse("link", "too long"));
        }
        let rest = strip_prefix_ignore_case(text, LINK_PREFIX).ok_or_else(|| refuse("link", "not a Wegwijs link"))?;
        let query = rest.strip_prefix('/').unwrap_or(rest);
        let query = query.strip_prefix('?').ok_or_else(|| refuse("link", "not a Wegwijs link"))?;
        if query.contains('#') {
            return Err(refuse("link", "unexpected fragment"));
        }
        let mut link = OnboardingLink::default();
        let mut seen: Vec<&str> = Vec::new();
        for pair in query.split('&') {
            let (key, raw) = pair.split_once('=').ok_or_else(|| refuse(pair, "field without value"))?;
            if seen.contains(&key) {
                return Err(refuse(key, "field given twice"));
            }
            let value = percent_decode(raw).ok_or_else(|| refuse(key, "badly encoded value"))?;
            if value.is_empty() {
                return Err(refuse(key, "empty value"));
            }
            match key {
                "v" if value == LINK_VERSION => {}
                "v" => return Err(refuse(key, "made for another version of the app")),
                "lang" => link.lang = Some(value.parse().map_err(|_| refuse(key, "unknown language"))?),
                "gm" => link.municipality = Some(municipality_code(&value).ok_or_else(|| refuse(key, "not a code"))?),
                "arrived" => link.arrival = Some(plausible_date(&value).ok_or_else(|| refuse(key, "not a date"))?),
                "start" => link.work_start = Some(plausible_date(&value).ok_or_else(|| refuse(key, "not a date"))?),
                "employer" => {
                    link.employer = Some(plain_text(&value, MAX_EMPLOYER_CHARS).ok_or_else(|| refuse(key, "bad text"))?)
                }
                "contact" => {
                    link.contact = Some(plain_text(&value, MAX_CONTACT_CHARS).ok_or_else(|| refuse(key, "bad text"))?)
                }
                _ => return Err(refuse(key, "unknown field")),
            }
            seen.push(key);
        }
        if !seen.contains(&"v") {
            return Err(refuse("v", "missing version"));
        }
        Ok(link)
    }
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &text[prefix.len()..])
}

/// `GM` and four digits, as CBS writes municipality codes.
fn municipality_code(value: &str) -> Option<String> {
    let digits = value.strip_prefix("GM")?;
    (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit())).then(|| value.to_string())
}

/// A real calendar date in a range a person could mean (not year 0 or 9999).
fn plausible_date(value: &str) -> Option<NaiveDate> {
    let date = parse_date(value).ok()?;
    let year = chrono::Datelike::year(&date);
    (2000..=2100).contains(&year).then_some(date)
}

/// Printable text, trimmed and length-capped. Control characters refuse the field; characters
/// that are invisible or change how text around them is shown (Unicode format characters, Cf,
/// such as bidi overrides and isolates, zero-width spaces and joiners, the soft hyphen; and the
/// line and paragraph separators, Zl and Zp) are left out, so the name the person confirms is
/// the name they see.
fn plain_text(value: &str, max_chars: usize) -> Option<String> {
    if value.chars().any(char::is_control) {
        return None;
    }
    let visible: String = value.chars().filter(|c| !is_invisible_format(*c)).collect();
    let trimmed = visible.trim();
    (!trimmed.is_empty() && trimmed.chars().count() <= max_chars).then(|| trimmed.to_string())
}

/// Unicode 16's general categories Cf (format), Zl (line separator) and Zp (paragraph
/// separator), which include every bidirectional control.
pub(crate) fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// RFC 3986 encoding: unreserved characters stay, everything else is `%XX` of its UTF-8 bytes.
pub fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Strict decoding: `%` must be followed by two hex digits, `+` is a space, the result UTF-8.
fn percent_decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                if !hex.iter().all(u8::is_ascii_hexdigit) {
                    return None;
                }
                out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests;
