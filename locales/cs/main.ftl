## Wegwijs — zprávy v češtině (překlad).

app-name = Wegwijs
app-tagline = Vyznejte se v Nizozemsku

## Chyby
error-content-corrupt = Informace v aplikaci se nepodařilo načíst. Budou obnoveny z kopie v aplikaci. Vaše data jsou v bezpečí.
error-content-invalid = Tento obsah obsahuje chyby, a proto nebyl použit.
error-user-data-corrupt = Vaše uložená data se nepodařilo načíst. Soubor nebyl změněn. Než aplikaci znovu nainstalujete, požádejte o pomoc.
error-user-data-newer = Vaše uložená data pocházejí z novější verze Wegwijs. Aktualizujte aplikaci, abyste je mohli použít.
error-invalid-date = „{ $value }“ není platné datum. Použijte formát RRRR-MM-DD, například 2026-11-20.
error-unknown-item = Tato stránka (už) neexistuje.
error-unknown-language = Tento jazyk není k dispozici.
error-unknown-municipality = Tato obec v aplikaci zatím není.
error-database = Při ukládání nebo čtení se něco pokazilo. Zkuste to znovu.
error-io = Soubor se nepodařilo načíst nebo zapsat. Zkontrolujte, zda máte v telefonu volné místo.
error-speech = Čtení nahlas nefungovalo. Zkuste to znovu, nebo si text přečtěte sami.

## Druhy a stav překladu
kind-right = Práva a povinnosti
kind-service = Místní pomoc
kind-task = Krok na seznamu
kind-alert = Důležité oznámení
kind-event = Akce
state-reference = Oficiální text
state-machine = Strojový překlad - nezkontroloval ho člověk. Platí nizozemský a anglický text.
state-translated = Přeloženo, zatím nezkontrolováno. Platí nizozemský a anglický text.
state-reviewed = Přeloženo a zkontrolováno
show-reference-text = Zobrazit anglický text
show-dutch-text = Zobrazit nizozemský text
sample-content = Ukázkový obsah: obec ho zatím nepotvrdila.

## Seznam kroků
task-todo = Udělat
task-done = Hotovo
task-not-applicable = Netýká se mě
due-today = Termín dnes
due-in-days = { $days ->
    [1] Termín zítra
    [one] Termín za { $days } den
    [few] Termín za { $days } dny
    [many] Termín za { $days } dne
   *[other] Termín za { $days } dní
}
due-overdue = { $days ->
    [one] { $days } den po termínu
    [few] { $days } dny po termínu
    [many] { $days } dne po termínu
   *[other] { $days } dní po termínu
}
due-on = Termín: { $date }
reminder-notification-title = Čeká vás jeden krok
deadline-legal = Tento termín stanoví zákon.
deadline-advice = Naše rada, ne zákonný termín.
needs-arrival-date = Zadejte datum příjezdu, abyste viděli termín.
needs-work-start-date = Zadejte první pracovní den, abyste viděli termín.
why-it-matters = Proč je to důležité
mark-done = Označit jako hotové
mark-todo = Označit jako nehotové
mark-not-applicable = Toto se mě netýká
checklist-all-done = Všechny kroky jsou hotové. Výborně!

## Profil
stay-short = Kratší než 4 měsíce
stay-long = Delší než 4 měsíce
stay-unsure = Ještě nevím
profile-arrival = Datum příjezdu do Nizozemska
profile-work-start = První pracovní den
profile-stay = Jak dlouho zůstanete?
profile-children-in-nl = Děti do 18 let, které žijí v Nizozemsku
profile-children-abroad = Děti do 18 let, které žijí v jiné zemi
profile-agency = Pracuji přes agenturu práce
profile-language = Jazyk
profile-municipality = Obec, ve které bydlíte

## Práva, zdroje, částky
source = Zdroj
sources = Oficiální zdroje
verified-on = Zkontrolováno { $date }
valid-from = Od { $date }
valid-until = Do { $date }
amount-secondary = Tato částka se může změnit. Ověřte si ji na oficiální stránce.
related-items = Viz také

## Místní služby
open-now = Nyní otevřeno
closed-now = Nyní zavřeno
hours-unknown = Otevírací doba není známa. Ověřte si ji, než půjdete.
holiday-hours-differ = Ve svátky může být otevírací doba jiná.
opens-at = Otevírá v { $time }
opens-on = Otevírá: { $day }, { $time }
closes-at = Zavírá v { $time }
public-holiday = Státní svátek
appointment-needed = Nejprve si domluvte schůzku.
languages-spoken = Jazyky, kterými se mluví
call = Zavolat
send-email = Poslat e-mail
website = Webová stránka
open-in-maps = Otevřít v mapách
no-local-services = Pro tuto obec zatím nejsou místní informace.

## Hledání
search-placeholder = Hledejte, například „přídavky na děti“
search-no-results = Nic nenalezeno. Zkuste jiné slovo.
search-results = { $days ->
    [one] { $days } výsledek
    [few] { $days } výsledky
    [many] { $days } výsledku
   *[other] { $days } výsledků
}

## Stav obsahu
content-updated-on = Informace aktualizovány { $date }
