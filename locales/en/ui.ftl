# The words of the interface. Variables are filled in by the game.

app-tagline = Learn to spot the warning signs of fake job offers, scam compounds and online scams, by living them safely.
narrator = Narrator
you = You
# $minutes: how long a scenario takes
minutes = { $minutes } min
# $count: how many red flags a scenario teaches
redflag-count = { $count ->
    [one] 1 red flag
   *[other] { $count } red flags
}
content-note-title = Content note
content-note-leave = You can pause or leave at any time: type q (or press q in the game). Your progress is kept.
press-enter = Press Enter to continue.
# Plain mode: the player typed something where only Enter was asked for.
press-enter-typed = (Nothing to choose here, so what you typed was not used. The story goes on.)
# $count: the number of choices
choose-prompt = Type a number from 1 to { $count } and press Enter.
choose-invalid = Please type a number from 1 to { $count }.
choose-quit-hint = (Type q to leave.)
# $name: the red flag's short name
feedback-spotted = You spotted a red flag: { $name }
feedback-missed = A red flag went past: { $name }
# $outcome: the name of the ending, like "Safe"
ending-title = The end: { $outcome }
debrief-title = What happened, and the red flags on your path:
# $spotted, $total: numbers of red flags
debrief-score = You spotted { $spotted } of { $total ->
    [one] 1 red flag
   *[other] { $total } red flags
}. Each one is a tactic that works on many people; knowing it is what protects you.
debrief-none = You met no red flags on this path.
debrief-spotted = Spotted
debrief-missed = Went past
debrief-advice = What to do:
help-title = Where to get help
# $kind: the scenario's situation: job-abroad, held-abroad, scam-loss, family (any: the handbook)
help-always = { $kind ->
    [scam-loss] If you sent money: call your bank at once and ask it to stop or recall the payment, then report to the police cyber unit or your national scam line, with every message, account and payment. Never pay anyone who offers to get the money back for a fee: that is a second scam. It was not your fault, and talking to someone you trust helps. Where to turn:
    [held-abroad] If you or someone you know is held abroad: get word to your embassy, a national hotline or your family, with where you are, the name of the place and how many people are there. Near compounds, local police may be in contact with the bosses, so reach these first:
    [family] If someone in your family is held abroad: do not send money alone. Take every demand, number and message to your embassy or a national hotline first; they can act without putting your relative at more risk. Reach them here:
   *[other] Before you take a job abroad: check the employer and the agency with your country's migrant-worker agency, never hand over your passport, and tell someone you trust where you are going. If you or someone you know is in danger, contact your embassy or one of these:
}
# $contact: a phone number or address
help-contact = Contact: { $contact }
session-left = You left the session. That is always fine. Take care of yourself.
scenario-list-title = Scenarios:
# $count: the number of scenarios
scenario-pick = Choose a scenario: type a number from 1 to { $count } and press Enter.
unknown-scenario = There is no such scenario.
no-scenarios = There are no scenarios to play.

channel-facebook = Facebook
channel-instagram = Instagram
channel-tiktok = TikTok
channel-website = Website
channel-jobsite = Job site
channel-whatsapp = WhatsApp
channel-telegram = Telegram
channel-line = LINE
channel-wechat = WeChat
channel-viber = Viber
channel-messenger = Messenger
channel-signal = Signal
channel-dating = Dating app
channel-sms = Text message
channel-email = Email
channel-call = Phone call
channel-in-person = In person
channel-narration = Story

outcome-safe = Safe
outcome-scammed = Scammed
outcome-paid = Paid, and the demands went on
outcome-trafficked = Trafficked
outcome-escaped = Escaped
outcome-helped = You helped someone

stage-advert = The job advert
stage-recruiter = The recruiter
stage-travel = Travel and arrival
stage-compound = Inside the compound
stage-target = The person being scammed

## The full-screen game

title-scenarios = Scenarios
# $title: a scenario's title
title-resume = Resume: { $title }
# Plain mode, when a session was left part-way. $title: the scenario's title
plain-resume-offer = You left “{ $title }” part-way. Type 1 to go on from where you left it, or 2 to start something new.
# Shown on the title screen when a paused session cannot go on because its scenario changed since.
resume-changed = This scenario changed since you paused, so it starts again from the beginning.
# Shown on the title screen when the scenario's files changed during a session and the place the player was at is gone.
reload-changed = This scenario changed on disk and the place you were at is gone. Choose it to start again.
# Key hints only describe the keys: the letters do what they do in every language. Keep them, translate the words.
keys-title = ↑↓ move · Enter play · l language · h handbook · s settings · ? help · q quit
keys-list = ↑↓ move · Enter choose · Esc back
keys-play = ↑↓ move · Enter or 1-9 choose · PgUp/PgDn scroll · ? help · q leave
keys-continue = Enter continue · PgUp/PgDn scroll · ? help · q leave
keys-typing = any key: show all · q leave
# Marks on the edge of a chat when some of it is out of view.
more-above = ↑ more above (PgUp)
more-below = ↓ more below (PgDn)
keys-scroll = ↑↓ PgUp PgDn scroll · Esc back
keys-debrief = ↑↓ scroll · r try another path · t title screen · ? help
keys-rewind = ↑↓ move · Enter go back to this choice · Esc cancel
play-what-now = What do you do?
play-continue = Continue
play-ending-continue = See what happened, and the red flags on your path
play-feedback = What this choice means
# $spotted, $missed: numbers of red flags so far
status-redflags = Red flags: { $spotted } spotted · { $missed } went past
debrief-rewind-title = Go back to a choice and try another path
handbook-title = Red-flag handbook
handbook-locked = Locked: meet this red flag in a scenario to read it
handbook-source = Source:
# $met, $total: numbers of red flags
handbook-met = You have met { $met } of { $total } red flags.
language-title = Language
language-status-complete = complete
language-status-reviewed = reviewed
language-status-machine-drafted = machine-drafted, not yet reviewed
language-status-partial = partly translated
settings-title = Settings
# $name: the language's own name
settings-language = Language: { $name }
# $theme: theme-default or theme-high-contrast
settings-theme = Colours: { $theme }
# $state: setting-on or setting-off
settings-typing = Typing pause in chats: { $state }
theme-default = standard
theme-high-contrast = high contrast
setting-on = on
setting-off = off
help-keys-title = Keys
help-keys =
    ↑ ↓ or j k      move
    Enter or 1-9    choose
    Enter or Space  continue
    PgUp PgDn       scroll the messages
    mouse click     choose, continue
    r               try another path (after an ending)
    l h s           language, handbook, settings (title screen)
    q or Esc        leave (your progress is kept)
    ?               this help
help-close = Any key closes this help.
confirm-leave = Leave this scenario? Your progress is kept: you can resume it from the title screen.
confirm-quit = Quit redflag?
# y and n stay y and n in every language: keep the letters, translate "yes" and "no".
confirm-keys = y yes · n no
# $width, $height: the smallest window size
too-small = Please make the window larger: at least { $width } × { $height }.
errors-title = The content has errors: fix them, then come back to the title screen
content-note-keys = Enter begin · Esc back
# $name: who sent the email
email-from = From: { $name }

## The discernment quiz

quiz-title-pre = Before you play: genuine or scam?
quiz-title-post = After playing: genuine or scam?
# $count: the number of items
quiz-intro = You will see { $count } short messages and adverts. Some are genuine, some are scams. For each one, say how sure you are. There is no time limit.
# $n: this item's number; $count: how many
quiz-progress = { $n } of { $count }
quiz-scale = 1 surely safe · 2 probably safe · 3 maybe safe · 4 maybe a scam · 5 probably a scam · 6 surely a scam
quiz-prompt = Type a number from 1 to 6 and press Enter.
quiz-invalid = Please type a number from 1 to 6.
# The result of a quiz, in words, never a score. $skill: high, some or low (how well the ratings put scams above
# genuine items); $hits: scams called scams, of $scams; $false_alarms: genuine items called scams, of $genuine;
# $lean: all-scam (everything called a scam), all-safe (nothing), suspicious, trusting or balanced.
quiz-result = { $skill ->
    [high] You told scams from genuine offers well: you rated the scams as more likely scams than the genuine ones.
    [some] You told some scams from genuine offers: you often rated the scams higher than the genuine ones, but not always.
   *[low] Telling scams from genuine offers was hard this time: your answers were close to guessing.
} You called { $hits } { $scams ->
    [one] of the one scam
   *[other] of the { $scams } scams
} a scam, and { $false_alarms } { $genuine ->
    [one] of the one genuine item
   *[other] of the { $genuine } genuine ones
} a scam too. { $lean ->
    [all-scam] You called everything a scam. Being careful is good, but it cannot tell you which offer is real, and real jobs and real help exist too.
    [all-safe] You called everything safe. Some of these were scams: the warning signs in the game are there to help you spot them.
    [suspicious] You leaned towards calling things scams. Being careful is good, but real jobs and real help exist too.
    [trusting] You leaned towards calling things safe: some scams looked genuine to you.
   *[balanced] You did not lean towards "safe" or "scam".
}
quiz-review-title = The answers:
# One line of the answers: $n the item's number, $title its short name, $genuine yes or no, $rating the player's
# answer from 1 to 6.
quiz-answer = { $n }. { $title }: { $genuine ->
    [yes] genuine
   *[no] a scam
}. You answered { $rating ->
    [1] 1, surely safe
    [2] 2, probably safe
    [3] 3, maybe safe
    [4] 4, maybe a scam
    [5] 5, probably a scam
   *[6] 6, surely a scam
}.

## Facilitator mode and the quiz in the full-screen game

facilitator-held = The room's choice is in. Talk about it first; then press r to reveal what it means.
facilitator-discuss = Discuss:
keys-held = r reveal · ? help · q leave
keys-play-facilitator = ↑↓ move · Enter or 1-9 choose · c count the room · ? help · q leave
keys-quiz = 1-6 answer · ↑↓ Enter · q leave
keys-continue-only = Enter continue · ↑↓ scroll
room-title = Questions for the room
room-what-happened = What happened in this story? Who was helped, and who was harmed?
room-what-noticed = What did you notice along the way? Which warning signs came up, and which went past?
room-what-would-you-do = What would you do, or tell a friend to do, if this offer or message came to you?
room-where-help = Where can someone get help here, today? (The list follows.)
tally-title = How many in the room chose each option?
# After a choice in facilitator mode, once the room was counted with c.
tally-shown = { $count ->
    [one] 1 in the room
   *[other] { $count } in the room
}
keys-tally = ↑↓ move · type a number · Backspace · Enter save · Esc cancel
# $state: setting-on or setting-off
settings-quiz = Quiz before and after each scenario: { $state }

# The room (`redflag serve`): what a player sees who joins over SSH or from a browser.
room-goodbye-title = Thank you for playing
room-goodbye = This session has ended. What you chose was saved for the room's discussion, without your name.
room-goodbye-keys = Press any key to close.
room-wrong-code = That room code is not right. Check the code shown at the front of the room, then connect again.
room-full = The room is full right now. Tell the facilitator, then try again in a minute.
room-paused = The room is not taking new players right now. Tell the facilitator.
room-participant-prompt = Type the participant code the facilitator gave you (like P07), then press Enter. Never your name.
room-participant-invalid = A code has only letters, digits, - or _, like P07. Please try again.
# A participant code of letters only, longer than 8, may be a person's name: asked before it goes into a record.
participant-looks-like-name = “{ $code }” looks like a name. The record keeps a code like P07, never a name. Type a code to use instead, or press Enter to keep “{ $code }”.
room-participant-looks-like-name = “{ $code }” looks like a name. The room keeps a code like P07, never a name. Type a code instead, or press Enter to keep “{ $code }”.

# The room's web page (`redflag serve --web`): a phone or a browser joins with the room code.
web-title = redflag: the room
web-code-label = Room code
web-join = Join
web-connecting = Connecting…
web-closed = The session has ended. To play again, press Join.
web-lost = The connection to the room was lost. Check the Wi-Fi, then press Join.
web-terminal = The game
web-keys = Keys
web-key-1 = Choose 1
web-key-2 = Choose 2
web-key-3 = Choose 3
web-key-4 = Choose 4
web-key-enter = Enter: continue
web-key-up = Scroll up
web-key-down = Scroll down
web-key-help = Help: the keys
web-key-leave = Leave the scenario

## The country picker
settings-country = Country for help: { $name }
# Off by default: with it on, each session's record (choices, quiz answers, no name) is kept on this computer for a facilitator's report.
settings-keep-results = Keep a record of each session on this computer (for a workshop report): { $state }
country-title = Your country
country-first = Where do you live? The game shows help you can reach from there: hotlines, agencies, where to report. Type to find your country, or choose "Another country". You can change it later in the settings.
country-filter = Find:
country-none = not chosen
country-other = Another country (show only the help for everyone)
keys-country = type to find · ↑↓ move · Enter choose · Esc back
# $sources: the sources of a red flag, short: "FBI, 2023; UNODC, 2024"
redflag-source = Source: { $sources }

## Country names, for the picker
country-au = Australia
country-cn = China
country-et = Ethiopia
country-id = Indonesia
country-in = India
country-ke = Kenya
country-kh = Cambodia
country-la = Laos
country-lk = Sri Lanka
country-my = Malaysia
country-ng = Nigeria
country-np = Nepal
country-ph = Philippines
country-th = Thailand
country-ug = Uganda
country-us = United States
country-vn = Viet Nam
