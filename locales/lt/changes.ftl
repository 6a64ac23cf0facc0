## What an update brought: Today's summary, the marks in lists, an item page.
what-changed-title = Atnaujinta: pakeista: { $changed }, nauja: { $new }
what-changed-date = Nauja informacija šiame telefone gauta { $date }.
what-changed-more = Kitos temos su naujienomis: { $count }. Sąrašuose jos pažymėtos „atnaujinta“ arba „nauja“.
changed-badge-updated = atnaujinta
changed-badge-new = nauja
item-updated-on = Atnaujinta šiame telefone { $date }.
