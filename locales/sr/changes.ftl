## What an update brought: Today's summary, the marks in lists, an item page.
what-changed-title = Ažurirano: promenjeno: { $changed }, novo: { $new }
what-changed-date = Nove informacije su stigle na ovaj telefon { $date }.
what-changed-more = Ostale teme sa novostima: { $count }. Na spiskovima su označene sa „ažurirano” ili „novo”.
changed-badge-updated = ažurirano
changed-badge-new = novo
item-updated-on = Ažurirano na ovom telefonu { $date }.
