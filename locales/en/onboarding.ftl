## Onboarding links, the printed sheet, reminders and the calendar.

error-invalid-link = This is not a valid Wegwijs link. Nothing was changed. (Problem: { $value })
onboard-title = Set up with a link
onboard-paste = Paste the link you got from your employer or municipality
onboard-use-link = Use this link
onboard-confirm-title = Check your details
onboard-confirm-text = These details come from the link. Check them, change what is wrong, then tap Start.
onboard-from = From: { $value }
employer-contact = Contact: { $value }
sheet-title = Your first weeks in the Netherlands
sheet-scan = Scan this code with the camera of your phone.
sheet-install-title = How to start
sheet-install-1 = Install the Wegwijs app from your app store.
sheet-install-2 = Scan the code. Your details are filled in.
sheet-install-3 = Check your details and tap Start. The app also works without internet.
sheet-first-steps = Your first steps
sheet-no-dates = Enter your dates in the app to see your deadlines.
sheet-rule-arrival-now = From the day you arrive
sheet-rule-arrival-days = { $days ->
    [one] Within { $days } day of arriving
   *[other] Within { $days } days of arriving
}
sheet-rule-arrival-months = { $months ->
    [one] Within { $months } month of arriving
   *[other] Within { $months } months of arriving
}
sheet-rule-work-start-now = From your first working day
sheet-rule-work-start-days = { $days ->
    [one] Within { $days } day of your first working day
   *[other] Within { $days } days of your first working day
}
sheet-rule-work-start-months = { $months ->
    [one] Within { $months } month of your first working day
   *[other] Within { $months } months of your first working day
}
sheet-made-on = Made on { $date }. The app has the newest information.
poster-title = Wegwijs: your guide in { $value }
poster-lead = Your first steps, your rights and local help, in your own language.
settings-reminders = Remind me before deadlines
settings-calendar-export = Add my deadlines to my calendar
settings-calendar-export-done = Saved as a calendar file: { $value }
calendar-name = Wegwijs: your first weeks
onboard-scan = Scan the QR code
