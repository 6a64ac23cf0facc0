## What an update brought: Today's summary, the marks in lists, an item page.
what-changed-title = Frissítés: módosult: { $changed }, új: { $new }
what-changed-date = Új információ érkezett erre a telefonra: { $date }.
what-changed-more = További témák újdonsággal: { $count }. A listákban „frissítve” vagy „új” jelzést kaptak.
changed-badge-updated = frissítve
changed-badge-new = új
item-updated-on = Frissítve ezen a telefonon: { $date }.
