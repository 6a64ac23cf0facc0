## Wegwijs — English reference messages. Every other locale has exactly these ids.
## Variables: { $value } text, { $days } a number, { $date } a date already formatted.

app-name = Wegwijs
app-tagline = Know your way in the Netherlands

## Errors (codes returned by the core; { $value } is what was wrong, when known)
error-content-corrupt = The app's information could not be read. It will be restored from the copy inside the app. Your own data is safe.
error-content-invalid = This content has errors and was not used.
error-user-data-corrupt = Your saved data could not be read. The file was not changed. Ask for help before you reinstall the app.
error-user-data-newer = Your saved data comes from a newer version of Wegwijs. Update the app to use it.
error-invalid-date = “{ $value }” is not a valid date. Use the format YYYY-MM-DD, for example 2026-11-20.
error-unknown-item = This page does not exist (any more).
error-unknown-language = This language is not available.
error-unknown-municipality = This municipality is not in the app yet.
error-database = Something went wrong while saving or reading. Try again.
error-io = A file could not be read or written. Check that there is free space on your phone.
error-speech = Reading aloud did not work. Try again, or read the text yourself.

## Item kinds and translation states
kind-right = Rights and obligations
kind-service = Local help
kind-task = Checklist step
kind-alert = Important notice
kind-event = Event
state-reference = Official text
state-machine = Machine translation - not checked by a person. The Dutch and English texts count.
state-translated = Translated, not yet checked. The Dutch and English texts count.
state-reviewed = Translated and checked
show-reference-text = Show English text
show-dutch-text = Show Dutch text
sample-content = Example content: not yet confirmed by the municipality.

## Checklist
task-todo = To do
task-done = Done
task-not-applicable = Does not apply to me
due-today = Due today
due-in-days = { $days ->
    [one] Due tomorrow
   *[other] Due in { $days } days
}
due-overdue = { $days ->
    [one] 1 day late
   *[other] { $days } days late
}
due-on = Deadline: { $date }
# The title of a reminder notification, shown on a locked screen: it must not name the step.
reminder-notification-title = You have a step due
deadline-legal = The law sets this deadline.
deadline-advice = Our advice, not a legal deadline.
needs-arrival-date = Enter your arrival date to see the deadline.
needs-work-start-date = Enter your first working day to see the deadline.
why-it-matters = Why it matters
mark-done = Mark as done
mark-todo = Mark as not done
mark-not-applicable = This does not apply to me
checklist-all-done = All steps are done. Well done!

## Profile
stay-short = Shorter than 4 months
stay-long = Longer than 4 months
stay-unsure = I don't know yet
profile-arrival = Arrival date in the Netherlands
profile-work-start = First working day
profile-stay = How long will you stay?
profile-children-in-nl = Children under 18 living in the Netherlands
profile-children-abroad = Children under 18 living in another country
profile-agency = I work through an employment agency
profile-language = Language
profile-municipality = Municipality where you live

## Rights, sources, amounts
source = Source
sources = Official sources
verified-on = Checked on { $date }
valid-from = From { $date }
valid-until = Until { $date }
amount-secondary = This amount can change. Check the official page.
related-items = See also

## Local services
open-now = Open now
closed-now = Closed now
hours-unknown = Opening hours not known. Check before you go.
holiday-hours-differ = Hours on public holidays may differ.
opens-at = Opens at { $time }
opens-on = Opens: { $day }, { $time }
closes-at = Closes at { $time }
public-holiday = Public holiday
appointment-needed = Make an appointment first.
languages-spoken = Languages spoken
call = Call
send-email = Send e-mail
website = Website
open-in-maps = Open in maps
no-local-services = There is no local information for this municipality yet.

## Search
search-placeholder = Search, for example “child benefit”
search-no-results = Nothing found. Try another word.
search-results = { $days ->
    [one] 1 result
   *[other] { $days } results
}

## Content status
content-updated-on = Information updated on { $date }
