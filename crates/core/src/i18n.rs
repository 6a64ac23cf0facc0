//! UI and message strings from `locales/<lang>/*.ftl`, the same files the app's UI reads.
//!
//! Lookup falls back from the user's language to English, then Dutch, so a missing
//! translation shows the reference text instead of an id. `check_locales` is the test that
//! keeps every shipped locale complete.

use crate::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use unic_langid::LanguageIdentifier;

/// Formats messages in any shipped language.
pub struct Localizer {
    bundles: BTreeMap<Lang, FluentBundle<FluentResource>>,
    /// The `.ftl` sources by `<lang>/<file>`, kept for [`Localizer::check`].
    sources: BTreeMap<String, String>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("languages", &self.bundles.keys().collect::<Vec<_>>()).finish()
    }
}

/// A problem in the locale files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleProblem {
    pub file: String,
    pub message: String,
}

impl std::fmt::Display for LocaleProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

impl Localizer {
    /// The locales built into the binary.
    pub fn bundled() -> Localizer {
        Localizer::from_sources(
            crate::bundled::LOCALE_SOURCES.iter().map(|(path, text)| (path.to_string(), text.to_string())),
        )
    }

    /// The locales in a `locales/` folder, for checking files being edited.
    pub fn from_dir(dir: &Path) -> std::io::Result<Localizer> {
        let tree = crate::source::SourceTree::read_dir(dir)?;
        Ok(Localizer::from_sources(tree.files.into_iter().filter(|(path, _)| path.ends_with(".ftl"))))
    }

    fn from_sources(sources: impl IntoIterator<Item = (String, String)>) -> Localizer {
        let sources: BTreeMap<String, String> = sources.into_iter().collect();
        let mut bundles = BTreeMap::new();
        for (path, text) in &sources {
            let Some(lang) = path.split('/').next().and_then(|code| code.parse::<Lang>().ok()) else {
                continue;
            };
            let bundle = bundles.entry(lang).or_insert_with(|| {
                let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Isolation marks would show up as stray characters in terminals and tests.
                bundle.set_use_isolating(false);
                bundle
            });
            // A resource with syntax errors still yields its good messages; `check` reports the rest.
            let resource = FluentResource::try_new(text.clone()).unwrap_or_else(|(partial, _)| partial);
            bundle.add_resource_overriding(resource);
        }
        Localizer { bundles, sources }
    }

    /// The message `id` in `lang`, falling back to English and Dutch; the id itself if none has it.
    pub fn message(&self, lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for candidate in lang.fallback_chain() {
            let Some(bundle) = self.bundles.get(&candidate) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        }
        id.to_string()
    }

    /// Shorthand for a message without arguments.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.message(lang, id, &[])
    }

    /// Every problem in the locale files: syntax errors, languages or messages missing against
    /// English, messages English does not have, and variables that differ from English.
    pub fn check(&self) -> Vec<LocaleProblem> {
        let mut problems = Vec::new();
        let mut messages: BTreeMap<Lang, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
        for (path, text) in &self.sources {
            let lang = match path.split('/').next().map(str::parse::<Lang>) {
                Some(Ok(lang)) => lang,
                _ => {
                    problems
                        .push(LocaleProblem { file: path.clone(), message: "folder is not a shipped language".into() });
                    continue;
                }
            };
            let (resource, errors) = match FluentResource::try_new(text.clone()) {
                Ok(resource) => (resource, Vec::new()),
                Err((partial, errors)) => (partial, errors),
            };
            for error in errors {
                let line = text[..error.pos.start.min(text.len())].lines().count().max(1);
                problems.push(LocaleProblem {
                    file: format!("{path}:{line}"),
                    message: format!("syntax error: {:?}", error.kind),
                });
            }
            let own = messages.entry(lang).or_default();
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(message) = entry {
                    let variables = message.value.as_ref().map(variables_of).unwrap_or_default();
                    own.insert(message.id.name.to_string(), variables);
                }
            }
        }
        let reference = messages.get(&Lang::En).cloned().unwrap_or_default();
        for lang in Lang::ALL {
            let Some(own) = messages.get(&lang) else {
                problems.push(LocaleProblem { file: format!("{lang}/"), message: "no locale files".into() });
                continue;
            };
            for (id, variables) in &reference {
                match own.get(id) {
                    None => problems
                        .push(LocaleProblem { file: format!("{lang}/"), message: format!("missing message {id}") }),
                    Some(own_variables) if own_variables != variables => problems.push(LocaleProblem {
                        file: format!("{lang}/"),
                        message: format!("message {id} uses variables {own_variables:?}, English uses {variables:?}"),
                    }),
                    Some(_) => {}
                }
            }
            for id in own.keys().filter(|id| !reference.contains_key(*id)) {
                problems.push(LocaleProblem {
                    file: format!("{lang}/"),
                    message: format!("unknown message {id} (not in English)"),
                });
            }
        }
        problems
    }

    /// The ids of every English message, for tests and the UI bindings.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for (path, text) in &self.sources {
            if path.starts_with("en/")
                && let Ok(resource) = FluentResource::try_new(text.clone())
            {
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(message) = entry {
                        ids.push(message.id.name.to_string());
                    }
                }
            }
        }
        ids.sort();
        ids
    }

    /// All messages of one language after fallback, as id → pattern source, for the UI.
    pub fn ftl_sources(&self, lang: Lang) -> Vec<&str> {
        lang.fallback_chain()
            .into_iter()
            .rev()
            .flat_map(|candidate| {
                self.sources
                    .iter()
                    .filter(move |(path, _)| path.starts_with(&format!("{candidate}/")))
                    .map(|(_, text)| text.as_str())
            })
            .collect()
    }
}

/// The variables a pattern uses, including inside select expressions.
fn variables_of(pattern: &fluent_syntax::ast::Pattern<&str>) -> BTreeSet<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(expression: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        if let InlineExpression::VariableReference { id } = expression {
            out.insert(id.name.to_string());
        }
    }
    fn walk(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                match expression {
                    Expression::Inline(expression) => inline(expression, out),
                    Expression::Select { selector, variants } => {
                        inline(selector, out);
                        for variant in variants {
                            walk(&variant.value, out);
                        }
                    }
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(pattern, &mut out);
    out
}

/// Picks the shipped language that best fits the system's requested locales (e.g. "pl-PL").
pub fn negotiate(requested: &[&str]) -> Lang {
    let requested: Vec<LanguageIdentifier> =
        requested.iter().filter_map(|tag| tag.replace('_', "-").parse().ok()).collect();
    let available: Vec<LanguageIdentifier> = Lang::ALL.iter().filter_map(|lang| lang.code().parse().ok()).collect();
    let default: LanguageIdentifier = "en".parse().unwrap_or_default();
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen.first().and_then(|id| id.language.as_str().parse().ok()).unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_locale_is_complete_and_parses() {
        let problems = Localizer::bundled().check();
        assert!(
            problems.is_empty(),
            "locale problems:\n{}",
            problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
        );
    }

    #[test]
    fn falls_back_to_english_then_dutch() {
        let localizer = Localizer::from_sources([
            ("en/main.ftl".to_string(), "only-en = English\nboth = English both\n".to_string()),
            ("nl/main.ftl".to_string(), "only-nl = Nederlands\nboth = Nederlands beide\n".to_string()),
            ("pl/main.ftl".to_string(), "both = Polski\n".to_string()),
        ]);
        assert_eq!(localizer.text(Lang::Pl, "both"), "Polski");
        assert_eq!(localizer.text(Lang::Pl, "only-en"), "English");
        assert_eq!(localizer.text(Lang::Pl, "only-nl"), "Nederlands");
        assert_eq!(localizer.text(Lang::Pl, "nowhere"), "nowhere");
    }

    #[test]
    fn check_finds_missing_unknown_broken_and_mismatched_messages() {
        let mut sources = vec![("en/main.ftl".to_string(), "a = A { $n }\nb = B\n".to_string())];
        for lang in Lang::ALL.iter().filter(|l| **l != Lang::En && **l != Lang::Pl) {
            sources.push((format!("{lang}/main.ftl"), "a = A { $n }\nb = B\n".to_string()));
        }
        sources.push(("pl/main.ftl".to_string(), "a = A { $m }\nc = C\nbroken = {\n".to_string()));
        let problems: Vec<String> = Localizer::from_sources(sources).check().iter().map(ToString::to_string).collect();
        assert!(problems.iter().any(|p| p.starts_with("pl/main.ftl:3: syntax error")), "{problems:?}");
        assert!(problems.contains(&"pl/: missing message b".to_string()), "{problems:?}");
        assert!(problems.contains(&"pl/: unknown message c (not in English)".to_string()), "{problems:?}");
        assert!(problems.iter().any(|p| p.starts_with("pl/: message a uses variables")), "{problems:?}");
    }

    #[test]
    fn negotiates_system_locales() {
        assert_eq!(negotiate(&["pl-PL"]), Lang::Pl);
        assert_eq!(negotiate(&["de-DE", "ro_RO"]), Lang::Ro);
        assert_eq!(negotiate(&["de-DE"]), Lang::En);
    }
}
