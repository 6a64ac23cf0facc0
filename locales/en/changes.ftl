## What an update brought: Today's summary, the marks in lists, an item page.
what-changed-title = Updated: { $changed } changed, { $new } new
what-changed-date = New information arrived on this phone on { $date }.
what-changed-more = Other items with news: { $count }. The lists mark them “updated” or “new”.
changed-badge-updated = updated
changed-badge-new = new
item-updated-on = Updated on this phone on { $date }.
