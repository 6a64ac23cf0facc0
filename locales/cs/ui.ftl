## Obrazovky Wegwijs — překlad do češtiny.

## Navigace
nav-today = Dnes
nav-checklist = Kroky
nav-rights = Práva
nav-local = V okolí
nav-search = Hledat
nav-settings = Nastavení

## Společné akce
action-next = Dále
action-back = Zpět
action-skip = Přeskočit
action-save = Uložit
action-cancel = Zrušit
action-close = Zavřít
action-confirm = Ano, pokračovat
action-undo = Vrátit zpět
action-retry = Zkusit znovu
loading = Načítání…
works-offline = Funguje i bez internetu.

## První spuštění
welcome-title = Vítejte ve Wegwijs
welcome-text = Vaše práva, vaše první kroky a místní pomoc v Nizozemsku. Ve vašem jazyce, i bez internetu.
choose-language = Vyberte jazyk
choose-municipality = Kde bydlíte?
municipality-search = Napište název svého města
municipality-not-listed = Moje město není v seznamu
dates-title = Data příjezdu a nástupu
dates-help = Podle těchto dat vám ukážeme termíny. Později je můžete změnit.
stay-title = Jak dlouho zůstanete v Nizozemsku?
children-title = Máte děti mladší 18 let?
setup-can-change-later = Tento krok můžete přeskočit a změnit později v Nastavení.
setup-finish = Začít

## Dnes
today-title = Dnes
today-next-steps = Vaše další kroky
today-alerts = Důležitá oznámení
today-no-steps = Žádné otevřené kroky. Výborně!
today-see-checklist = Zobrazit celý seznam

## Seznam kroků
checklist-title = Vaše první týdny
checklist-read-more = Přečtěte si více o svých právech
checklist-local-help = Místní pomoc

## Práva
rights-title = Vaše práva a povinnosti
topic-registration = Registrace
topic-id = Doklad totožnosti
topic-work = Práce a smlouva
topic-wages = Mzda
topic-housing = Bydlení
topic-health = Zdraví a pojištění
topic-family = Rodina a děti
topic-benefits = Dávky a příspěvky
topic-money = Peníze a banka
topic-education = Škola
topic-language = Učení nizozemštiny
topic-help = Pomoc a nahlášení
topic-leaving = Odchod z Nizozemska
topic-emergency = Nouzová situace
topic-community = Komunita
topic-municipality = Obec

## V okolí
local-title = Ve vaší obci
local-services = Služby
local-events = Akce
local-alerts = Oznámení
local-take-part = Setkávání a zapojení
local-take-part-intro = Místa setkávání, iniciativy, kluby a jazykové kavárny ve vaší obci.
local-take-part-how = Jak to funguje v Nizozemsku
local-take-part-none = Pro tuto obec zatím nemáme místní informace. Články níže vysvětlují, jak je najít.
checklist-optional-title = Poznávejte lidi a zapojte se
checklist-optional-intro = Volitelné kroky bez termínu. Udělejte je, až budete připraveni.
step-hide = Skrýt
step-hidden = Skryté kroky
step-show = Znovu zobrazit
today-take-part = Krok k poznání lidí
today-take-part-intro = Vaše naléhavé kroky jsou hotové. Až budete připraveni, zkuste tohle.
local-choose-municipality = Vyberte svou obec v Nastavení, abyste viděli místní pomoc.
event-when = Kdy

## Nastavení
settings-title = Nastavení
settings-profile = Vaše údaje
settings-wifi-only = Stahovat aktualizace jen přes Wi-Fi
settings-text-size = Velikost textu
text-size-normal = Normální
text-size-large = Velká
text-size-larger = Velmi velká
settings-high-contrast = Vysoký kontrast
settings-export = Exportovat moje data
settings-export-done = Vaše data byla uložena do souboru.
settings-delete = Smazat všechna moje data
settings-delete-confirm = Smazat vaše údaje, seznam kroků a nastavení z tohoto telefonu? Tuto akci nelze vrátit.
settings-delete-done = Všechna vaše data byla smazána.
settings-about = O aplikaci Wegwijs
about-version = Verze aplikace
about-content-version = Verze informací
about-licences = Licence open source
saved = Uloženo

## Čtení nahlas
read-aloud = Číst nahlas
stop-reading = Zastavit čtení
no-voice = Váš telefon nemá hlas pro tento jazyk.
pause-reading = Pozastavit
resume-reading = Pokračovat ve čtení
voice-instead-en = Váš telefon umí nahlas přečíst anglickou verzi.
voice-instead-nl = Váš telefon umí nahlas přečíst nizozemskou verzi.
read-english-aloud = Číst nahlas anglickou verzi
read-dutch-aloud = Číst nahlas nizozemskou verzi

## Aktualizace
settings-updates = Aktualizace informací
update-how = Aplikace hledá aktualizace, když ji otevřete. Nic se nestahuje, dokud to nepotvrdíte.
update-last-check = Naposledy zkontrolováno: { $date }
update-never-checked = Aktualizace zatím nebyly zkontrolovány.
update-check = Zkontrolovat aktualizace
update-download-size = Ke stažení: { $value }
update-up-to-date = Máte nejnovější informace.
update-could-not-check = Novější informace se nepodařilo zkontrolovat. Vidíte informace ze dne { $date }.
update-import-file = Importovat soubor s aktualizací
update-share-file = Sdílet soubor s aktualizací
update-content-date = Informace ze dne { $date }
update-now = Aktualizovat teď
update-done = Vaše informace byly aktualizovány.
update-share-done = Aktualizace byla uložena jako soubor. Můžete ji předat dalším lidem.
today-update-ready = Aktualizace je připravena: { $value }
today-update-open = Zobrazit aktualizaci
