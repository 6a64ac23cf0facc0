//! The languages Wegwijs ships, and the fallback order between them.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A shipped language. Dutch and English are the reference texts; every other language is a
/// translation of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Nl,
    En,
    Pl,
    Ro,
    Bg,
    Hu,
    Lt,
    Lv,
    Cs,
    Sk,
    Hr,
    Sr,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 13] = [
        Lang::Nl,
        Lang::En,
        Lang::Pl,
        Lang::Ro,
        Lang::Bg,
        Lang::Hu,
        Lang::Lt,
        Lang::Lv,
        Lang::Cs,
        Lang::Sk,
        Lang::Hr,
        Lang::Sr,
        Lang::Es,
    ];

    /// The two languages every text is written in first.
    pub const REFERENCE: [Lang; 2] = [Lang::Nl, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Pl => "pl",
            Lang::Ro => "ro",
            Lang::Bg => "bg",
            Lang::Hu => "hu",
            Lang::Lt => "lt",
            Lang::Lv => "lv",
            Lang::Cs => "cs",
            Lang::Sk => "sk",
            Lang::Hr => "hr",
            Lang::Sr => "sr",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, as shown in the language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
            Lang::Pl => "Polski",
            Lang::Ro => "Română",
            Lang::Bg => "Български",
            Lang::Hu => "Magyar",
            Lang::Lt => "Lietuvių",
            Lang::Lv => "Latviešu",
            Lang::Cs => "Čeština",
            Lang::Sk => "Slovenčina",
            Lang::Hr => "Hrvatski",
            Lang::Sr => "Srpski",
            Lang::Es => "Español",
        }
    }

    pub fn is_reference(self) -> bool {
        Self::REFERENCE.contains(&self)
    }

    /// The languages to show or search for a user of `self`: their own, then English, then
    /// Dutch, without repeats.
    pub fn fallback_chain(self) -> Vec<Lang> {
        let mut chain = vec![self];
        for reference in [Lang::En, Lang::Nl] {
            if !chain.contains(&reference) {
                chain.push(reference);
            }
        }
        chain
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code that Wegwijs does not ship.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?} (shipped: nl en pl ro bg hu lt lv cs sk hr sr es)")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let code = s.trim().to_ascii_lowercase();
        // Accept full tags such as "pl-PL" or "sr-Latn" by their primary subtag.
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary).ok_or_else(|| UnknownLang(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fallback_chain_ends_in_english_then_dutch() {
        assert_eq!(Lang::Pl.fallback_chain(), [Lang::Pl, Lang::En, Lang::Nl]);
        assert_eq!(Lang::En.fallback_chain(), [Lang::En, Lang::Nl]);
        assert_eq!(Lang::Nl.fallback_chain(), [Lang::Nl, Lang::En]);
    }

    #[test]
    fn parses_full_tags() {
        assert_eq!("pl-PL".parse::<Lang>(), Ok(Lang::Pl));
        assert_eq!("sr_Latn".parse::<Lang>(), Ok(Lang::Sr));
        assert!("de".parse::<Lang>().is_err());
    }
}
