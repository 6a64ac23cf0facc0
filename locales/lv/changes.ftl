## What an update brought: Today's summary, the marks in lists, an item page.
what-changed-title = Atjaunināts: mainīti: { $changed }, jauni: { $new }
what-changed-date = Jauna informācija šajā tālrunī saņemta { $date }.
what-changed-more = Citas tēmas ar jaunumiem: { $count }. Sarakstos tās atzīmētas ar “atjaunināts” vai “jauns”.
changed-badge-updated = atjaunināts
changed-badge-new = jauns
item-updated-on = Atjaunināts šajā tālrunī { $date }.
