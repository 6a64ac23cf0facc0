## Wegwijs — správy v slovenčine (preklad).

app-name = Wegwijs
app-tagline = Vyznajte sa v Holandsku

## Chyby
error-content-corrupt = Informácie v aplikácii sa nepodarilo načítať. Obnovia sa z kópie v aplikácii. Vaše údaje sú v bezpečí.
error-content-invalid = Tento obsah má chyby, preto nebol použitý.
error-user-data-corrupt = Vaše uložené údaje sa nepodarilo načítať. Súbor sa nezmenil. Skôr ako aplikáciu znova nainštalujete, požiadajte o pomoc.
error-user-data-newer = Vaše uložené údaje pochádzajú z novšej verzie Wegwijs. Aktualizujte aplikáciu, aby ste ich mohli použiť.
error-invalid-date = „{ $value }“ nie je platný dátum. Použite formát RRRR-MM-DD, napríklad 2026-11-20.
error-unknown-item = Táto stránka (už) neexistuje.
error-unknown-language = Tento jazyk nie je k dispozícii.
error-unknown-municipality = Táto obec v aplikácii zatiaľ nie je.
error-database = Pri ukladaní alebo čítaní sa niečo pokazilo. Skúste to znova.
error-io = Súbor sa nepodarilo načítať ani zapísať. Skontrolujte, či máte v telefóne voľné miesto.
error-speech = Čítanie nahlas nefungovalo. Skúste to znova alebo si text prečítajte sami.

## Druhy a stav prekladu
kind-right = Práva a povinnosti
kind-service = Miestna pomoc
kind-task = Krok v zozname
kind-alert = Dôležité oznámenie
kind-event = Podujatie
state-reference = Oficiálny text
state-machine = Strojový preklad - neskontroloval ho človek. Platí holandský a anglický text.
state-translated = Preložené, zatiaľ neskontrolované. Platí holandský a anglický text.
state-reviewed = Preložené a skontrolované
show-reference-text = Zobraziť anglický text
show-dutch-text = Zobraziť holandský text
sample-content = Ukážkový obsah: obec ho zatiaľ nepotvrdila.

## Zoznam krokov
task-todo = Treba urobiť
task-done = Hotovo
task-not-applicable = Netýka sa ma
due-today = Termín dnes
due-in-days = { $days ->
    [1] Termín zajtra
    [one] Termín o { $days } deň
    [few] Termín o { $days } dni
    [many] Termín o { $days } dňa
   *[other] Termín o { $days } dní
}
due-overdue = { $days ->
    [one] { $days } deň po termíne
    [few] { $days } dni po termíne
    [many] { $days } dňa po termíne
   *[other] { $days } dní po termíne
}
due-on = Termín: { $date }
reminder-notification-title = Čaká vás jeden krok
deadline-legal = Tento termín určuje zákon.
deadline-advice = Naša rada, nie zákonný termín.
needs-arrival-date = Zadajte dátum príchodu, aby ste videli termín.
needs-work-start-date = Zadajte prvý pracovný deň, aby ste videli termín.
why-it-matters = Prečo je to dôležité
mark-done = Označiť ako hotové
mark-todo = Označiť ako nehotové
mark-not-applicable = Toto sa ma netýka
checklist-all-done = Všetky kroky sú hotové. Výborne!

## Profil
stay-short = Kratšie ako 4 mesiace
stay-long = Dlhšie ako 4 mesiace
stay-unsure = Ešte neviem
profile-arrival = Dátum príchodu do Holandska
profile-work-start = Prvý pracovný deň
profile-stay = Ako dlho zostanete?
profile-children-in-nl = Deti do 18 rokov, ktoré žijú v Holandsku
profile-children-abroad = Deti do 18 rokov, ktoré žijú v inej krajine
profile-agency = Pracujem cez agentúru práce
profile-language = Jazyk
profile-municipality = Obec, v ktorej bývate

## Práva, zdroje, sumy
source = Zdroj
sources = Oficiálne zdroje
verified-on = Skontrolované { $date }
valid-from = Od { $date }
valid-until = Do { $date }
amount-secondary = Táto suma sa môže zmeniť. Overte si ju na oficiálnej stránke.
related-items = Pozri aj

## Miestne služby
open-now = Teraz otvorené
closed-now = Teraz zatvorené
hours-unknown = Otváracie hodiny nie sú známe. Overte si ich, skôr ako pôjdete.
holiday-hours-differ = Počas sviatkov môžu byť otváracie hodiny iné.
opens-at = Otvára o { $time }
opens-on = Otvára: { $day }, { $time }
closes-at = Zatvára o { $time }
public-holiday = Štátny sviatok
appointment-needed = Najprv si dohodnite termín.
languages-spoken = Jazyky, ktorými sa hovorí
call = Zavolať
send-email = Poslať e-mail
website = Webová stránka
open-in-maps = Otvoriť v mapách
no-local-services = Pre túto obec zatiaľ nie sú miestne informácie.

## Hľadanie
search-placeholder = Hľadajte, napríklad „prídavky na deti“
search-no-results = Nič sa nenašlo. Skúste iné slovo.
search-results = { $days ->
    [one] { $days } výsledok
    [few] { $days } výsledky
    [many] { $days } výsledku
   *[other] { $days } výsledkov
}

## Stav obsahu
content-updated-on = Informácie aktualizované { $date }
