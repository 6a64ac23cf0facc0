## Content updates: errors from the core. Each one says that nothing was changed and what to do.
error-update-unreachable = The app could not reach the update server. Nothing was changed. Your information stays as it is. Check your internet connection and try again later.
error-update-too-large = The update is too large, so the app did not use it. Nothing was changed. Your information stays as it is. Try again later.
error-update-malformed = What the app received is not an update. Nothing was changed. Your information stays as it is. Maybe you need to log in to the Wi-Fi first. Then try again.
error-update-signature = The update does not have a valid signature, so the app did not trust it. Nothing was changed. Your information stays as it is. Try again later, or ask for a new update file.
error-update-rollback = This update is older than the information you have. Nothing was changed. You keep the newer information. You do not need to do anything.
error-update-expired = The app could not check for newer information. Nothing was changed. You see the information you have. Check that the date on your phone is right, and try again later.
error-update-tampered = The update was changed or damaged on the way. Nothing was changed. Your information stays as it is. Try again later, or ask for a new update file.
error-update-not-allowed = The update has information from a sender who may not publish it. Nothing was changed. Your information stays as it is. Try again later.
error-update-inconsistent = The parts of the update do not fit together. Nothing was changed. Your information stays as it is. Try again later.
error-update-feed-format = This update comes in a format this version of the app cannot read. Nothing was changed. Your information stays as it is. Update the app, then try again.
error-update-no-source = This app has no address to get updates from. Nothing was changed. You can import an update file instead.
error-update-nothing-to-share = This phone has no update to share yet. Nothing was changed. Update the information first, then try again.
## Update files (.wegwijs): why one was refused.
error-update-file-not-an-update-file = This file is not a Wegwijs update file. Nothing was changed. Your information stays as it is. Ask for the update file again: its name ends in .wegwijs.
error-update-file-damaged = The update file is damaged or incomplete. Nothing was changed. Your information stays as it is. Ask for the update file again, or download it again.
error-update-file-too-large = The update file is too large, so the app did not open it. Nothing was changed. Your information stays as it is. Ask for a new update file.

## Content updates: a municipality's part left out while the national information was updated.
update-skipped-expired = { $municipality } has not published new information for a while, so the app did not use its old update. The national information was updated. You keep the information you have from { $municipality }.
update-skipped-unreachable = The information from { $municipality } could not be downloaded. The national information was updated. You keep the information you have from { $municipality }. Try again later.
update-skipped-refused = The update from { $municipality } did not pass the app's checks, so the app did not use it. The national information was updated. You keep the information you have from { $municipality }.

# For editors publishing a feed (the detail stays in English).
error-feed = The feed could not be published: { $value }
