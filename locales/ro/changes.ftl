## What an update brought: Today's summary, the marks in lists, an item page.
what-changed-title = Actualizare: modificate: { $changed }, noi: { $new }
what-changed-date = Informații noi au ajuns pe acest telefon pe { $date }.
what-changed-more = Alte subiecte cu noutăți: { $count }. În liste au eticheta „actualizat” sau „nou”.
changed-badge-updated = actualizat
changed-badge-new = nou
item-updated-on = Actualizat pe acest telefon pe { $date }.
