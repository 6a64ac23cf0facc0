## Wegwijs képernyők — magyar fordítás.

## Navigáció
nav-today = Ma
nav-checklist = Teendők
nav-rights = Jogok
nav-local = Helyben
nav-search = Keresés
nav-settings = Beállítások

## Általános műveletek
action-next = Tovább
action-back = Vissza
action-skip = Kihagyás
action-save = Mentés
action-cancel = Mégse
action-close = Bezárás
action-confirm = Igen, tovább
action-undo = Visszavonás
action-retry = Újra
loading = Betöltés…
works-offline = Internet nélkül is működik.

## Első indítás
welcome-title = Üdvözli a Wegwijs
welcome-text = Az Ön jogai, első lépései és helyi segítség Hollandiában. Az Ön nyelvén, internet nélkül is.
choose-language = Válasszon nyelvet
choose-municipality = Hol lakik?
municipality-search = Írja be a városa nevét
municipality-not-listed = A városom nincs a listán
dates-title = Az Ön dátumai
dates-help = Ezekkel a dátumokkal mutatjuk meg a határidőit. Később módosíthatja őket.
stay-title = Meddig marad Hollandiában?
children-title = Van 18 év alatti gyermeke?
setup-can-change-later = Ezt kihagyhatja, és később módosíthatja a Beállításokban.
setup-finish = Kezdés

## Ma
today-title = Ma
today-next-steps = A következő lépései
today-alerts = Fontos közlemények
today-no-steps = Nincs nyitott teendő. Szép munka!
today-see-checklist = A teljes lista megtekintése

## Teendőlista
checklist-title = Az első hetei
checklist-read-more = Olvasson többet a jogairól
checklist-local-help = Helyi segítség

## Jogok
rights-title = Az Ön jogai és kötelezettségei
topic-registration = Bejelentkezés
topic-id = Személyazonosító okmány
topic-work = Munka és szerződés
topic-wages = Bér
topic-housing = Lakhatás
topic-health = Egészség és biztosítás
topic-family = Család és gyermekek
topic-benefits = Ellátások és támogatások
topic-money = Pénz és bank
topic-education = Iskola
topic-language = Holland nyelvtanulás
topic-help = Segítség és bejelentés
topic-leaving = Hollandia elhagyása
topic-emergency = Vészhelyzet
topic-community = Közösség
topic-municipality = Település

## Helyben
local-title = Az Ön településén
local-services = Szolgáltatások
local-events = Események
local-alerts = Közlemények
local-take-part = Találkozás és részvétel
local-take-part-intro = Találkozóhelyek, kezdeményezések, klubok és nyelvi kávézók az önkormányzatodban.
local-take-part-how = Hogyan működik Hollandiában
local-take-part-none = Ehhez az önkormányzathoz még nincs helyi információnk. Az alábbi cikkek elmondják, hogyan találod meg.
checklist-optional-title = Ismerkedj és vegyél részt
checklist-optional-intro = Választható lépések határidő nélkül. Akkor csináld, amikor készen állsz.
step-hide = Elrejtés
step-hidden = Elrejtett lépések
step-show = Újra mutat
today-take-part = Egy lépés az ismerkedéshez
today-take-part-intro = A sürgős lépéseid készen vannak. Ha készen állsz, próbáld ki ezt.
local-choose-municipality = Válassza ki a települését a Beállításokban, hogy lássa a helyi segítséget.
event-when = Mikor

## Beállítások
settings-title = Beállítások
settings-profile = Az Ön adatai
settings-wifi-only = Frissítések letöltése csak Wi-Fi-n
settings-text-size = Szövegméret
text-size-normal = Normál
text-size-large = Nagy
text-size-larger = Nagyon nagy
settings-high-contrast = Nagy kontraszt
settings-export = Adataim exportálása
settings-export-done = Az adatait fájlba mentettük.
settings-delete = Minden adatom törlése
settings-delete-confirm = Törli az adatait, a teendőlistát és a beállításokat erről a telefonról? Ez nem vonható vissza.
settings-delete-done = Minden adatát töröltük.
settings-about = A Wegwijs névjegye
about-version = Alkalmazás verziója
about-content-version = Információ verziója
about-licences = Nyílt forráskódú licencek
saved = Mentve

## Felolvasás
read-aloud = Felolvasás
stop-reading = Felolvasás leállítása
no-voice = A telefonján nincs hang ehhez a nyelvhez.
pause-reading = Szünet
resume-reading = Felolvasás folytatása
voice-instead-en = A telefonja fel tudja olvasni az angol változatot.
voice-instead-nl = A telefonja fel tudja olvasni a holland változatot.
read-english-aloud = Az angol változat felolvasása
read-dutch-aloud = A holland változat felolvasása

## Frissítések
settings-updates = Információk frissítése
update-how = Az alkalmazás megnézi, van-e frissítés, amikor megnyitja. Semmit nem tölt le, amíg nem kéri.
update-last-check = Utolsó ellenőrzés: { $date }
update-never-checked = Még nem kerestünk frissítést.
update-check = Frissítések keresése
update-download-size = { $value } letöltendő
update-up-to-date = Önnél a legfrissebb információ van.
update-could-not-check = Nem sikerült újabb információt keresni. A(z) { $date } napi információt látja.
update-import-file = Frissítőfájl importálása
update-share-file = Frissítőfájl megosztása
update-content-date = Az információ dátuma: { $date }
update-now = Frissítés most
update-done = Az információi frissültek.
update-share-done = A frissítés fájlként el lett mentve. Továbbadhatja másoknak.
today-update-ready = Egy frissítés készen áll: { $value }
today-update-open = Frissítés megnézése
