## The room's report as a page: `redflag report --format html`, and the room console's `r` key.
## Read by a facilitator, projected for a room and printed for a partner organisation.

report-page-title = What the room learned
# $workshop: the workshop code the report is for
report-workshop = Workshop { $workshop }
report-privacy = No names and no participant codes are in this page: only what the room did, counted.
report-privacy-codes = This page lists participant codes. Share it only with people who may know who holds them.
report-glance-title = The room at a glance
# $count: a number of sessions, shown large above the words
report-sessions = { $count ->
    [one] session
   *[other] sessions
}
report-finished = finished
report-scenarios-played = { $count ->
    [one] scenario played
   *[other] scenarios played
}
report-empty = There are no sessions in these records yet.
report-endings-title = How the stories ended
report-not-finished = Not finished
# $outcome: the name of an ending; $count: sessions that ended so; $total: sessions that reached an ending
report-endings-reading = The most common ending: { $outcome }, in { $count } of { $total } finished { $total ->
    [one] session
   *[other] sessions
}.
report-endings-none = No session has reached an ending yet.
report-flags-title = Red flags: the share who spotted each
report-flags-intro = Of the sessions in which a red flag came up, the share that spotted it. The lowest come first: these are the ones to talk about.
# The count after each bar. $spotted, $met: sessions; $percent: a whole number from 0 to 100
report-flags-bar = { $spotted } of { $met } ({ $percent }%)
report-percent = { $percent }%
# $flag: the red flag spotted least; $spotted, $met: sessions
report-flags-reading = Slipped past most often: { $flag }, spotted in { $spotted } of { $met } { $met ->
    [one] session
   *[other] sessions
} where it came up.
report-flags-none = No red flag has come up yet.
report-quiz-title = The quiz: telling genuine offers from scams, before and after
report-quiz-intro = d′ is how well players told genuine offers from scams: 0 is chance, higher is better. The criterion is how ready they were to call anything a scam: below 0, suspicious of everything; above 0, trusting. Learning shows as a higher d′, not as a lower criterion. The line through each dot is its 95% interval: where the room's true value most likely lies.
report-quiz-none = No one took the quiz in these records.
report-quiz-auc-intro = The AUC uses every answer on the six-point scale: it is the chance that a player rated a scam as more likely a scam than a genuine offer. 0.5 is guessing, 1 is telling every pair apart.
report-quiz-auc = Telling genuine from scam, every rating (AUC)
report-quiz-dprime = Telling genuine from scam (d′)
report-quiz-criterion = Leaning (criterion)
report-quiz-before = Before
report-quiz-after = After
report-quiz-change = Change, per person
# The label of the line of no skill or no lean. $measure: dprime, criterion (and others later)
report-quiz-reference = { $measure ->
    [criterion] no lean
   *[other] chance
}
# $direction: up, down, unclear (the change could be chance), none (no one took the quiz both times)
# $before, $after: the room's mean, as numbers already written
report-quiz-reading-dprime = { $direction ->
    [up] After the game the room told scams from genuine offers better ({ $before } before, { $after } after), by more than chance would explain.
    [down] After the game the room told scams from genuine offers less well ({ $before } before, { $after } after): worth asking why.
    [unclear] Before { $before }, after { $after }: the change is within what chance could give, so no clear difference yet.
   *[none] Before { $before }, after { $after }. No one took the quiz both times, so there is no change to read.
}
report-quiz-reading-auc = { $direction ->
    [up] After the game the room rated scams apart from genuine offers better ({ $before } before, { $after } after), by more than chance would explain.
    [down] After the game the room rated scams apart from genuine offers less well ({ $before } before, { $after } after): worth asking why.
    [unclear] Before { $before }, after { $after }: the change is within what chance could give, so no clear difference yet.
   *[none] Before { $before }, after { $after }. No one took the quiz both times, so there is no change to read.
}
report-quiz-reading-criterion = { $direction ->
    [up] After the game the room was more trusting ({ $before } before, { $after } after).
    [down] After the game the room was quicker to call things a scam ({ $before } before, { $after } after). That is good only if d′ rose too.
    [unclear] Before { $before }, after { $after }: the room leaned about the same way both times.
   *[none] Before { $before }, after { $after }. No one took the quiz both times, so there is no change to read.
}
report-forms-title = Which half of the quiz each player took first
# $form: A or B, the name of a half of the quiz
report-forms-label = Form { $form } first
# The count after each bar. $count: players; $total: players who took the quiz; $percent: 0 to 100
report-forms-bar = { $count } of { $total } ({ $percent }%)
# $a, $b: players who took form A, form B first; $balance: even (both warnings clear) or uneven
report-forms-reading = { $balance ->
    [even] { $a } took form A first and { $b } form B: split evenly enough that the two halves' difficulty does not pass for learning.
   *[uneven] { $a } took form A first and { $b } form B: read the change from before to after with care.
}
# $a, $b: players who took form A, form B first
report-forms-uneven = The forms are split { $a } to { $b }, worse than 40 to 60: the change from before to after mixes learning with the difference between the two halves of the quiz. Give participant codes in sequence (P01, P02, …) or leave the form to the room.
# $form: A or B; $count: players who took it first; $min: the fewest that average out its difficulty
report-forms-few = Only { $count } { $count ->
    [one] player
   *[other] players
} took form { $form } first, fewer than { $min }: its half's difficulty is hardly averaged out.
report-debrief-flags = Worth talking through: the red flags spotted least
report-codes-title = Participant codes
report-col-scenario = Scenario
report-col-sessions = Sessions
report-col-finished = Finished
report-col-minutes = Minutes (mean)
report-col-redflag = Red flag
report-col-came-up = Came up
report-col-spotted = Spotted
report-col-share = Share
report-col-measure = Quiz
report-col-mean = Mean
report-col-interval = 95% interval
report-col-n = People
report-col-code = Code
report-col-form = Form
report-col-players = Players
report-data = The numbers
# A number, written the way the language writes numbers
report-number = { $value }
# $count: the sessions the page counts
report-footer = Made with redflag from { $count } session { $count ->
    [one] record
   *[other] records
}. It shows only what was played, never who played.
# The title of one of several charts that share a long list. $title: the chart's title; $from, $to, $total: rows
report-chart-part = { $title } ({ $from }–{ $to } of { $total })
# The answer to a browser that asks for the room's live report page from another device without the facilitator code
report-live-refused = This page is for the facilitator. Open it on the computer that runs the room, or add ?facilitator= and the facilitator code shown on the room's console.
