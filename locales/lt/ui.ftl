## Wegwijs ekranai — vertimas į lietuvių kalbą.

## Navigacija
nav-today = Šiandien
nav-checklist = Žingsniai
nav-rights = Teisės
nav-local = Vietoje
nav-search = Paieška
nav-settings = Parinktys

## Bendri veiksmai
action-next = Toliau
action-back = Atgal
action-skip = Praleisti
action-save = Išsaugoti
action-cancel = Atšaukti
action-close = Uždaryti
action-confirm = Taip, tęsti
action-undo = Anuliuoti
action-retry = Bandyti dar kartą
loading = Įkeliama…
works-offline = Veikia ir be interneto.

## Pirmas paleidimas
welcome-title = Sveiki atvykę į Wegwijs
welcome-text = Jūsų teisės, pirmieji žingsniai ir vietinė pagalba Nyderlanduose. Jūsų kalba, ir be interneto.
choose-language = Pasirinkite kalbą
choose-municipality = Kur gyvenate?
municipality-search = Įrašykite savo miesto pavadinimą
municipality-not-listed = Mano miesto sąraše nėra
dates-title = Jūsų datos
dates-help = Pagal šias datas rodome jūsų terminus. Vėliau galėsite jas pakeisti.
stay-title = Kiek laiko būsite Nyderlanduose?
children-title = Ar turite vaikų iki 18 metų?
setup-can-change-later = Galite tai praleisti ir pakeisti vėliau nustatymuose.
setup-finish = Pradėti

## Šiandien
today-title = Šiandien
today-next-steps = Jūsų kiti žingsniai
today-alerts = Svarbūs pranešimai
today-no-steps = Neatliktų žingsnių nėra. Puiku!
today-see-checklist = Žiūrėti visą sąrašą

## Žingsnių sąrašas
checklist-title = Jūsų pirmosios savaitės
checklist-read-more = Skaitykite daugiau apie savo teises
checklist-local-help = Vietinė pagalba

## Teisės
rights-title = Jūsų teisės ir pareigos
topic-registration = Registracija
topic-id = Asmens dokumentas
topic-work = Darbas ir sutartis
topic-wages = Darbo užmokestis
topic-housing = Būstas
topic-health = Sveikata ir draudimas
topic-family = Šeima ir vaikai
topic-benefits = Išmokos ir pašalpos
topic-money = Pinigai ir bankas
topic-education = Mokykla
topic-language = Olandų kalbos mokymasis
topic-help = Pagalba ir pranešimai
topic-leaving = Išvykimas iš Nyderlandų
topic-emergency = Skubi pagalba
topic-community = Bendruomenė
topic-municipality = Savivaldybė

## Vietoje
local-title = Jūsų savivaldybėje
local-services = Paslaugos
local-events = Renginiai
local-alerts = Pranešimai
local-take-part = Susitikti ir dalyvauti
local-take-part-intro = Susitikimų vietos, iniciatyvos, klubai ir kalbų kavinės jūsų savivaldybėje.
local-take-part-how = Kaip tai veikia Nyderlanduose
local-take-part-none = Šiai savivaldybei dar neturime vietinės informacijos. Toliau esantys straipsniai paaiškina, kaip ją rasti.
checklist-optional-title = Susipažinkite su žmonėmis ir dalyvaukite
checklist-optional-intro = Papildomi žingsniai be termino. Atlikite juos, kai būsite pasiruošę.
step-hide = Slėpti
step-hidden = Paslėpti žingsniai
step-show = Rodyti vėl
today-take-part = Žingsnis susipažinti su žmonėmis
today-take-part-intro = Jūsų skubūs žingsniai atlikti. Kai būsite pasiruošę, išbandykite tai.
local-choose-municipality = Pasirinkite savo savivaldybę nustatymuose, kad matytumėte vietinę pagalbą.
event-when = Kada

## Nustatymai
settings-title = Nustatymai
settings-profile = Jūsų duomenys
settings-wifi-only = Atnaujinimus siųsti tik per Wi-Fi
settings-text-size = Teksto dydis
text-size-normal = Įprastas
text-size-large = Didelis
text-size-larger = Labai didelis
settings-high-contrast = Didelis kontrastas
settings-export = Eksportuoti mano duomenis
settings-export-done = Jūsų duomenys išsaugoti faile.
settings-delete = Ištrinti visus mano duomenis
settings-delete-confirm = Ištrinti jūsų duomenis, sąrašą ir nustatymus iš šio telefono? To nebus galima atšaukti.
settings-delete-done = Visi jūsų duomenys ištrinti.
settings-about = Apie Wegwijs
about-version = Programėlės versija
about-content-version = Informacijos versija
about-licences = Atvirojo kodo licencijos
saved = Išsaugota

## Skaitymas balsu
read-aloud = Skaityti balsu
stop-reading = Sustabdyti skaitymą
no-voice = Jūsų telefone nėra balso šiai kalbai.
pause-reading = Pristabdyti
resume-reading = Tęsti skaitymą
voice-instead-en = Jūsų telefonas gali balsu perskaityti versiją anglų kalba.
voice-instead-nl = Jūsų telefonas gali balsu perskaityti versiją olandų kalba.
read-english-aloud = Skaityti balsu versiją anglų kalba
read-dutch-aloud = Skaityti balsu versiją olandų kalba

## Atnaujinimai
settings-updates = Informacijos atnaujinimai
update-how = Programėlė tikrina atnaujinimus, kai ją atidarote. Nieko neatsisiunčia jūsų nepaklaususi.
update-last-check = Paskutinį kartą tikrinta: { $date }
update-never-checked = Atnaujinimų dar netikrinta.
update-check = Tikrinti atnaujinimus
update-download-size = Reikia atsisiųsti { $value }
update-up-to-date = Turite naujausią informaciją.
update-could-not-check = Nepavyko patikrinti naujesnės informacijos. Matote { $date } informaciją.
update-import-file = Importuoti atnaujinimo failą
update-share-file = Bendrinti atnaujinimo failą
update-content-date = Informacija iš { $date }
update-now = Atnaujinti dabar
update-done = Jūsų informacija atnaujinta.
update-share-done = Atnaujinimas išsaugotas kaip failas. Galite jį perduoti kitiems.
today-update-ready = Atnaujinimas paruoštas: { $value }
today-update-open = Žiūrėti atnaujinimą
