## What an update brought: Today's summary, the marks in lists, an item page.
what-changed-title = Bijgewerkt: { $changed } gewijzigd, { $new } nieuw
what-changed-date = Op { $date } kwam er nieuwe informatie op deze telefoon.
what-changed-more = Andere onderwerpen met nieuws: { $count }. In de lijsten staat erbij “bijgewerkt” of “nieuw”.
changed-badge-updated = bijgewerkt
changed-badge-new = nieuw
item-updated-on = Bijgewerkt op deze telefoon op { $date }.
