## What an update brought: Today's summary, the marks in lists, an item page.
what-changed-title = Aktualizace: změněno: { $changed }, nové: { $new }
what-changed-date = Nové informace přišly do tohoto telefonu { $date }.
what-changed-more = Další témata s novinkami: { $count }. V seznamech mají označení „aktualizováno“ nebo „nové“.
changed-badge-updated = aktualizováno
changed-badge-new = nové
item-updated-on = Aktualizováno v tomto telefonu { $date }.
