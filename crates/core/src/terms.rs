//! Search terms: the words of a text as the index stores them and as a query looks them up.
//!
//! A text becomes terms in two steps, the same for the index and for every query:
//! 1. [`crate::fold`]: lowercase, Cyrillic to Latin, no diacritics, split into words;
//! 2. the language's Snowball stemmer, where the Snowball project has one for it (nl, en, ro,
//!    hu, es, lt, sr), so "benefits" finds "benefit" and "uitkeringen" finds "uitkering". The
//!    other languages keep the folded word; typo tolerance and the last word's prefix match
//!    cover some of their endings.
//!
//! Stemming runs on the folded word, not on the text as written: a query typed without
//! diacritics then yields exactly the terms of the text with them, even where a stemmer's
//! rules would treat the two spellings differently.
//!
//! Stop words (question words, pronouns, particles, auxiliaries) are dropped from queries only,
//! by [`content_words`]: "how do I get zorgtoeslag" searches "zorgtoeslag". The index keeps
//! them, since a term no query asks for costs nothing at search time.

use crate::fold::{fold_into, folded_words};
use crate::lang::Lang;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;
use waken_snowball::Algorithm;

/// The terms of `text` in `lang`, in order: folded words, stemmed where the language has a
/// stemmer.
pub fn terms(lang: Lang, text: &str) -> Vec<String> {
    folded_words(text).into_iter().map(|word| stem(lang, &word).into_owned()).collect()
}

/// The terms of `text` joined by spaces, as the index stores them. A comma stays, as " , ", so
/// that a list of phrases (the search keywords) keeps its phrases apart: the search tells a
/// keyword that is the whole query from one that only contains its words.
pub fn index_text(lang: Lang, text: &str) -> String {
    TermIndexer::new(lang).index_text(text)
}

/// [`index_text`] for many texts of one language: it remembers each word's stem, because a batch
/// of texts repeats most of its words and stemming was most of the cost of indexing an update.
#[derive(Debug)]
pub struct TermIndexer {
    algorithm: Option<Algorithm>,
    /// Folded word to stem, for the words seen so far (a fast hash: the words are the
    /// publisher's, checked by signature, and the map lives for one batch).
    stems: FxHashMap<String, String>,
    /// The text being indexed, folded (kept for its capacity).
    folded: String,
}

impl TermIndexer {
    pub fn new(lang: Lang) -> TermIndexer {
        TermIndexer { algorithm: stemmer(lang), stems: FxHashMap::default(), folded: String::new() }
    }

    /// The terms of `text`, as [`index_text`] gives them. Folding goes character by character
    /// and keeps commas, so the text is folded once and then split into its phrases.
    pub fn index_text(&mut self, text: &str) -> String {
        let TermIndexer { algorithm, stems, folded } = self;
        folded.clear();
        fold_into(text, folded);
        let mut indexed = String::with_capacity(text.len());
        for phrase in folded.split(',') {
            let mut words = phrase.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).peekable();
            if words.peek().is_none() {
                continue;
            }
            if !indexed.is_empty() {
                indexed.push_str(" , ");
            }
            for (position, word) in words.enumerate() {
                if position > 0 {
                    indexed.push(' ');
                }
                let Some(algorithm) = *algorithm else {
                    indexed.push_str(word);
                    continue;
                };
                match stems.get(word) {
                    Some(stem) => indexed.push_str(stem),
                    None => {
                        let stem = waken_snowball::stem(algorithm, word).into_owned();
                        indexed.push_str(&stem);
                        stems.insert(word.to_string(), stem);
                    }
                }
            }
        }
        indexed
    }
}

/// The stem of a folded word in `lang`, or the word itself for a language without a stemmer.
pub fn stem(lang: Lang, folded_word: &str) -> Cow<'_, str> {
    match stemmer(lang) {
        Some(algorithm) => waken_snowball::stem(algorithm, folded_word),
        None => Cow::Borrowed(folded_word),
    }
}

/// Whether `lang` has a stemmer.
pub fn is_stemmed(lang: Lang) -> bool {
    stemmer(lang).is_some()
}

/// The folded words of a query that carry its meaning: stop words of `lang`, English and
/// Dutch left out (people mix in the words they hear), unless nothing else is left.
pub fn content_words(lang: Lang, folded: Vec<String>) -> Vec<String> {
    let kept: Vec<String> = folded
        .iter()
        .filter(|word| ![lang, Lang::En, Lang::Nl].iter().any(|stop_lang| is_stop_word(*stop_lang, word)))
        .cloned()
        .collect();
    if kept.is_empty() { folded } else { kept }
}

/// Whether a folded word is a stop word of `lang`.
pub fn is_stop_word(lang: Lang, folded_word: &str) -> bool {
    static SETS: OnceLock<Vec<HashSet<String>>> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|lang| {
                let words = format!("{} {}", stop_words(*lang), country_names(*lang));
                folded_words(&words).into_iter().collect::<HashSet<String>>()
            })
            .collect()
    });
    let index = Lang::ALL.iter().position(|known| *known == lang).unwrap_or(0);
    sets[index].contains(folded_word)
}

fn stemmer(lang: Lang) -> Option<Algorithm> {
    Some(match lang {
        Lang::Nl => Algorithm::Dutch,
        Lang::En => Algorithm::English,
        Lang::Ro => Algorithm::Romanian,
        Lang::Hu => Algorithm::Hungarian,
        Lang::Es => Algorithm::Spanish,
        Lang::Lt => Algorithm::Lithuanian,
        Lang::Sr => Algorithm::Serbian,
        Lang::Pl | Lang::Bg | Lang::Lv | Lang::Cs | Lang::Sk | Lang::Hr => return None,
    })
}

/// The Netherlands' own names, in the forms a sentence puts them in ("in Holland", "z Holandii",
/// "Hollandiában"). Every item is about living and working in the country, so its name tells
/// the search nothing, and it is common enough in texts to push the word that does aside.
fn country_names(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "nederland holland",
        Lang::En => "netherlands holland",
        Lang::Pl => "holandia holandii holandię holandią niderlandy niderlandach niderlandów",
        Lang::Ro => "olanda olandei țările de jos",
        Lang::Bg => "холандия холандията нидерландия нидерландията",
        Lang::Hu => "hollandia hollandiában hollandiába hollandiából hollandiát hollandiai",
        Lang::Lt => "olandija olandijoje olandijos olandiją olandijon nyderlandai nyderlanduose nyderlandų",
        Lang::Lv => "holande holandē holandes holandi nīderlande nīderlandē nīderlandes nīderlandi",
        Lang::Cs => "holandsko holandsku holandska nizozemsko nizozemsku nizozemska",
        Lang::Sk => "holandsko holandsku holandska holandskom",
        Lang::Hr => "nizozemska nizozemskoj nizozemske nizozemsku holandija holandiji holandije",
        Lang::Sr => "holandija holandiji holandije holandiju холандија холандији",
        Lang::Es => "holanda países bajos",
    }
}

/// Words that ask or connect but name nothing a person looks for: question words, pronouns,
/// articles, prepositions, conjunctions, auxiliary and modal verbs, "get"/"need"/"want", and
/// "now", "yesterday", "today", "tomorrow" (people say when: "I got fired yesterday").
/// Written as people write them; folded when first used. Content words ("work", "money",
/// "pay") never belong here, nor words another list's language uses as content.
fn stop_words(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => {
            "de het een en of van in op te met voor aan bij om naar uit over tot door is zijn ben bent
             was heb hebt heeft hebben kan kun kunt kunnen moet moeten mag mogen wil wilt willen zal
             zou wat waar waarom wanneer hoe hoeveel wie welke welk ik mijn me mij je jij jouw u uw
             we wij ons onze hij zij ze hun er dat die dit deze niet geen als ook nog dan wel maar
             krijg krijgen doe doen iets nu gisteren vandaag morgen"
        }
        Lang::En => {
            "a an the and or of in on at to for from with about into by is are am be was were been
             do does did doing have has had can could should would will shall must may might what
             where when why how who whom which whose much many i me my mine you your we our us they
             their them he him his she her it its this that these those there not no dont don t s
             if so get got getting need needs want wants please now yesterday today tomorrow"
        }
        Lang::Pl => {
            "jak jaki jaka jakie gdzie kiedy co czy dlaczego czemu ile kto który która które którzy
             się mi mnie mój moja moje moi mój ja ty ty my wy on ona ono oni one jest są być był była
             mam masz ma mamy mają i a oraz lub albo w we z ze na do o od po przez dla u przy pod nad
             to ten ta te tego że nie tak bo jeśli jeżeli mogę może można muszę trzeba chcę chce
             potrzebuję powinienem powinnam dostać zrobić teraz wczoraj dzisiaj dziś jutro"
        }
        Lang::Ro => {
            "ce cum unde când cine care cât câtă câți câte de ce este e sunt sînt am ai are avem au
             eu tu el ea noi voi ei ele meu mea mei mele îmi mi mă se să și sau dar în la de din pe
             cu pentru despre spre un o unui unei nu da dacă pot poți poate putem trebuie vreau am
             nevoie fac face primesc obțin a al ale lui acum ieri azi astăzi mâine"
        }
        Lang::Bg => {
            "какво как къде кога защо кой коя кое кои колко дали ли аз ти той тя то ние вие те мен
             мене ми мой моя мое моите си се съм си е сме сте са бях има имам нямам и или но а в във
             на с със за от до по при към без че не да ако мога може трябва искам ще сега вчера днес утре"
        }
        Lang::Hu => {
            "mi mit mik hol hova honnan mikor miért hogyan hogy ki kit kinek melyik mennyi hány
             én te ő mi ti ők engem nekem enyém az a egy és vagy de is nem van vannak volt lesz
             kell lehet tudok tudom akarok szeretnék kérek ha meg el be ki fel le most tegnap ma
             holnap"
        }
        Lang::Lt => {
            "kas ką kur kada kodėl kaip kuris kuri kurie kiek ar aš tu jis ji mes jūs jie jos
             man mane mano tavo savo yra buvo būti esu turiu turi ir arba bet o į iš su be už
             nuo per apie pas prie ne taip jei galiu gali reikia noriu gauti dabar vakar šiandien
             rytoj"
        }
        Lang::Lv => {
            "kas ko kur kad kāpēc kā kurš kura kuri cik vai es tu viņš viņa mēs jūs viņi man mani
             mans mana manu savs sava ir bija būt esmu man un vai bet uz no ar par pie pēc bez līdz
             ne nav jā ja varu var vajag jāmaksā gribu vēlos saņemt dabūt tagad vakar šodien rīt"
        }
        Lang::Cs => {
            "co jak jaký jaká jaké kde kdy proč kdo který která které kolik zda jestli já ty on
             ona ono my vy oni mi mě mně můj moje moji moje se si je jsou být byl jsem mám máš má
             mají a i nebo ale v ve z ze na do o od po pro při k ke s se u za že ne ano když
             můžu mohu může musím musí chci potřebuji potřebuju dostat teď včera dnes zítra"
        }
        Lang::Sk => {
            "čo ako aký aká aké kde kedy prečo kto ktorý ktorá ktoré koľko či ja ty on ona ono my
             vy oni mi ma mne môj moja moje moji sa si je sú byť bol som mám máš má majú a i alebo
             ale v vo z zo na do o od po pre pri k ku s so u za že nie áno ak môžem môže musím
             musí chcem potrebujem dostať teraz včera dnes zajtra"
        }
        Lang::Hr => {
            "što sto šta kako gdje kada kad zašto tko koji koja koje koliko li da ja ti on ona ono
             mi vi oni one me mene meni moj moja moje moji se si je su biti sam smo imam ima imaju i
             a ili ali u na s sa za od do o po kod iz pri ne ako mogu može moram mora trebam treba
             želim dobiti sada jučer danas sutra"
        }
        Lang::Sr => {
            "šta sta što kako gde gdje kada kad zašto ko koji koja koje koliko li da ja ti on ona
             ono mi vi oni one me mene meni moj moja moje moji se si je su biti sam smo imam ima
             imaju i a ili ali u na s sa za od do o po kod iz pri ne ako mogu može moram mora treba
             trebam želim dobiti sada сада juče jučer danas sutra јуче данас сутра"
        }
        Lang::Es => {
            "qué que cómo como dónde donde cuándo cuando por porqué quién quien cuál cual cuánto
             cuanto cuánta cuanta cuántos cuantos yo tú tu él ella nosotros vosotros ellos ellas me
             mi mis mí te se nos le les lo la los las el un una unos unas y o pero de del a al en con
             sin para sobre es son soy está están estoy ser estar hay tengo tiene tienen he ha no sí
             si puedo puede debo debe tengo quiero necesito hacer conseguir ahora ayer hoy mañana"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_and_queries_get_the_same_terms_with_or_without_diacritics() {
        for (lang, written, typed) in [
            (Lang::Ro, "Înregistrarea la primărie", "inregistrarea la primarie"),
            (Lang::Hu, "Egészségbiztosítás", "egeszsegbiztositas"),
            (Lang::Es, "Inscripción en el padrón", "inscripcion en el padron"),
            (Lang::Lt, "Sveikatos draudimą", "sveikatos draudima"),
            (Lang::Sr, "Дечији додатак", "deciji dodatak"),
        ] {
            assert_eq!(terms(lang, written), terms(lang, typed), "{lang}: {written}");
        }
    }

    #[test]
    fn stemmed_languages_find_other_forms_of_a_word() {
        for (lang, one, other) in [
            (Lang::En, "benefits", "benefit"),
            (Lang::Nl, "uitkeringen", "uitkering"),
            (Lang::Es, "vacaciones", "vacación"),
            (Lang::Ro, "asigurarea", "asigurare"),
        ] {
            assert_eq!(terms(lang, one), terms(lang, other), "{lang}: {one} {other}");
        }
        assert_eq!(terms(Lang::Pl, "zasiłki"), ["zasilki"], "no stemmer: folded only");
    }

    #[test]
    fn stop_words_do_not_decide_a_query_unless_nothing_else_is_left() {
        let words = |lang, query| content_words(lang, folded_words(query));
        assert_eq!(words(Lang::En, "How do I get my payslip?"), ["payslip"]);
        assert_eq!(words(Lang::Pl, "Gdzie mogę dostać zasiłek?"), ["zasilek"]);
        assert_eq!(words(Lang::Ro, "Ce trebuie să fac pentru BSN"), ["bsn"]);
        assert_eq!(words(Lang::Nl, "wat is"), ["wat", "is"]);
        // "What now?" asks nothing the other words do not.
        assert_eq!(words(Lang::Nl, "ik ben ontslagen, wat nu?"), ["ontslagen"]);
        assert_eq!(words(Lang::Es, "me despidieron, ¿y ahora?"), ["despidieron"]);
        assert_eq!(words(Lang::En, "I got fired yesterday"), ["fired"]);
        assert_eq!(words(Lang::Pl, "szef dzisiaj nie zapłacił"), ["szef", "zaplacil"]);
        // The country's name says nothing in an app about it.
        assert_eq!(words(Lang::Es, "jubilación en Holanda"), ["jubilacion"]);
        assert_eq!(words(Lang::Pl, "zwrot podatku z Holandii"), ["zwrot", "podatku"]);
    }

    #[test]
    fn indexed_text_keeps_phrases_apart_at_commas() {
        assert_eq!(
            index_text(Lang::En, "child benefits , SVB,, money for kids"),
            "child benefit , svb , money for kid"
        );
        assert_eq!(index_text(Lang::Pl, "Zasiłek rodzinny"), "zasilek rodzinny");
        assert_eq!(index_text(Lang::Pl, " , "), "");
    }

    #[test]
    fn an_indexer_that_remembers_stems_indexes_each_text_as_index_text_does() {
        let texts = [
            "Child benefits, benefits and more BENEFITS",
            "Înregistrarea la primărie , înregistrarea",
            "Дечији додатак, dečiji dodatak",
            "uitkeringen, uitkering; kinderbijslag",
            "",
            " , ",
        ];
        for lang in Lang::ALL {
            let mut indexer = TermIndexer::new(lang);
            for text in texts.iter().chain(&texts) {
                let expected = text
                    .split(',')
                    .map(|phrase| terms(lang, phrase).join(" "))
                    .filter(|phrase| !phrase.is_empty())
                    .collect::<Vec<_>>()
                    .join(" , ");
                assert_eq!(indexer.index_text(text), expected, "{lang}: {text}");
            }
        }
    }

    #[test]
    fn stemmers_take_any_folded_word() {
        for lang in Lang::ALL {
            for word in ["", "a", "1234", "x9y", "brp", "ssssssssssssssssss", "aaaa"] {
                let _ = stem(lang, word);
            }
        }
    }
}
