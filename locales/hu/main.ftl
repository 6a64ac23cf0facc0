## Wegwijs — magyar üzenetek (fordítás).

app-name = Wegwijs
app-tagline = Igazodj el Hollandiában

## Hibák
error-content-corrupt = Az alkalmazás információit nem sikerült beolvasni. Az alkalmazásban lévő másolatból helyreállítjuk. A saját adatai biztonságban vannak.
error-content-invalid = Ez a tartalom hibás, ezért nem használtuk.
error-user-data-corrupt = A mentett adatait nem sikerült beolvasni. A fájl nem változott. Kérjen segítséget, mielőtt újratelepíti az alkalmazást.
error-user-data-newer = A mentett adatai a Wegwijs egy újabb verziójából származnak. Frissítse az alkalmazást a használatukhoz.
error-invalid-date = „{ $value }” nem érvényes dátum. Használja az ÉÉÉÉ-HH-NN formátumot, például 2026-11-20.
error-unknown-item = Ez az oldal nem létezik (már).
error-unknown-language = Ez a nyelv nem érhető el.
error-unknown-municipality = Ez a település még nincs benne az alkalmazásban.
error-database = Hiba történt mentés vagy olvasás közben. Próbálja újra.
error-io = Egy fájlt nem sikerült beolvasni vagy írni. Ellenőrizze, van-e szabad hely a telefonján.
error-speech = A felolvasás nem sikerült. Próbálja újra, vagy olvassa el a szöveget saját maga.

## Típusok és a fordítás állapota
kind-right = Jogok és kötelezettségek
kind-service = Helyi segítség
kind-task = Teendő a listán
kind-alert = Fontos közlemény
kind-event = Esemény
state-reference = Hivatalos szöveg
state-machine = Gépi fordítás - ember nem ellenőrizte. A holland és az angol szöveg az irányadó.
state-translated = Lefordítva, még nincs ellenőrizve. A holland és az angol szöveg az irányadó.
state-reviewed = Lefordítva és ellenőrizve
show-reference-text = Angol szöveg mutatása
show-dutch-text = Holland szöveg mutatása
sample-content = Mintatartalom: a település még nem erősítette meg.

## Teendőlista
task-todo = Teendő
task-done = Kész
task-not-applicable = Rám nem vonatkozik
due-today = Határidő ma
due-in-days = { $days ->
    [one] Határidő holnap
   *[other] Határidő { $days } nap múlva
}
due-overdue = { $days ->
    [one] 1 nap késés
   *[other] { $days } nap késés
}
due-on = Határidő: { $date }
reminder-notification-title = Egy teendője esedékes
deadline-legal = Ezt a határidőt a törvény írja elő.
deadline-advice = A mi tanácsunk, nem törvényes határidő.
needs-arrival-date = Adja meg az érkezése dátumát, hogy lássa a határidőt.
needs-work-start-date = Adja meg az első munkanapját, hogy lássa a határidőt.
why-it-matters = Miért fontos
mark-done = Megjelölés készként
mark-todo = Megjelölés nem készként
mark-not-applicable = Ez rám nem vonatkozik
checklist-all-done = Minden teendő kész. Szép munka!

## Profil
stay-short = Rövidebb, mint 4 hónap
stay-long = Hosszabb, mint 4 hónap
stay-unsure = Még nem tudom
profile-arrival = Hollandiába érkezés dátuma
profile-work-start = Első munkanap
profile-stay = Meddig marad?
profile-children-in-nl = 18 év alatti gyermekek, akik Hollandiában élnek
profile-children-abroad = 18 év alatti gyermekek, akik másik országban élnek
profile-agency = Munkaerő-kölcsönző ügynökségen keresztül dolgozom
profile-language = Nyelv
profile-municipality = Település, ahol él

## Jogok, források, összegek
source = Forrás
sources = Hivatalos források
verified-on = Ellenőrizve: { $date }
valid-from = Ettől: { $date }
valid-until = Eddig: { $date }
amount-secondary = Ez az összeg változhat. Nézze meg a hivatalos oldalt.
related-items = Lásd még

## Helyi szolgáltatások
open-now = Most nyitva
closed-now = Most zárva
hours-unknown = A nyitvatartás nem ismert. Ellenőrizze, mielőtt odamegy.
holiday-hours-differ = Ünnepnapokon a nyitvatartás eltérhet.
opens-at = Nyitás: { $time }
opens-on = Nyitás: { $day }, { $time }
closes-at = Zárás: { $time }
public-holiday = Munkaszüneti nap
appointment-needed = Előbb kérjen időpontot.
languages-spoken = Beszélt nyelvek
call = Hívás
send-email = E-mail küldése
website = Weboldal
open-in-maps = Megnyitás térképen
no-local-services = Ehhez a településhez még nincs helyi információ.

## Keresés
search-placeholder = Keresés, például „családi pótlék”
search-no-results = Nincs találat. Próbáljon másik szót.
search-results = { $days ->
    [one] 1 találat
   *[other] { $days } találat
}

## A tartalom állapota
content-updated-on = Az információ frissítve: { $date }
