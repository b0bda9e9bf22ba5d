wrong-number-title = Wrong number
wrong-number-summary = A friendly stranger texts you by mistake, and then keeps chatting. You are a retiree with quiet afternoons: you decide how far the chat goes.

## Characters

wrong-number-character-texter = Unknown number
wrong-number-character-unknown = Unknown number
wrong-number-character-stranger = { wrong-number-stranger-name }
wrong-number-character-friend = { $friend }
wrong-number-character-recovery = Asset Recovery Desk
wrong-number-character-member = Unknown number
wrong-number-character-platform = { $app }
wrong-number-character-regulator = Financial regulator, enquiries line
wrong-number-character-teller = The teller at your bank branch

## Variables

wrong-number-who-ray = Ray, 67, a widower in Brisbane, Australia
wrong-number-who-teresita = Teresita, 64, a retired teacher in Iloilo, the Philippines
wrong-number-who-mei-ling = Mei Ling, 70, a grandmother in Ipoh, Malaysia
wrong-number-group-walking = walking group
wrong-number-group-choir = choir
wrong-number-group-tai-chi = tai chi class
wrong-number-friend-lily = Lily
wrong-number-friend-tony = Tony
wrong-number-friend-rosa = Rosa
wrong-number-member-bernie = Bernie
wrong-number-member-lourdes = Lourdes
wrong-number-member-siew-lan = Siew Lan
wrong-number-app-aurex = Aurex Markets
wrong-number-app-bitnova = BitNova Pro
wrong-number-app-coinwell = Coinwell Global

# The stranger: $stranger is a number, 1 or 2 for a woman, 3 or 4 for a man. Each locale chooses the name and
# the gendered words here, with a selector on $stranger; the other messages use these by reference.
wrong-number-stranger-name = { $stranger ->
    [1] Anna
    [2] Vivian
    [3] Daniel
   *[4] Marco
}
# "woman" or "man"
wrong-number-person = { $stranger ->
    [3] man
    [4] man
   *[other] woman
}
# "she" or "he"
wrong-number-she = { $stranger ->
    [3] he
    [4] he
   *[other] she
}
# "her" or "him"
wrong-number-her = { $stranger ->
    [3] him
    [4] him
   *[other] her
}

## A real wrong number

wrong-number-intro = You are { $who }. Since you retired, the days are long and quiet. The best part of the week is your { $group } on Thursdays. One Monday morning, your phone buzzes.

wrong-number-plumber = Hi Rob, it's Sue from next door. Is the plumber still coming at 10 tomorrow? I'll leave the gate open.
wrong-number-plumber-reply-wrong = Reply: "Sorry, I think you have the wrong number."
    .feedback = Kind and simple. Now watch what happens next: it tells you more than the first message does.
wrong-number-plumber-ignore = Ignore it. Not your plumber, not your problem
    .feedback = That is fine too. You do not owe a stranger a reply.
wrong-number-plumber-block-first = Block and report it. You have read about texts like this
    .feedback = You can, and you lose nothing. But this one was a real mistake: wrong numbers happen every day. What gives a scam away is what comes after "wrong number".

wrong-number-sorry-oops = Oh no, so sorry! I typed the number wrong. My mistake!
wrong-number-sorry-bye = Have a good day.
wrong-number-sorry-say-ok = Reply "No problem!" and get on with your day
    .feedback = This is what a real wrong number looks like: an apology, and then nothing. No more chat, no questions about your life, no talk of money.
wrong-number-sorry-block-anyway = Block and report the number, just in case
    .feedback = You can, but this was a real mistake: Sue said sorry and stopped. Wrong numbers happen every day. What gives a scam away is what comes after you say "wrong number".
wrong-number-sorry-chat-more = Reply: "No problem! I hope your plumber is better than mine."
    .feedback = A friendly joke is natural. Watch what a real person does with it.

wrong-number-sorry-chat-ha = Ha! Thank you. Sorry again!
wrong-number-sorry-chat-gone = (Nothing more comes. Sue has a neighbour to find and a plumber to wait for.)

## The scam begins

wrong-number-anna-text = Hi, it's { wrong-number-stranger-name }! Are we still meeting for tea today?
    .discuss = How could you tell a real wrong number from the start of a scam?
wrong-number-anna-text-tell-wrong = Reply kindly: "Sorry, you have the wrong number."
    .feedback = A polite reply is normal, and most people send one. The test comes next: does the sender say sorry and stop?
wrong-number-anna-text-ask-who = Reply: "Sorry, who is this?"
    .feedback = A natural question. It also tells the sender that a real person reads this number. Watch what comes back.
wrong-number-anna-text-block-now = Block and report the number without replying
    .feedback = Safe, and your right: you lose nothing by blocking a stranger. Just remember that one message alone can be a real mistake. The warning sign is a stranger who keeps chatting after you say "wrong number".

wrong-number-keeps-chatting-sorry = Oh, how embarrassing! Wrong number, I'm so sorry.
    .discuss = What is different from a real wrong number here?
wrong-number-keeps-chatting-kind = But you sound very kind. Not many people reply so nicely these days.
wrong-number-keeps-chatting-fate = I'm { wrong-number-stranger-name }, I have a small flower shop. Maybe this mistake was fate? Where are you from?
wrong-number-keeps-chatting-chat-back = Chat a little. { wrong-number-stranger-name } is friendly, and the afternoon is long
    .feedback = A real wrong number says sorry and stops. This one says sorry and keeps going, with compliments and questions about you. It is a common start of long scams, and it works because kindness and company feel good to anyone.
wrong-number-keeps-chatting-keep-polite = Answer politely, and say nothing about where you live or what you have
    .feedback = You gave nothing away, and that is a good habit. But notice what is happening: a stranger who keeps the chat going after "wrong number" is the pattern itself.
wrong-number-keeps-chatting-block-report = Wish { wrong-number-her } a good day, then block and report the number
    .feedback = Well spotted. A real wrong number says sorry and stops. A "wrong number" that turns into a friendly chat is a known opening of romance and investment scams.

wrong-number-move-app-whatsapp = Texting is so expensive from here. Can we talk on WhatsApp? This is my number.
wrong-number-move-app-photo = (A photo arrives: a smiling { wrong-number-person } in a bright café, a pot of tea on the table.)
wrong-number-move-app-add = Add { wrong-number-her } on WhatsApp. Everyone uses it anyway
    .feedback = A fast move to a private chat app is a usual step in these scams: there, nobody else sees the chat. On its own it proves nothing, but with a stranger who would not let go after a wrong number, it is a warning.
wrong-number-move-app-ask-video = Say: "Before that, let's have a quick video call, so I know who I'm talking to."
    .feedback = A fair test: people running these scams often avoid video, because the photos belong to someone else. A call helps, but it can be faked with face-swap tools. The rule that holds: never invest or send money on a tip from someone you met online.
wrong-number-move-app-stay-sms = Say you would rather not move apps, and leave it there
    .feedback = You kept it where it started. { wrong-number-stranger-name } sends a sad face; { wrong-number-she } writes twice more, then stops: a chat that only works in a private app was never about friendship.

## Weeks of warm chat

wrong-number-friendship-morning = Good morning! I made tea and thought of you. Did you sleep well?
    .discuss = Why do daily messages like these work so well?
wrong-number-friendship-lonely = My mother passed away last year. Since then I feel so alone in this big city.
wrong-number-friendship-best-part = Talking with you is the best part of my day. You really understand me.
wrong-number-friendship-open-up = Tell { wrong-number-her } about your life, your family and how quiet the days have been
    .feedback = Daily warmth, shared grief and "you understand me" build a bond very fast. This is called love bombing, and it works on anyone who is a little lonely, which is most of us. The stranger is also learning what matters to you.
wrong-number-friendship-ask-video = Suggest a video call. It would be nice to see { wrong-number-her }
    .feedback = A good test. Weeks of warm messages and never a face is one of the clearest signs of these scams. Even a call can be faked, so the rule that holds: never invest or send money on a tip from someone you met online.
wrong-number-friendship-step-back = It is all too sweet, too fast. Stop replying and block { wrong-number-her }
    .feedback = Good instinct. Fast closeness from a stranger who found you "by mistake", in a private app, is a known pattern. You can step away without explaining.

wrong-number-no-video-camera = Oh, my phone camera is broken, so embarrassing.
wrong-number-no-video-shy = And honestly I'm shy. I look terrible today.
wrong-number-no-video-promise = Next week, I promise! Let's just chat here for now.
wrong-number-no-video-accept = Let it go. Lots of people are shy on camera
    .feedback = One excuse can be true, but there will always be another. Someone who talks to you every day and can never show their face is hiding who they are.
wrong-number-no-video-accept-later = Let it go. Lots of people are shy on camera
    .feedback = One excuse can be true, but there will always be another. Someone who talks to you every day and can never show their face is hiding who they are.
wrong-number-no-video-voice-call = "Then just a phone call. I'd like to hear your voice."
    .feedback = A fair middle way, and many real people prefer a voice call. It shows you a real person is there; it does not show you who they work for.
wrong-number-no-video-stop-block = No video, no more chat. Block and report { wrong-number-her }
    .feedback = Right. A friend who is always "about to" video call and never does is a classic sign. The photos are often taken from someone else's profile, and even a call can be faked, so money tips from an online friend are never safe.

wrong-number-voice-hello = The call comes that evening. A warm voice, a soft accent, a laugh at your jokes, the clink of cups behind: "I'm at the shop, sorry for the noise!"
    .discuss = The voice was real. What did the call prove, and what did it not prove?
wrong-number-voice-weeks = After that you talk most days, sometimes for an hour. { wrong-number-stranger-name } remembers your grandchildren's names, and { wrong-number-she } always asks after your health.

## The money

wrong-number-crypto-tip-uncle = You know, my uncle taught me crypto trading. He knows when the market will move.
    .discuss = Why does the money talk come only after weeks of friendship?
wrong-number-crypto-tip-profit = (A screenshot from { $app }: an account up by thousands of dollars this week.)
wrong-number-crypto-tip-try = I want you to have a good retirement too. Start small, just ${ $first }. I will guide you step by step.
wrong-number-crypto-tip-try-small = Try with ${ $first }. It's a small amount, and { wrong-number-stranger-name } has been so kind
    .feedback = A tip about crypto or a trading app from someone you met online is the heart of this scam. "Start small" is part of the plan: a small win builds trust for a big deposit later.
wrong-number-crypto-tip-check-platform = Say you will look { $app } up yourself before you put in a cent
    .feedback = Checking before money moves is right. Watch what the checks can and cannot tell you.
wrong-number-crypto-tip-say-no = Say you never take money advice from someone you have not met in person, and leave the chat
    .feedback = A stranger who brings up crypto after weeks of warm chat is following a script. A real friend does not need you to invest to stay your friend. It costs you the daily messages, and the afternoons are quiet again.

wrong-number-check-platform-store = { $app } is in the app store: 4.6 stars, more than 10,000 downloads, reviews from people your age.
    .discuss = Every check here passed. What would you still want to know?
wrong-number-check-platform-register = Its website names a company and a licence number. You find the financial regulator's own website and search: the company is on the register, licence and all.
wrong-number-check-platform-stranger = { wrong-number-stranger-name }: "Good, never trust anyone blindly, not even me! Put in only what you can afford to lose, and test a withdrawal first."
wrong-number-check-platform-small-test = Put in ${ $first } only, and test a withdrawal before anything more
    .feedback = You did what careful people are told to do: check the register, start small, test. This platform was built to pass exactly those checks.
wrong-number-check-platform-call-regulator = Ring the regulator on the number from its own website and ask about this app
    .feedback = The register says a firm exists. Only the regulator can tell you if this app is really that firm's. It takes a morning on hold.
wrong-number-check-platform-ask-bank = Take your phone to your bank branch and ask someone there to look at it
    .feedback = Asking someone who sees money scams every week is a good check. It costs a morning in the queue, and a little pride.

wrong-number-regulator-wait = Forty minutes of music. Then a tired, kind voice looks the name up.
wrong-number-regulator-clone = "That company is real and licensed, but it has no app called { $app }. Someone has copied its name and licence number: it's on our warning list since last month. Please don't send anything."

wrong-number-teller-queue = The teller, who has seen you every month for twenty years, takes your phone and frowns.
wrong-number-teller-seen = "I've seen this app twice this week. A friend from a wrong-number text, a tip, a real company's name. Please don't put anything in. Let's report it together."

wrong-number-early-profit-grown = Look! Your ${ $first } grew by almost 30% in one week!
wrong-number-early-profit-test = ({ wrong-number-stranger-name } tells you to take $50 out, to test it. You do, and it reaches your bank the next day.)
wrong-number-early-profit-bonus = You see? It's real! And this week only, the platform gives a 30% bonus on deposits over ${ $big }. With your savings, you could finally relax!
wrong-number-early-profit-invest-savings = Move most of your savings in. The test withdrawal worked, after all
    .feedback = A small early profit, and a small withdrawal that really arrives, are the bait: they let you trust the app with much more. The big numbers on the screen are not real money.
wrong-number-early-profit-stop-now = Put in nothing more, and take out what is there
    .feedback = A small profit and an easy first withdrawal are there to build trust for the big deposit. Stopping now keeps your savings safe.

wrong-number-withdraw-all-hold = Withdrawal on hold. Accounts under ${ $big } must pay a 20% tax before funds are released.
wrong-number-withdraw-all-stranger = { wrong-number-stranger-name }: "That's just the rule for small accounts! Pay the tax, or add more and it's waived."
wrong-number-withdraw-all-pay-small-tax = Pay the tax: it is only a little, and then the money is out
    .feedback = A real platform takes its fees from your balance; it does not ask for new money before you can withdraw. There is always another fee after this one.
wrong-number-withdraw-all-refuse-report = Pay nothing. Save the chats, call your bank and report it
    .feedback = Right. A withdrawal held until you pay a "tax" is the last stage of these scams. What is in the app is lost, and stopping keeps it small.
wrong-number-withdraw-all-refuse-report-checked = Pay nothing. Save the chats, call your bank and report it
    .feedback = Right. A withdrawal held until you pay a "tax" is the last stage of these scams. What is in the app is lost, and stopping keeps it small.
wrong-number-withdraw-all-tell-club = Pay nothing, and take it to your { $group } on Thursday
    .feedback = Telling people you know is hard after a loss. It is also how these scams stop spreading.

## Going far

wrong-number-blocked-grow = You move ${ $big } into the app. Every day the balance grows, and { wrong-number-stranger-name } sends hearts and congratulations.
    .discuss = The money is "there", but it will not come out without one more payment. Why is it so hard to stop here? What would you tell a friend?
wrong-number-blocked-frozen = When you try to take money out, the app shows: "Withdrawal on hold. Pay a tax of ${ $tax } to release your funds."
wrong-number-blocked-she-says = { wrong-number-stranger-name } writes: "Don't worry, everyone pays the tax. I can even lend you a little!"
wrong-number-blocked-pay-tax = Pay the tax. It's small next to the balance
    .feedback = A real platform takes its fees out of your balance; it does not ask for new money before you can withdraw. This "tax" is the next step of the scam, and another will follow it.
wrong-number-blocked-borrow = Accept { wrong-number-stranger-name }'s offer to lend you half the tax
    .feedback = An offer to help pay feels like proof of care. It is part of the script: it makes the "tax" feel normal and keeps you paying.
wrong-number-blocked-stop-report = Pay nothing more. Save everything, call your bank and report it
    .feedback = Right. Withdrawals blocked until you pay a "tax", "fee" or "top up" are the last stage of these scams. Call your bank at once, because a transfer can sometimes still be stopped, then report it.

wrong-number-more-fees-paid = You pay the tax. The next day the app says: "Account under review. Pay a ${ $tax } security deposit to unlock your funds."
wrong-number-more-fees-almost = { wrong-number-stranger-name } writes: "So annoying! But it's the last step, then we celebrate together."
wrong-number-more-fees-pay-deposit = Pay once more. You are so close
    .feedback = There is no last step: each payment is followed by a new one, until you stop. The balance on the screen was never real.
wrong-number-more-fees-stop = Stop. Save everything, call your bank and report it
    .feedback = Right. A second "fee" after the first shows that the withdrawal will never come. Stopping now protects what is left.

wrong-number-silent = You pay. The next morning the app will not open, and { wrong-number-stranger-name } no longer answers. A week later, an email arrives.

wrong-number-recovery = We know you lost money to a crypto scam. Our team works with the FBI and international regulators, and we can get your ${ $big } back. To start, please pay a 10% fee in USDT.
wrong-number-recovery-pay-fee = Pay the fee. Getting the money back is worth it
    .feedback = This is a second scam, aimed at people who have just lost money. Real police and regulators never charge a fee in crypto to get your money back.
wrong-number-recovery-ask-bank = Forward the email to your bank's fraud team and ask what they make of it
    .feedback = Your bank sees these emails every week, and it asks for nothing. It also knows which reports can still help.
wrong-number-recovery-refuse = Don't answer. Report the email along with everything else
    .feedback = Right. A "recovery" firm that claims ties to the FBI or a regulator and wants a fee in crypto is a known second scam. Real authorities do not charge you to investigate.

## The club

wrong-number-club-day = On Thursday, at your { $group }, your friend { $friend } comes over, phone in hand and smiling.

wrong-number-club-show = Look at this! Someone texted me by mistake last month. Now we chat every day. So sweet.
    .discuss = How would you bring this up with a friend without making them feel foolish?
wrong-number-club-uncle = And their uncle is a crypto trader. They say they can help me make some money. Should I try?
wrong-number-club-warn = Tell { $friend } what happened to you, and help block and report the number
    .feedback = Good. Scams spread through silence, and a word from a friend is often what stops them. A "wrong number" that turns into a daily chat and then a money tip is the pattern you just saw yourself.
wrong-number-club-explain-real = Show { $friend } the difference: your real wrong number said sorry and stopped; this one never did
    .feedback = Good. This helps { $friend } tell the two apart, not fear every message. A real mistake ends with an apology. A scam keeps chatting, moves to a private app and turns to money.
wrong-number-club-share-loss = Tell { $friend } honestly that you put money in too, and how it went
    .feedback = That takes courage. Shame keeps many people quiet, and scammers count on it. Your own story may be what makes { $friend } stop.
wrong-number-club-stay-quiet = Say nothing. It is { $friend }'s private business
    .feedback = Not wanting to embarrass a friend is kind. But these scams count on silence, and { $friend } is at the stage where a word from you could help the most.
wrong-number-club-stay-quiet-lost = Say nothing. You would have to admit your own loss
    .feedback = Shame is what keeps people quiet, and these scams count on it. What happened to you was not foolish, and it could help { $friend } now.

## A friend on a new number

wrong-number-new-number-hi = Hi! It's { $member } from the { $group }. I dropped my phone in the sink, so this is my new number. Please save it!
    .discuss = A "new number" message is also a known trick. What would make you sure, without being rude?
wrong-number-new-number-lift = Are you still coming on Thursday? I can pick you up at 9, like last time.
wrong-number-new-number-reply-yes = Reply "Yes please!" and save the new number
    .feedback = This time it is real. Nothing was asked of you but a yes. A "new number" text is also a trick scammers use ("Hi Mum, I lost my phone"), so a quick check costs little: if someone soon asks for money or a code, stop and call the old number.
wrong-number-new-number-ask-question = Ask something only { $member } would know: "What did you bring to the last picnic?"
    .feedback = A friendly question that only the real person can answer. It costs nothing, and a real friend laughs.
wrong-number-new-number-call-leader = Ring the { $group } leader to check that this is { $member }'s new number
    .feedback = A check through someone you already know. It takes a phone call and a little awkwardness, and the leader is glad you asked.
wrong-number-new-number-block = Block it. You have had enough strange texts this week
    .feedback = After the last few days, nobody could blame you. But this one was a friend, and blocking everyone costs something too.

wrong-number-answer-cake = Ha! My terrible lemon cake. Nobody ate it, not even me.

## Endings

wrong-number-end-safe = Your savings are safe: you stopped before any money moved. Messages like the ones from "{ wrong-number-stranger-name }" are sent by criminal groups. The person typing may not be a scammer by choice: many are people tricked with a fake job abroad and forced to send these messages from a scam compound.
wrong-number-end-genuine = On Thursday { $member } is at your gate at nine, with a new phone and a story about the sink. Nobody asked you for anything: that is what a real new number looks like. The stranger's texts this week were a trick; this one was a friend. Checking is not the same as refusing everyone.
wrong-number-end-missed = On Thursday { $member } asks, a little hurt, why the message from the new number was blocked: the lift went to someone else, and you take the bus. You explain about the strange texts, and { $member } laughs and understands. Blocking a stranger is your right; a short check would have kept the friend.
wrong-number-end-helped = You and { $friend } blocked and reported the number together, before any more money moved. The next week, two more people at the { $group } said they had had the same kind of message, and now they knew what it was. The person typing as "{ wrong-number-stranger-name }" may well have been forced to do it in a scam compound; talking openly protected your friends.
wrong-number-end-small = What you put into { $app } is gone. You did what careful people are told to do: you checked the app store and the regulator's register, you started small, you tested a withdrawal, and you stopped when it asked for more. The platform was a copy of a licensed firm, built to pass those checks. This was not your fault. Call your bank, report it with the chats, and keep the rule that holds even when every check passes: no money on a tip from someone you met online.
wrong-number-end-lost-first = What you put into { $app } is gone. You stopped before your savings went in, and that is the hard part: most people pay once more to free what the screen shows. It was not your fault; the small profit and the easy first withdrawal are built to win trust. Call your bank, report it with the chats and the app's name, and tell someone you trust.
wrong-number-end-scammed = The money in the app was never real, and what you paid is gone. This was a planned crime by skilled criminals, not a foolish mistake: people of every age are caught. Now call your bank, report it to the police and the national scam reporting service, and tell someone you trust. Beware of anyone offering to get the money back for a fee.
wrong-number-end-recovery = The "recovery" firm took the fee and disappeared: it was run by scammers too. Being targeted twice is common, and it is not your fault. Stop all payments, call your bank, and report both scams to the police and the national scam reporting service. Real help never asks for a fee in crypto.

## The catalogue's red flags, in this story's setting

wrong-number-redflag-move-to-private-app = A move to a private chat app
    .explain = A friendly stranger from a "wrong number" text soon asks to move to WhatsApp, Line, Telegram or WeChat. A private app has no one watching, the chat history is easy to delete, and it feels more personal: it is where the trust is built before any money is mentioned.
    .advice = Keep chats with strangers short and in the open. A video call helps but can be faked with face-swap tools. The rule that holds: never invest or send money on a tip from someone you met online.
wrong-number-redflag-polish-not-proof = A licence on the register is not proof
    .explain = Fake trading apps copy the name and licence number of real, licensed firms, so a check of the register passes. With good reviews in the app store and a small withdrawal that works, careful people are fooled too.
    .advice = Ask the regulator, on the number on its own website, whether this app belongs to the licensed firm; many keep a list of clones. And keep the rule that holds when every check passes: no money on a tip from someone you met online.
