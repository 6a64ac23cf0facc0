## Wegwijs — pranešimai lietuvių kalba (vertimas).

app-name = Wegwijs
app-tagline = Susigaudyk Nyderlanduose

## Klaidos
error-content-corrupt = Nepavyko nuskaityti programėlės informacijos. Ji bus atkurta iš kopijos programėlėje. Jūsų duomenys saugūs.
error-content-invalid = Šiame turinyje yra klaidų, todėl jis nebuvo naudojamas.
error-user-data-corrupt = Nepavyko nuskaityti jūsų išsaugotų duomenų. Failas nepakeistas. Prieš iš naujo įdiegdami programėlę, paprašykite pagalbos.
error-user-data-newer = Jūsų išsaugoti duomenys yra iš naujesnės Wegwijs versijos. Atnaujinkite programėlę, kad galėtumėte juos naudoti.
error-invalid-date = „{ $value }“ nėra tinkama data. Naudokite formatą MMMM-MM-DD, pavyzdžiui, 2026-11-20.
error-unknown-item = Šio puslapio (jau) nėra.
error-unknown-language = Ši kalba neprieinama.
error-unknown-municipality = Šios savivaldybės programėlėje dar nėra.
error-database = Įrašant arba skaitant įvyko klaida. Bandykite dar kartą.
error-io = Nepavyko nuskaityti arba įrašyti failo. Patikrinkite, ar telefone yra laisvos vietos.
error-speech = Nepavyko perskaityti balsu. Bandykite dar kartą arba perskaitykite tekstą patys.

## Rūšys ir vertimo būsena
kind-right = Teisės ir pareigos
kind-service = Vietinė pagalba
kind-task = Sąrašo žingsnis
kind-alert = Svarbus pranešimas
kind-event = Renginys
state-reference = Oficialus tekstas
state-machine = Mašininis vertimas - žmogus jo nepatikrino. Galioja olandų ir anglų kalbų tekstai.
state-translated = Išversta, dar nepatikrinta. Galioja olandų ir anglų kalbų tekstai.
state-reviewed = Išversta ir patikrinta
show-reference-text = Rodyti tekstą anglų kalba
show-dutch-text = Rodyti tekstą olandų kalba
sample-content = Pavyzdinis turinys: savivaldybė jo dar nepatvirtino.

## Žingsnių sąrašas
task-todo = Reikia padaryti
task-done = Atlikta
task-not-applicable = Man netaikoma
due-today = Terminas šiandien
due-in-days = { $days ->
    [1] Terminas rytoj
    [one] Terminas po { $days } dienos
    [few] Terminas po { $days } dienų
    [many] Terminas po { $days } dienos
   *[other] Terminas po { $days } dienų
}
due-overdue = { $days ->
    [one] Vėluojama { $days } dieną
    [few] Vėluojama { $days } dienas
    [many] Vėluojama { $days } dienos
   *[other] Vėluojama { $days } dienų
}
due-on = Terminas: { $date }
reminder-notification-title = Jūsų laukia vienas žingsnis
deadline-legal = Šį terminą nustato įstatymas.
deadline-advice = Mūsų patarimas, ne įstatymo terminas.
needs-arrival-date = Įveskite atvykimo datą, kad pamatytumėte terminą.
needs-work-start-date = Įveskite pirmąją darbo dieną, kad pamatytumėte terminą.
why-it-matters = Kodėl tai svarbu
mark-done = Pažymėti kaip atliktą
mark-todo = Pažymėti kaip neatliktą
mark-not-applicable = Man tai netaikoma
checklist-all-done = Visi žingsniai atlikti. Puiku!

## Profilis
stay-short = Trumpiau nei 4 mėnesius
stay-long = Ilgiau nei 4 mėnesius
stay-unsure = Dar nežinau
profile-arrival = Atvykimo į Nyderlandus data
profile-work-start = Pirmoji darbo diena
profile-stay = Kiek laiko būsite?
profile-children-in-nl = Vaikai iki 18 metų, gyvenantys Nyderlanduose
profile-children-abroad = Vaikai iki 18 metų, gyvenantys kitoje šalyje
profile-agency = Dirbu per laikinojo įdarbinimo agentūrą (uitzendbureau)
profile-language = Kalba
profile-municipality = Savivaldybė, kurioje gyvenate

## Teisės, šaltiniai, sumos
source = Šaltinis
sources = Oficialūs šaltiniai
verified-on = Patikrinta { $date }
valid-from = Nuo { $date }
valid-until = Iki { $date }
amount-secondary = Ši suma gali pasikeisti. Patikrinkite oficialiame puslapyje.
related-items = Taip pat žiūrėkite

## Vietinės paslaugos
open-now = Dabar atidaryta
closed-now = Dabar uždaryta
hours-unknown = Darbo laikas nežinomas. Patikrinkite prieš eidami.
holiday-hours-differ = Švenčių dienomis darbo laikas gali skirtis.
opens-at = Atsidaro { $time }
opens-on = Atsidaro: { $day }, { $time }
closes-at = Užsidaro { $time }
public-holiday = Valstybinė šventė
appointment-needed = Pirma užsiregistruokite vizitui.
languages-spoken = Kalbos, kuriomis kalbama
call = Skambinti
send-email = Siųsti el. laišką
website = Svetainė
open-in-maps = Atidaryti žemėlapyje
no-local-services = Šiai savivaldybei vietinės informacijos dar nėra.

## Paieška
search-placeholder = Ieškokite, pavyzdžiui, „vaiko išmoka“
search-no-results = Nieko nerasta. Pabandykite kitą žodį.
search-results = { $days ->
    [one] { $days } rezultatas
    [few] { $days } rezultatai
    [many] { $days } rezultato
   *[other] { $days } rezultatų
}

## Turinio būsena
content-updated-on = Informacija atnaujinta { $date }
