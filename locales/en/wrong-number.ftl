wrong-number-title = Wrong number
wrong-number-summary = A friendly stranger texts you by mistake, and then keeps chatting. You are a retiree with quiet afternoons: you decide how far the chat goes.

## Characters

wrong-number-character-texter = Unknown number
wrong-number-character-unknown = Unknown number
wrong-number-character-stranger = { $stranger }
wrong-number-character-friend = { $friend }
wrong-number-character-recovery = Asset Recovery Desk

## Variables

wrong-number-who-ray = Ray, 67, a widower in Brisbane, Australia
wrong-number-who-teresita = Teresita, 64, a retired teacher in Iloilo, the Philippines
wrong-number-who-mei-ling = Mei Ling, 70, a grandmother in Ipoh, Malaysia
wrong-number-group-walking = walking group
wrong-number-group-choir = choir
wrong-number-group-tai-chi = tai chi class
wrong-number-stranger-anna = Anna
wrong-number-stranger-jenny = Jenny
wrong-number-stranger-vivian = Vivian
wrong-number-friend-lily = Lily
wrong-number-friend-tony = Tony
wrong-number-friend-rosa = Rosa

## A real wrong number

wrong-number-intro = You are { $who }. Since you retired, the days are long and quiet. The best part of the week is your { $group } on Thursdays. One Monday morning, your phone buzzes.

wrong-number-plumber = Hi Rob, it's Sue from next door. Is the plumber still coming at 10 tomorrow? I'll leave the gate open.
wrong-number-plumber-reply-wrong = Reply: "Sorry, I think you have the wrong number."
    .feedback = Kind and simple. Now watch what happens next: it tells you more than the first message does.
wrong-number-plumber-ignore = Ignore it. Not your plumber, not your problem
    .feedback = That is fine too. You do not owe a stranger a reply.

wrong-number-sorry-oops = Oh no, so sorry! I typed the number wrong. My mistake!
wrong-number-sorry-bye = Have a good day.
wrong-number-sorry-say-ok = Reply "No problem!" and get on with your day
    .feedback = This is what a real wrong number looks like: an apology, and then nothing. No more chat, no questions about your life, no talk of money.
wrong-number-sorry-block-anyway = Block and report the number, just in case
    .feedback = You can, but this was a real mistake: Sue said sorry and stopped. Wrong numbers happen every day. What gives a scam away is what comes after you say "wrong number".

## The scam begins

wrong-number-anna-text = Hi, it's { $stranger }! Are we still meeting for tea today?
    .discuss = How could you tell a real wrong number from the start of a scam?
wrong-number-anna-text-tell-wrong = Reply kindly: "Sorry, you have the wrong number."
    .feedback = A polite reply is normal, and most people send one. The test comes next: does the sender say sorry and stop?
wrong-number-anna-text-block-now = Block and report the number without replying
    .feedback = Safe, and your right: you lose nothing by blocking a stranger. Just remember that one message alone can be a real mistake. The warning sign is a stranger who keeps chatting after you say "wrong number".

wrong-number-keeps-chatting-sorry = Oh, how embarrassing! I'm so sorry.
    .discuss = What is different from a real wrong number here?
wrong-number-keeps-chatting-kind = But you sound very kind. Not many people reply so nicely these days.
wrong-number-keeps-chatting-fate = I'm { $stranger }, I have a small flower shop. Maybe this mistake was fate? Where are you from?
wrong-number-keeps-chatting-chat-back = Chat a little. She is friendly, and the afternoon is long
    .feedback = A real wrong number says sorry and stops. This one says sorry and keeps going, with compliments and questions about you. It is a common start of long scams, and it works because kindness and company feel good to anyone.
wrong-number-keeps-chatting-block-report = Wish her a good day, then block and report the number
    .feedback = Well spotted. A real wrong number says sorry and stops. A "wrong number" that turns into a friendly chat is a known opening of romance and investment scams.

wrong-number-move-app-whatsapp = Texting is so expensive from here. Can we talk on WhatsApp? This is my number.
wrong-number-move-app-photo = (She sends a photo: a smiling woman in a bright café, a pot of tea on the table.)
wrong-number-move-app-add = Add her on WhatsApp. Everyone uses it anyway
    .feedback = A fast move to a private chat app is a usual step in these scams: there, nobody else sees the chat. On its own it proves nothing, but with a stranger who would not let go after a wrong number, it is a warning.
wrong-number-move-app-ask-video = Say: "Before that, let's have a quick video call, so I know who I'm talking to."
    .feedback = A fair test: people running these scams often avoid video, because the photos belong to someone else. A call helps, but it can be faked with face-swap tools. The rule that holds: never invest or send money on a tip from someone you met online.

## Weeks of warm chat

wrong-number-friendship-morning = Good morning! I made tea and thought of you. Did you sleep well?
    .discuss = Why do daily messages like these work so well?
wrong-number-friendship-lonely = My mother passed away last year. Since then I feel so alone in this big city.
wrong-number-friendship-best-part = Talking with you is the best part of my day. You really understand me.
wrong-number-friendship-open-up = Tell her about your life, your family and how quiet the days have been
    .feedback = Daily warmth, shared grief and "you understand me" build a bond very fast. This is called love bombing, and it works on anyone who is a little lonely, which is most of us. She is also learning what matters to you.
wrong-number-friendship-ask-video = Suggest a video call. It would be nice to see her
    .feedback = A good test. Weeks of warm messages and never a face is one of the clearest signs of these scams. Even a call can be faked, so the rule that holds: never invest or send money on a tip from someone you met online.
wrong-number-friendship-step-back = It is all too sweet, too fast. Stop replying and block her
    .feedback = Good instinct. Fast closeness from a stranger who found you "by mistake", in a private app, is a known pattern. You can step away without explaining.

wrong-number-no-video-camera = Oh, my phone camera is broken, so embarrassing.
wrong-number-no-video-shy = And honestly I'm shy. I look terrible today.
wrong-number-no-video-promise = Next week, I promise! Let's just chat here for now.
wrong-number-no-video-accept = Let it go. Lots of people are shy on camera
    .feedback = One excuse can be true, but there will always be another. Someone who talks to you every day and can never show their face is hiding who they are.
wrong-number-no-video-accept-later = Let it go. Lots of people are shy on camera
    .feedback = One excuse can be true, but there will always be another. Someone who talks to you every day and can never show their face is hiding who they are.
wrong-number-no-video-stop-block = No video, no more chat. Block and report her
    .feedback = Right. A friend who is always "about to" video call and never does is a classic sign. The photos are often taken from someone else's profile, and even a call can be faked, so money tips from an online friend are never safe.

## The money

wrong-number-crypto-tip-uncle = You know, my uncle taught me crypto trading. He knows when the market will move.
    .discuss = Why does the money talk come only after weeks of friendship?
wrong-number-crypto-tip-profit = (She sends a screenshot from a trading app: her account is up by thousands of dollars this week.)
wrong-number-crypto-tip-try = I want you to have a good retirement too. Start small, just ${ $first }. I will guide you step by step.
wrong-number-crypto-tip-try-small = Try with ${ $first }. It's a small amount, and she has been so kind
    .feedback = A tip about crypto or a trading app from someone you met online is the heart of this scam. "Start small" is part of the plan: a small win builds trust for a big deposit later.
wrong-number-crypto-tip-say-no = Say no: you never take money advice from someone you have not met. Then block her
    .feedback = Right. A stranger who brings up crypto after weeks of warm chat is following a script. A real friend does not need you to invest to stay your friend.

wrong-number-early-profit-grown = Look! Your ${ $first } grew by almost 30% in one week!
wrong-number-early-profit-test = (She tells you to take $50 out, to test it. You do, and it reaches your bank the next day.)
wrong-number-early-profit-bonus = You see? It's real! And this week only, the platform gives a 30% bonus on deposits over ${ $big }. With your savings, you could finally relax!
wrong-number-early-profit-invest-savings = Move most of your savings in. The test withdrawal worked, after all
    .feedback = A small early profit, and a small withdrawal that really arrives, are the bait: they let you trust the app with much more. The big numbers on the screen are not real money.
wrong-number-early-profit-stop-now = Stop here. Put in nothing more, block her and report the app
    .feedback = Well done. A small profit and an easy first withdrawal are there to build trust for the big deposit. Stopping now keeps your savings safe, even if the first small amount is lost.

## Going far

wrong-number-blocked-grow = You move ${ $big } into the app. Every day the balance grows, and { $stranger } sends hearts and congratulations.
    .discuss = The money is "there", but it will not come out without one more payment. Why is it so hard to stop here? What would you tell a friend?
wrong-number-blocked-frozen = When you try to take money out, the app shows: "Withdrawal on hold. Pay a tax of ${ $tax } to release your funds."
wrong-number-blocked-she-says = { $stranger } writes: "Don't worry, everyone pays the tax. I can even lend you a little!"
wrong-number-blocked-pay-tax = Pay the tax. It's small next to the balance
    .feedback = A real platform takes its fees out of your balance; it does not ask for new money before you can withdraw. This "tax" is the next step of the scam, and another will follow it.
wrong-number-blocked-stop-report = Pay nothing more. Save everything, call your bank and report it
    .feedback = Right. Withdrawals blocked until you pay a "tax", "fee" or "top up" are the last stage of these scams. Call your bank at once, because a transfer can sometimes still be stopped, then report it.

wrong-number-more-fees-paid = You pay the tax. The next day the app says: "Account under review. Pay a ${ $tax } security deposit to unlock your funds."
wrong-number-more-fees-almost = { $stranger } writes: "So annoying! But it's the last step, then we celebrate together."
wrong-number-more-fees-pay-deposit = Pay once more. You are so close
    .feedback = There is no last step: each payment is followed by a new one, until you stop. The balance on the screen was never real.
wrong-number-more-fees-stop = Stop. Save everything, call your bank and report it
    .feedback = Right. A second "fee" after the first shows that the withdrawal will never come. Stopping now protects what is left.

wrong-number-silent = You pay. The next morning the app will not open, and { $stranger } no longer answers. A week later, an email arrives.

wrong-number-recovery = We know you lost money to a crypto scam. Our team works with the FBI and international regulators, and we can get your ${ $big } back. To start, please pay a 10% fee in USDT.
wrong-number-recovery-pay-fee = Pay the fee. Getting the money back is worth it
    .feedback = This is a second scam, aimed at people who have just lost money. Real police and regulators never charge a fee in crypto to get your money back.
wrong-number-recovery-refuse = Don't answer. Report the email along with everything else
    .feedback = Right. A "recovery" firm that claims ties to the FBI or a regulator and wants a fee in crypto is a known second scam. Real authorities do not charge you to investigate.

## The club

wrong-number-club-day = On Thursday, at your { $group }, your friend { $friend } comes over, phone in hand and smiling.

wrong-number-club-show = Look at this! A woman texted me by mistake last month. Now we chat every day. She is so sweet.
    .discuss = How would you bring this up with a friend without making them feel foolish?
wrong-number-club-uncle = And her uncle is a crypto trader. She says she can help me make some money. Should I try?
wrong-number-club-warn = Tell { $friend } what happened to you, and help block and report the number
    .feedback = Good. Scams spread through silence, and a word from a friend is often what stops them. A "wrong number" that turns into a daily chat and then a money tip is the pattern you just saw yourself.
wrong-number-club-explain-real = Show { $friend } the difference: your real wrong number said sorry and stopped; this one never did
    .feedback = Good. This helps { $friend } tell the two apart, not fear every message. A real mistake ends with an apology. A scam keeps chatting, moves to a private app and turns to money.
wrong-number-club-share-loss = Tell { $friend } honestly that you put money in too, and how it went
    .feedback = That takes courage. Shame keeps many people quiet, and scammers count on it. Your own story may be what makes { $friend } stop.
wrong-number-club-stay-quiet = Say nothing. It is { $friend }'s private business
    .feedback = Not wanting to embarrass a friend is kind. But these scams count on silence, and { $friend } is at the stage where a word from you could help the most.

## Endings

wrong-number-end-safe = You blocked the number and reported it, and your savings are safe. Messages like the ones from "{ $stranger }" are sent by criminal groups. The person typing may not be a scammer by choice: many are people tricked with a fake job abroad and forced to send these messages from a scam compound.
wrong-number-end-helped = You and { $friend } blocked and reported the number together, before any more money moved. The next week, two more people at the { $group } said they had had the same kind of message, and now they knew what it was. The person typing as "{ $stranger }" may well have been forced to do it in a scam compound; talking openly protected your friends.
wrong-number-end-scammed = The money in the app was never real, and what you paid is gone. This was a planned crime by skilled criminals, not a foolish mistake: people of every age are caught. Now call your bank, report it to the police and the national scam reporting service, and tell someone you trust. Beware of anyone offering to get the money back for a fee.
wrong-number-end-recovery = The "recovery" firm took the fee and disappeared: it was run by scammers too. Being targeted twice is common, and it is not your fault. Stop all payments, call your bank, and report both scams to the police and the national scam reporting service. Real help never asks for a fee in crypto.

## The catalogue's red flags, in this story's setting

wrong-number-redflag-move-to-private-app = A move to a private chat app
    .explain = A friendly stranger from a "wrong number" text soon asks to move to WhatsApp, Line, Telegram or WeChat. A private app has no one watching, the chat history is easy to delete, and it feels more personal: it is where the trust is built before any money is mentioned.
    .advice = Keep chats with strangers short and in the open. A video call helps but can be faked with face-swap tools. The rule that holds: never invest or send money on a tip from someone you met online.

