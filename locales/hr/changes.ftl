## What an update brought: Today's summary, the marks in lists, an item page.
what-changed-title = Ažurirano: promijenjeno: { $changed }, novo: { $new }
what-changed-date = Nove informacije stigle su na ovaj telefon { $date }.
what-changed-more = Ostale teme s novostima: { $count }. Na popisima su označene s „ažurirano” ili „novo”.
changed-badge-updated = ažurirano
changed-badge-new = novo
item-updated-on = Ažurirano na ovom telefonu { $date }.
