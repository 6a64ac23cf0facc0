## Obrazovky Wegwijs — preklad do slovenčiny.

## Navigácia
nav-today = Dnes
nav-checklist = Kroky
nav-rights = Práva
nav-local = V okolí
nav-search = Hľadať
nav-settings = Nastavenia

## Spoločné akcie
action-next = Ďalej
action-back = Späť
action-skip = Preskočiť
action-save = Uložiť
action-cancel = Zrušiť
action-close = Zavrieť
action-confirm = Áno, pokračovať
action-undo = Vrátiť späť
action-retry = Skúsiť znova
loading = Načítava sa…
works-offline = Funguje aj bez internetu.

## Prvé spustenie
welcome-title = Vitajte vo Wegwijs
welcome-text = Vaše práva, vaše prvé kroky a miestna pomoc v Holandsku. Vo vašom jazyku, aj bez internetu.
choose-language = Vyberte jazyk
choose-municipality = Kde bývate?
municipality-search = Napíšte názov svojho mesta
municipality-not-listed = Moje mesto nie je v zozname
dates-title = Vaše dátumy
dates-help = Podľa týchto dátumov vám ukážeme termíny. Neskôr ich môžete zmeniť.
stay-title = Ako dlho zostanete v Holandsku?
children-title = Máte deti mladšie ako 18 rokov?
setup-can-change-later = Tento krok môžete preskočiť a zmeniť neskôr v Nastaveniach.
setup-finish = Začať

## Dnes
today-title = Dnes
today-next-steps = Vaše ďalšie kroky
today-alerts = Dôležité oznámenia
today-no-steps = Žiadne otvorené kroky. Výborne!
today-see-checklist = Zobraziť celý zoznam

## Zoznam krokov
checklist-title = Vaše prvé týždne
checklist-read-more = Prečítajte si viac o svojich právach
checklist-local-help = Miestna pomoc

## Práva
rights-title = Vaše práva a povinnosti
topic-registration = Registrácia
topic-id = Doklad totožnosti
topic-work = Práca a zmluva
topic-wages = Mzda
topic-housing = Bývanie
topic-health = Zdravie a poistenie
topic-family = Rodina a deti
topic-benefits = Dávky a príspevky
topic-money = Peniaze a banka
topic-education = Škola
topic-language = Učenie sa holandčiny
topic-help = Pomoc a nahlasovanie
topic-leaving = Odchod z Holandska
topic-emergency = Núdzová situácia
topic-community = Komunita
topic-municipality = Obec

## V okolí
local-title = Vo vašej obci
local-services = Služby
local-events = Podujatia
local-alerts = Oznámenia
local-take-part = Stretnutia a zapojenie
local-take-part-intro = Miesta stretnutí, iniciatívy, kluby a jazykové kaviarne vo vašej obci.
local-take-part-how = Ako to funguje v Holandsku
local-take-part-none = Pre túto obec zatiaľ nemáme miestne informácie. Články nižšie vysvetľujú, ako ich nájsť.
checklist-optional-title = Spoznávajte ľudí a zapojte sa
checklist-optional-intro = Voliteľné kroky bez termínu. Urobte ich, keď budete pripravení.
step-hide = Skryť
step-hidden = Skryté kroky
step-show = Znova zobraziť
today-take-part = Krok k spoznaniu ľudí
today-take-part-intro = Vaše naliehavé kroky sú hotové. Keď budete pripravení, skúste toto.
local-choose-municipality = Vyberte svoju obec v Nastaveniach, aby ste videli miestnu pomoc.
event-when = Kedy

## Nastavenia
settings-title = Nastavenia
settings-profile = Vaše údaje
settings-wifi-only = Sťahovať aktualizácie iba cez Wi-Fi
settings-text-size = Veľkosť textu
text-size-normal = Normálna
text-size-large = Veľká
text-size-larger = Veľmi veľká
settings-high-contrast = Vysoký kontrast
settings-export = Exportovať moje údaje
settings-export-done = Vaše údaje boli uložené do súboru.
settings-delete = Vymazať všetky moje údaje
settings-delete-confirm = Vymazať vaše údaje, zoznam krokov a nastavenia z tohto telefónu? Túto akciu nemožno vrátiť.
settings-delete-done = Všetky vaše údaje boli vymazané.
settings-about = O aplikácii Wegwijs
about-version = Verzia aplikácie
about-content-version = Verzia informácií
about-licences = Licencie open source
saved = Uložené

## Čítanie nahlas
read-aloud = Čítať nahlas
stop-reading = Zastaviť čítanie
no-voice = Váš telefón nemá hlas pre tento jazyk.
pause-reading = Pozastaviť
resume-reading = Pokračovať v čítaní
voice-instead-en = Váš telefón vie nahlas prečítať anglickú verziu.
voice-instead-nl = Váš telefón vie nahlas prečítať holandskú verziu.
read-english-aloud = Čítať nahlas anglickú verziu
read-dutch-aloud = Čítať nahlas holandskú verziu

## Aktualizácie
settings-updates = Aktualizácie informácií
update-how = Aplikácia hľadá aktualizácie, keď ju otvoríte. Nič sa nesťahuje, kým to nepotvrdíte.
update-last-check = Naposledy skontrolované: { $date }
update-never-checked = Aktualizácie zatiaľ neboli skontrolované.
update-check = Skontrolovať aktualizácie
update-download-size = Na stiahnutie: { $value }
update-up-to-date = Máte najnovšie informácie.
update-could-not-check = Novšie informácie sa nepodarilo skontrolovať. Vidíte informácie zo dňa { $date }.
update-import-file = Importovať súbor s aktualizáciou
update-share-file = Zdieľať súbor s aktualizáciou
update-content-date = Informácie zo dňa { $date }
update-now = Aktualizovať teraz
update-done = Vaše informácie boli aktualizované.
update-share-done = Aktualizácia bola uložená ako súbor. Môžete ju dať ďalším ľuďom.
today-update-ready = Aktualizácia je pripravená: { $value }
today-update-open = Zobraziť aktualizáciu
