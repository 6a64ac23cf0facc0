//! What an item may hold: the one home of these rules. The source loader applies them to the
//! editors' files (adding file and line), and [`crate::sync::pack::Pack::check_rules`] applies
//! the same rules, through [`item_problems`], to every item that arrives from the feed, so a
//! municipality's signed pack can hold nothing an editor's folder could not.
//!
//! Each rule returns the sentence an editor reads; the loader prints it as is.

use super::{https_host, is_official_source};
use crate::lang::Lang;
use crate::model::{Anchor, DeadlineRule, Details, EventInfo, Item, ItemKind, ItemText, NATIONAL_SCOPE, ServiceInfo};
use crate::model::{TranslationState, is_valid_scope_code};
use crate::opening_hours::OpeningHours;
use chrono::NaiveDate;

/// A rule broken: the sentence that says which.
pub type Rule = Result<(), String>;

/// Item ids use a-z, 0-9 and `-`.
pub fn id_characters(id: &str) -> Rule {
    let valid = !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if valid { Ok(()) } else { Err("item id must use only a-z, 0-9 and -".into()) }
}

/// A municipality's item ids start with its code; national ids never start with `gm`.
pub fn id_in_scope(scope: &str, id: &str) -> Rule {
    let prefix = format!("{}-", scope.to_ascii_lowercase());
    if !is_valid_scope_code(scope) {
        Err(format!("scope {scope:?} must be \"nl\" or a CBS code such as GM0794"))
    } else if scope == NATIONAL_SCOPE && id.starts_with("gm") {
        Err("national item ids must not start with a municipality code".into())
    } else if scope != NATIONAL_SCOPE && !id.starts_with(&prefix) {
        Err(format!("municipal item ids start with {prefix:?}"))
    } else {
        Ok(())
    }
}

/// Rights and tasks come only from scope `nl`.
pub fn kind_in_scope(kind: ItemKind, scope: &str) -> Rule {
    if kind.is_national_only() && scope != NATIONAL_SCOPE {
        Err(format!("a {} is national content: only scope nl may publish it", kind.as_str()))
    } else {
        Ok(())
    }
}

pub fn topics(topics: &[crate::model::Topic]) -> Rule {
    if topics.is_empty() { Err("topics must name at least one topic".into()) } else { Ok(()) }
}

/// `valid_until` is not before `valid_from`.
pub fn validity_order(from: Option<NaiveDate>, until: Option<NaiveDate>) -> Rule {
    match (from, until) {
        (Some(from), Some(until)) if until < from => Err("valid_until is before valid_from".into()),
        _ => Ok(()),
    }
}

/// Alerts and events end: they need `valid_until`.
pub fn validity_end(kind: ItemKind, until: Option<NaiveDate>) -> Rule {
    if matches!(kind, ItemKind::Alert | ItemKind::Event) && until.is_none() {
        Err(format!("an {} needs valid_until (its end date)", kind.as_str()))
    } else {
        Ok(())
    }
}

/// A source is an https page.
pub fn source_url(url: &str) -> Rule {
    if https_host(url).is_some() { Ok(()) } else { Err(format!("source {url:?} must be an https:// URL")) }
}

/// A translation whose recorded `source_hash` is not the hash of today's English text was made
/// from an older reference text (a warning). Reference texts and texts without a hash pass.
pub fn translation_outdated(lang: Lang, recorded: Option<&str>, english: &str) -> Option<String> {
    let recorded = recorded.filter(|_| !lang.is_reference())?;
    (recorded != english).then(|| {
        format!("made from an older English text (source_hash {recorded}, en.md is now {english}): bring it up to date")
    })
}

/// Rights and tasks cite at least one official source.
pub fn official_source(kind: ItemKind, sources: &[String]) -> Rule {
    if kind.is_national_only() && !sources.iter().any(|s| is_official_source(s)) {
        Err("a right or task needs at least one source on an official domain (assets/official-domains.txt)".into())
    } else {
        Ok(())
    }
}

pub fn website(url: &str) -> Rule {
    if https_host(url).is_some() { Ok(()) } else { Err("website must be an https:// URL".into()) }
}

/// An e-mail address alone: `name@domain.tld`, nothing a `mailto:` link would read as a
/// subject, a body, a second address or a header.
pub fn email(address: &str) -> Rule {
    let bare = address.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && address.chars().all(|c| c.is_ascii_alphanumeric() || "._+-@".contains(c))
    });
    if bare { Ok(()) } else { Err(format!("email {address:?} must be a bare address such as info@example.nl")) }
}

/// A phone number as dialled: digits, with spaces, `-`, `(`, `)` and a leading `+`.
pub fn phone(number: &str) -> Rule {
    let digits = number.bytes().filter(u8::is_ascii_digit).count();
    let rest = number.strip_prefix('+').unwrap_or(number);
    let valid = (3..=20).contains(&digits) && rest.bytes().all(|b| b.is_ascii_digit() || b" -()".contains(&b));
    if valid { Ok(()) } else { Err(format!("phone {number:?} must be digits, spaces and a leading + only")) }
}

pub fn geo([lat, lon]: [f64; 2]) -> Rule {
    if (50.0..=54.0).contains(&lat) && (3.0..=8.0).contains(&lon) {
        Ok(())
    } else {
        Err("geo must be [latitude, longitude] inside the Netherlands".into())
    }
}

pub fn opening_hours(text: &str) -> Rule {
    OpeningHours::parse(text).map(|_| ()).map_err(|message| format!("opening_hours: {message}"))
}

pub fn event_order(event: &EventInfo) -> Rule {
    if event.ends >= event.starts { Ok(()) } else { Err("event ends before it starts".into()) }
}

/// A deadline from a fixed date names that date; one from another anchor names none.
pub fn deadline(rule: &DeadlineRule) -> Rule {
    match (rule.from, rule.date) {
        (Anchor::Date, None) => Err("a deadline from \"date\" needs date = YYYY-MM-DD".into()),
        (Anchor::Date, Some(_)) | (_, None) => Ok(()),
        (_, Some(_)) => Err("deadline date is only for from = \"date\"".into()),
    }
}

/// Title, summary and body are there, and only nl and en are reference texts.
pub fn text(lang: Lang, text: &ItemText) -> Vec<String> {
    let mut problems = Vec::new();
    for (field, value) in [("title", &text.title), ("summary", &text.summary)] {
        if value.trim().is_empty() {
            problems.push(format!("{field} is empty"));
        }
    }
    if text.body_markdown.trim().is_empty() {
        problems.push("the body is empty".into());
    }
    match (lang.is_reference(), text.state) {
        (true, TranslationState::Reference)
        | (false, TranslationState::Machine | TranslationState::Translated | TranslationState::Reviewed) => {}
        (true, _) => problems.push("nl and en are the reference texts: state = \"reference\"".into()),
        (false, _) => problems
            .push("only nl and en are reference texts: state = \"machine\", \"translated\" or \"reviewed\"".into()),
    }
    problems.extend(keywords(&text.keywords).err());
    problems
}

/// Most search keywords of one text, and most characters of one keyword.
pub const MAX_KEYWORDS: usize = 40;
pub const MAX_KEYWORD_CHARS: usize = 60;

/// Search keywords are short phrases with a letter or digit. The same word with and without
/// its diacritics is allowed (search folds them alike, so it costs nothing).
pub fn keywords(keywords: &[String]) -> Rule {
    if keywords.len() > MAX_KEYWORDS {
        return Err(format!("keywords: {} of them, at most {MAX_KEYWORDS}", keywords.len()));
    }
    for keyword in keywords {
        // An ASCII letter or digit survives folding; only other keywords need folding to tell.
        if !keyword.bytes().any(|byte| byte.is_ascii_alphanumeric()) && crate::fold::folded_words(keyword).is_empty() {
            return Err(format!("keywords: {keyword:?} has no letter or digit"));
        }
        if keyword.chars().count() > MAX_KEYWORD_CHARS || keyword.contains(['\n', '\r']) {
            return Err(format!(
                "keywords: {keyword:?} is longer than {MAX_KEYWORD_CHARS} characters or has a line break"
            ));
        }
    }
    Ok(())
}

/// The reference languages (nl, en) every item has.
pub fn reference_text(lang: Lang, present: bool) -> Rule {
    if present { Ok(()) } else { Err(format!("missing reference language: {lang}.md")) }
}

/// A link (`related`, or a task's `rights` when `must_be_right`) names a known item; `kind` is
/// the kind of the item it names, if there is one.
pub fn link(target: &str, must_be_right: bool, kind: Option<ItemKind>) -> Rule {
    match kind {
        None => Err(format!("link to unknown item {target:?}")),
        Some(kind) if must_be_right && kind != ItemKind::Right => {
            Err(format!("task rights must be rights, but {target:?} is a {}", kind.as_str()))
        }
        Some(_) => Ok(()),
    }
}

/// The links of an item: `(target, must_be_right)` for each `related` id and task right.
pub fn links(item: &Item) -> impl Iterator<Item = (&str, bool)> {
    let rights = match &item.details {
        Details::Task(rule) => rule.rights.as_slice(),
        _ => &[],
    };
    item.related.iter().map(|id| (id.as_str(), false)).chain(rights.iter().map(|id| (id.as_str(), true)))
}

/// Every rule above that one item can be checked against by itself (links need the other
/// items: see [`link`]). Empty when the item is valid.
pub fn item_problems(item: &Item) -> Vec<String> {
    let mut problems: Vec<String> = [
        id_characters(&item.id),
        id_in_scope(&item.scope, &item.id),
        kind_in_scope(item.kind(), &item.scope),
        topics(&item.topics),
        validity_order(item.valid_from, item.valid_until),
        validity_end(item.kind(), item.valid_until),
        official_source(item.kind(), &item.sources),
    ]
    .into_iter()
    .chain(item.sources.iter().map(|url| source_url(url)))
    .chain(Lang::REFERENCE.into_iter().map(|lang| reference_text(lang, item.texts.contains_key(&lang))))
    .filter_map(Result::err)
    .collect();
    match &item.details {
        Details::Service(info) => problems.extend(service(info)),
        Details::Event(event) => problems.extend(event_order(event).err()),
        Details::Task(rule) => problems.extend(rule.deadline.as_ref().and_then(|d| deadline(d).err())),
        Details::Right | Details::Alert { .. } => {}
    }
    for (lang, item_text) in &item.texts {
        problems.extend(text(*lang, item_text).into_iter().map(|problem| format!("{lang}: {problem}")));
    }
    problems
}

/// The rules on a service's fields.
pub fn service(info: &ServiceInfo) -> Vec<String> {
    [
        info.website.as_deref().map(website),
        info.email.as_deref().map(email),
        info.phone.as_deref().map(phone),
        info.geo.map(geo),
        info.opening_hours.as_deref().map(opening_hours),
    ]
    .into_iter()
    .flatten()
    .filter_map(Result::err)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_item_keeps_the_rules_a_pack_is_held_to() {
        let report = crate::source::load(&crate::bundled::content_tree());
        for item in &report.items {
            assert_eq!(item_problems(item), Vec::<String>::new(), "{}", item.id);
        }
    }

    #[test]
    fn contact_fields_hold_nothing_but_an_address_or_a_number() {
        for (address, valid) in [
            ("info@helmond.nl", true),
            ("first.last+wegwijs@gemeente-x.nl", true),
            ("info@helmond.nl?subject=x", false),
            ("a@b.nl&cc=c@d.nl", false),
            ("mailto:info@helmond.nl", false),
            ("info@@helmond.nl", false),
            ("info@localhost", false),
            ("in fo@helmond.nl", false),
        ] {
            assert_eq!(email(address).is_ok(), valid, "{address}");
        }
        for (number, valid) in
            [("+31 492 587 587", true), ("(0492) 58-75-87", true), ("14 0492", true), ("+31;ext=1", false), ("", false)]
        {
            assert_eq!(phone(number).is_ok(), valid, "{number}");
        }
    }
}
