## Wegwijs app screens — English reference. Keep sentences short (B1), second person.

## Navigation
nav-today = Today
nav-checklist = Checklist
nav-rights = Rights
nav-local = Local
nav-search = Search
nav-settings = Settings

## Common actions
action-next = Next
action-back = Back
action-skip = Skip
action-save = Save
action-cancel = Cancel
action-close = Close
action-confirm = Yes, continue
action-undo = Undo
action-retry = Try again
loading = Loading…
works-offline = Works without internet.

## First run
welcome-title = Welcome to Wegwijs
welcome-text = Your rights, your first steps and local help in the Netherlands. In your language, also without internet.
choose-language = Choose your language
choose-municipality = Where do you live?
municipality-search = Type the name of your town
municipality-not-listed = My town is not in the list
dates-title = Your dates
dates-help = We use these dates to show your deadlines. You can change them later.
stay-title = How long will you stay in the Netherlands?
children-title = Do you have children under 18?
setup-can-change-later = You can skip this and change it later in Settings.
setup-finish = Start

## Today
today-title = Today
today-next-steps = Your next steps
today-alerts = Important notices
today-no-steps = No open steps. Well done!
today-see-checklist = See the whole checklist

## Checklist
checklist-title = Your first weeks
checklist-read-more = Read more about your rights
checklist-local-help = Local help

## Rights
rights-title = Your rights and obligations
topic-registration = Registration
topic-id = Identity document
topic-work = Work and contract
topic-wages = Wages
topic-housing = Housing
topic-health = Health and insurance
topic-family = Family and children
topic-benefits = Benefits and allowances
topic-money = Money and bank
topic-education = School
topic-language = Learning Dutch
topic-help = Help and reporting
topic-leaving = Leaving the Netherlands
topic-emergency = Emergency
topic-community = Community
topic-municipality = Municipality

## Local
local-title = In your municipality
local-services = Services
local-events = Events
local-alerts = Notices
local-take-part = Meet and take part
local-take-part-intro = Meeting places, initiatives, clubs and language cafés in your municipality.
local-take-part-how = How it works in the Netherlands
local-take-part-none = We have no local entries for this municipality yet. The articles below explain how to find them.
checklist-optional-title = Meet and take part
checklist-optional-intro = Optional steps without a deadline. Do them when you are ready.
step-hide = Hide
step-hidden = Hidden steps
step-show = Show again
today-take-part = A step to meet people
today-take-part-intro = Your urgent steps are done. When you are ready, try this.
local-choose-municipality = Choose your municipality in Settings to see local help.
event-when = When

## Settings
settings-title = Settings
settings-profile = Your details
settings-wifi-only = Download updates only on Wi-Fi
settings-text-size = Text size
text-size-normal = Normal
text-size-large = Large
text-size-larger = Very large
settings-high-contrast = High contrast
settings-export = Export my data
settings-export-done = Your data was saved as a file.
settings-delete = Delete all my data
settings-delete-confirm = Delete your details, checklist and settings from this phone? This cannot be undone.
settings-delete-done = All your data was deleted.
settings-about = About Wegwijs
about-version = App version
about-content-version = Information version
about-licences = Open-source licences
saved = Saved

## Read aloud
read-aloud = Read aloud
stop-reading = Stop reading
no-voice = Your phone has no voice for this language.
pause-reading = Pause
resume-reading = Continue reading
voice-instead-en = Your phone can read the English version aloud.
voice-instead-nl = Your phone can read the Dutch version aloud.
read-english-aloud = Read the English version aloud
read-dutch-aloud = Read the Dutch version aloud

## Updates (Settings and Today)
settings-updates = Information updates
update-how = Updates are checked when you open the app. Nothing is downloaded without asking you.
update-last-check = Last checked: { $date }
update-never-checked = Not checked for updates yet.
update-check = Check for updates
update-download-size = { $value } to download
update-up-to-date = Your information is up to date.
update-could-not-check = Could not check for newer information. You see the information from { $date }.
update-import-file = Import an update file
update-share-file = Share this update
update-content-date = Information from { $date }
update-now = Update now
update-done = Your information was updated.
update-share-done = The update was saved as a file. You can pass it on to others.
today-update-ready = An update is ready: { $value }
today-update-open = See the update
