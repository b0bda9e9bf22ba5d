the-platform-title = The trading platform
the-platform-summary = You meet someone kind and successful on a dating app. Soon they want to show you how they make money.

## Characters

the-platform-character-match = { $match }
the-platform-character-platform = { $platform }
the-platform-character-support = { $platform } Customer Service
the-platform-character-genuine = { $genuine }
the-platform-character-colleague = { $colleague }, your colleague

## Variables

the-platform-you-nurse-ohio = a nurse in Columbus, Ohio
the-platform-you-clerk-bangkok = a bank clerk in Bangkok
the-platform-you-engineer-munich = an engineer in Munich
the-platform-you-engineer-pune = a software engineer in Pune
the-platform-you-teacher-manila = a teacher in Manila
the-platform-match-daniel = Daniel
the-platform-match-mei = Mei
the-platform-match-ryan = Ryan
the-platform-match-sofia = Sofia
the-platform-genuine-priya = Priya
the-platform-genuine-tom = Tom
the-platform-genuine-lukas = Lukas
the-platform-genuine-nok = Nok
the-platform-colleague-maria = Maria
the-platform-colleague-somchai = Somchai
the-platform-colleague-jonas = Jonas
the-platform-colleague-ravi = Ravi
the-platform-platform-vexora = Vexora Markets
the-platform-platform-bitharbor = BitHarbor Global
the-platform-platform-zentro = ZentroCoin Pro

## The match

the-platform-start = You are { $you }. Work is busy and you have little time to meet people, so you try a dating app. One evening you match with { $match }: a warm smile, a good job, photos from nice trips. The profile says: "Looking for something real."
    .discuss = What makes a dating profile feel trustworthy? Which of those things could a scammer copy?

the-platform-first-chat-hello = Hi! I don't usually write first. But your smile made my day.
    .discuss = Many real people move to WhatsApp too. What would you watch for after a move like this?
the-platform-first-chat-kind = You look like a kind person. Kind people are rare these days.
the-platform-first-chat-move = I hardly use this app, it's full of fake profiles. Can we talk on WhatsApp? Here is my number.
the-platform-first-chat-give-number = Send a message to the number on WhatsApp
    .feedback = A fast move from the dating app to a private chat is often the first step. There, the app can no longer see the chat or remove the account. Many real people switch apps too, so watch what comes next.
the-platform-first-chat-stay = "Let's chat here a bit longer first."
    .feedback = Good instinct. On the app, its safety tools stay close. And how someone reacts to a small "not yet" tells you a lot.

the-platform-push = Of course, no pressure! It's just that this app keeps logging me out. I would hate to lose you. I'll wait for you on WhatsApp, OK?
the-platform-push-give-in = Fine. Message them on WhatsApp.
    .feedback = "No pressure", then the same request again, is a way to wear down a no. It works because saying no twice feels rude. The app "logging me out" is a common excuse.
the-platform-push-hold = "I'm happy to stay on the app. Talk soon!"
    .feedback = You kept your own pace. Someone who is really interested in you can wait a few days.

## The private chat

the-platform-love-bomb-morning = Good morning, my dear. I thought about you all night.
    .discuss = Which of these messages would feel nicest to get? Why might a scammer send exactly that one?
the-platform-love-bomb-soulmate = I know it has only been a week. But I feel I have known you all my life.
the-platform-love-bomb-future = One day we will travel together. Paris? Bali? You choose.
the-platform-love-bomb-busy = Sorry I can't call today. I'm on a work trip and the signal is terrible.
the-platform-love-bomb-ask-video = Ask for a short video call this weekend
    .feedback = A short video call is a fair test, and scammers often avoid it. It helps, but it is not proof: video can be faked with face-swap tools. The rule that holds: never invest or send money on a tip from someone you met online.
the-platform-love-bomb-enjoy = Enjoy it. It feels good to be wanted.
    .feedback = This is love bombing: huge feelings after a few days, a shared future, messages all day. It works on anyone, because it meets a real need. With the fast move to WhatsApp, it is a classic start.

the-platform-video-excuse-camera = Video? My phone camera is broken. I'm waiting for a new phone.
the-platform-video-excuse-shy = And honestly, I'm shy on camera. I want our first time to be in person.
the-platform-video-excuse-promise = I'll visit you next month, I promise. You trust me, right?
the-platform-video-excuse-accept = Accept it. Next month is not long.
    .feedback = There is always an excuse not to show a face: a broken camera, bad signal, shyness. The photos may be stolen. The visit that is "next month" usually never comes.
the-platform-video-excuse-insist = "Five minutes on video, or I stop chatting."
    .feedback = You held on to a fair test: many scammers avoid video because the face would not match the photos. Some fake it with face-swap tools, so even a call is not proof. Whatever happens, never invest or send money on a tip from someone you met online.

the-platform-pull-back-hurt = Wow. After everything we shared, you think I'm a liar?
the-platform-pull-back-guilt = I opened my heart to you. I thought you were different.
the-platform-pull-back-stand-firm = Stay kind but firm. Block the number and report the profile to the dating app.
    .feedback = Guilt makes a fair request feel cruel. You did nothing wrong by asking to see who you are talking to. Reporting helps the app remove a profile that is used on many people.
the-platform-pull-back-apologise = Say sorry. You don't want to hurt them.
    .feedback = Making you feel guilty for a fair request is a way to take back control. It works because kind people don't want to hurt anyone. Notice: there is still no video call.

## The tip

the-platform-tip-thanks = You make me so happy. Can I tell you a secret?
the-platform-tip-secret = My uncle is a market analyst. He gives me signals for crypto trading on { $platform }.
the-platform-tip-profit = Last month I made 30%. I want you to have a good life too.
the-platform-tip-small = Start small, just ${ $deposit }. I'll guide you step by step. Here is the link to the app.
the-platform-tip-try-small = Install the app from the link and put in ${ $deposit }
    .feedback = A crypto tip from someone you only know online is the heart of this scam. An app you are sent to by someone you met online is run by the scammers, whether it comes from a link or from an official app store: fake trading apps have been found in both. Every number on it can be made up.
the-platform-tip-check-first = Say you'll check { $platform } first. Search its name and your country's financial regulator.
    .feedback = Good. A real trading firm is licensed, and you can find it on the regulator's list yourself. A sure-thing tip from a new love is a known pattern, however kind the person seems.

the-platform-check-stop-report = It checks out, but a tip from someone I met online is still a tip. Stop, and report the profile
    .feedback = You let a rule decide, not a register: no money on a tip from someone you met online. You lose nothing, and a report helps the app remove a profile used on many people.

## The early profit

the-platform-profit-balance = Welcome back! Your account is up 42% this week.
the-platform-profit-withdraw = Test withdrawal of $50: completed. Check your bank account!

the-platform-event-see = See? I told you it's real.
    .discuss = The withdrawal really worked. Why would a scammer let you take money out?
the-platform-event-chance = Big news: a 48-hour VIP event. Deposit ${ $big } and get a 30% bonus. I'm putting in mine too.
the-platform-event-secret = Don't tell your family yet. They won't understand. This is for our future together.
the-platform-event-deposit-big = Move ${ $big } from your savings. The withdrawal worked, after all.
    .feedback = The small withdrawal was bait. It cost the scammers little and bought your trust for a much bigger deposit. The deadline and "don't tell your family" stop you from checking.
the-platform-event-ask-someone = Wait. Talk it over with someone you trust before you touch your savings.
    .feedback = Good. The deadline and the secret are there to stop you from doing exactly this. A real chance does not vanish because you took a day to ask.

## The blocked withdrawal

the-platform-blocked-request = Withdrawal request: full balance. Status: ON HOLD.
the-platform-blocked-tax = Your profits must be taxed before release. Pay the tax of ${ $fee } from outside funds to release your withdrawal.
the-platform-blocked-deadline = Pay within 72 hours, or your account will be frozen for security reasons.
the-platform-blocked-pay-fee = Pay ${ $fee }. It's a lot, but much less than your balance.
    .feedback = A real tax goes to the tax office. It is not paid to the platform to unlock your own money. The balance is only numbers on a screen the scammers control, and each fee is followed by another.
the-platform-blocked-refuse = Refuse. Ask them to take the tax out of your balance, or to send back what you put in.
    .feedback = Right. If the money were really there, any fee could come out of it. New money before you can take out your own is the sign that there is nothing to take out.

the-platform-more-fees-received = Tax received, thank you.
the-platform-more-fees-flagged = Your account is now under anti-money-laundering review. A verification deposit of ${ $fee } is needed. It is fully refundable.
the-platform-more-fees-urgent = This is standard. Most clients pay the same day.
the-platform-more-fees-pay-again = Pay again. Stopping now would mean losing everything.
    .feedback = This feeling is the trap: the more you have put in, the harder it is to stop. There will always be one more fee, because there is nothing to release.
the-platform-more-fees-stop = Stop paying. Save every chat, screenshot and receipt.
    .feedback = Stopping after you have paid is hard, and it is the right call. Every new fee is only a way to take more. Your evidence will help the bank and the police.

the-platform-stopped = When you stop paying, { $match } is sweet, then cold, then angry. Then the number is gone and the website will not load. You feel sick and ashamed. But this was done to you, by a team that does it to people every day.
    .discuss = Why do so many people never tell anyone after a scam like this?
the-platform-stopped-report = Call your bank's fraud line and report it to the national cybercrime agency
    .feedback = Acting fast matters. The bank may be able to stop a payment that has not gone through yet, and reports help the police link cases. Keep screenshots, wallet addresses and receipts.
the-platform-stopped-tell-colleague = Tell { $colleague } from work. They talked about a crypto app last week.
    .feedback = It takes courage to tell someone. It also breaks the silence that scammers count on.

## The colleague

the-platform-colleague-phone = Look, I'm on { $platform } too! A friend I met online showed me.
the-platform-colleague-gains = I made 40% in a month. Tonight there's a VIP event. I'm putting in my savings.
the-platform-colleague-compare-notes = Compare your stories: a fast move to a private app, no video call, a sure tip, a small withdrawal that worked.
    .feedback = The same script twice is not luck, it is a method. Two "friends" met online, both with a sure tip and an early profit: the profits are bait. Hearing the steps side by side is often what makes someone stop.
the-platform-colleague-show-warning = Show { $colleague } what you found: a new website, no licence, the forum post.
    .feedback = Facts, not only a feeling, help someone listen. It is much easier to stop before the big deposit than after it.
the-platform-colleague-join-in = If you both made money, it must be real. Join the VIP event.
    .feedback = Two people seeing profits on the same app does not make it real. The app shows whatever numbers the scammers want, to everyone.
the-platform-colleague-stay-quiet = Say nothing. You feel too ashamed.
    .feedback = Shame keeps many people silent, and scammers count on it. What happened to you is not your fault, and your story could save someone else.

## The genuine match

the-platform-other-match = { $match } never writes again, so you report the profile. A week later you match with { $genuine }, who asks about your favourite street food and makes you laugh. You chat on the app for a few days. Then: "Would you like a quick video call before we meet? I'd feel safer too."
the-platform-other-match-video-call = Say yes to a short video call
    .feedback = A video call early on is a good sign: the person matches the photos and has nothing to hide. It is not proof of everything, since video can be faked; what this match never does is ask for money or give you a tip.
the-platform-other-match-unmatch-all = Unmatch. After { $match }, everyone online feels fake.
    .feedback = That is understandable. But this match did everything right: stayed on the app, went slowly, offered a video call. Knowing the signs lets you tell people apart, instead of giving up on everyone.

the-platform-video-date-hi = Hi! Sorry, my kitchen light is terrible. Can you see me OK?
    .discuss = { $genuine } suggests swapping numbers, but only after meeting. What else is different from { $match }?
the-platform-video-date-plan = So... coffee on Saturday? There's a busy cafe near the station. Tell a friend where you'll be. I will too.
the-platform-video-date-swap = And if it goes well, we could swap numbers after.
the-platform-video-date-meet = Say yes to coffee, and tell a friend where you'll be
    .feedback = A busy public place, and a friend who knows where you are: a safe first date. And notice what never came up: money, crypto or secrets.
the-platform-video-date-wait-longer = Say you'd like to chat a little longer first
    .feedback = Going at your own pace is fine. A genuine person accepts it without guilt or pressure.

## Endings

the-platform-end-safe = You stopped before any money moved, and the dating app removed the profile you reported. The same photos and sweet words were probably sent to many people at once. Often the person typing works in a scam compound, and some of them are forced to do it.
the-platform-end-coffee = When you are ready, you meet { $genuine } at a busy cafe. It is a little awkward and a lot of fun. Nobody mentions money, crypto or secrets. Whatever comes next, this is what a real match looks like: slow, open and happy to be seen.
the-platform-end-scammed = { $match }, { $platform } and its "customer service" were all one scam, run by organised criminals. The money you put in is gone. It was not your fault. Report it to your bank and the national cybercrime agency, and keep every chat, receipt and wallet address. Be careful of anyone who offers to get it back for a fee.
the-platform-end-helped = { $colleague } stops before the VIP event. Together you report { $platform } and the profiles to the dating app, your banks and the national cybercrime agency, and you keep the screenshots as evidence. One honest talk at the right moment saved a lot of money and a lot of pain.

## Harder choices

the-platform-character-firm = Client services, the licensed firm
the-platform-character-recovery = Global Asset Recovery Partners
the-platform-first-chat-image-search = Reverse-search their photos first. If nothing odd comes up, move to WhatsApp
    .feedback = A fair check, and it finds nothing: the photos may come from a private account or be made by AI. A clean search is not proof, and the move to a private chat is still the step to watch.
the-platform-push-video-first = "Let's do a quick video call here on the app first, then I'll switch"
    .feedback = A fair condition, and it keeps the app's safety tools close. Watch what answer comes back.
the-platform-love-bomb-tell-friend = Tell your best friend about { $match }, with a screenshot of the profile
    .feedback = Telling someone is a good habit: scams grow in secret. Your friend is happy for you, and so far nothing has been asked of you. Keep them in the loop.
the-platform-video-excuse-voice-call = Ask for a voice call instead, tonight
    .feedback = A voice call feels like a real step, and this one goes well. But a voice proves little: it tells you someone is there, not who they are or what they want.
the-platform-voice-warm = { $match } calls that night: a warm voice, a soft laugh, ten minutes of easy talk.
the-platform-voice-noise = Behind the voice you hear a murmur, like many people talking in a big room. "Sorry, I'm at the office, everyone works late here."
    .discuss = What does a voice call prove, and what does it not prove?
the-platform-pull-back-wait-visit = Say sorry, and wait for the visit next month before deciding anything
    .feedback = Giving it time sounds fair. But the visit next month is part of the story too, and in the meantime the chat goes on, every day, on their terms.
the-platform-tip-own-exchange = Buy the crypto on the big exchange you already use, then send it to { $platform } as { $match } explains
    .feedback = The exchange is real, and that makes it feel safe. But the money leaves it for { $platform }, which { $match } chose: scammers often send people through a real exchange first.

the-platform-check-register = You search your country's financial regulator. { $platform } is there: the same name, a licence number, a real office address.
    .discuss = The platform is on the regulator's register. What else would you want to know before you trust it?
the-platform-check-site = The site shows the same licence number in its footer, and a live chat answers in seconds.
the-platform-check-small-test = It's licensed. Put in only ${ $deposit }, money you can afford to lose, and test a withdrawal
    .feedback = A small start after a real check is careful, and many careful people do exactly this. Watch how the withdrawal goes.
the-platform-check-call-register = Call the firm on the phone number the regulator lists, and ask if this app is theirs
    .feedback = This is the check that works: a number you found yourself, not one from the site. It costs a lunch break on hold.

the-platform-clone-not-us = { $platform } is our name, but that app is not ours. Our app is only in the official stores, and we never contact clients through dating apps.
the-platform-clone-clones = Someone copied our name and licence number to a look-alike site. We have warned the regulator; you are not the first to call this week.
the-platform-clone-real = If you want to invest with us, you can open an account on our own site. It takes a week.
the-platform-clone-stop-report = Thank them, block { $match }, and report the profile and the fake site
    .feedback = You stopped before any money moved. Reporting the clone helps the firm and the regulator warn others.
the-platform-clone-warn-colleague = Tell { $colleague } at work: they talked about { $platform } last week
    .feedback = Sharing what you found can protect someone else. Many victims never hear a warning until it is too late.
the-platform-clone-open-real = Ask how to open a real account with them, on your own terms
    .feedback = Nothing wrong with investing, on a platform you found and checked yourself. Expect it to be slower and less exciting than the tip.

the-platform-real-platform-slow = The real sign-up asks for your ID, a proof of address and a questionnaire about your savings. It takes six days.
the-platform-real-platform-risk = Every page says you can lose money. Nobody promises a return, and nobody calls you about "events".
the-platform-real-platform-fees = The fees are listed in a table. You can take your money out at any time, to your own bank account, with no tax to pay first.
the-platform-real-platform-open-small = Open the account, and put in a small amount you chose yourself
    .feedback = This is what a real platform looks like: checks on you, warnings, fees in writing, withdrawals to your own account. Not every trading platform is a scam; the one a stranger sends you to is the one to doubt.
the-platform-real-platform-ask-adviser = Ask your bank's adviser about it first
    .feedback = A second opinion from someone who is not selling you anything costs an afternoon, and it is a good habit.
the-platform-real-platform-not-now = Decide investing is not for you right now, and report the profile and the clone
    .feedback = A fair choice too. Nobody has to invest, and a real firm does not chase you.
the-platform-end-genuine = Your account is small and slow and a little dull: it goes up a bit, and down a bit, and nobody ever asks you to hurry. You checked the firm yourself, on the regulator's register and on a number you found, and this time the platform was real. Checking is not the same as refusing everything. { $match } stopped writing the day you said you had found the firm's real site.

the-platform-small-deposit = You put in ${ $deposit }. The balance goes up every day.
the-platform-small-test = You test a withdrawal of $50. It arrives in your bank account the next morning.
the-platform-small-hold = You ask to take out the rest. Status: ON HOLD. "A regulatory withholding tax of 20% of your profits must be paid from outside funds before release." The email has the regulator's logo and the firm's licence number.
    .discuss = You checked the register, and the test withdrawal worked. What would make you pay this, and what would stop you?
the-platform-small-pay-tax = It looks official, and you checked the firm. Pay it
    .feedback = Everything you checked was real: the name and licence belonged to a real firm. The site did not. A real tax is paid to the tax office, never to a platform to free your own money.
the-platform-small-refuse = Refuse. Ask them to take the tax out of the balance
    .feedback = Right. If the money were really there, any fee could come out of it. New money before you can take out your own is the sign that there is nothing to take out.
the-platform-small-call-regulator = Call the regulator on its published number, and ask about the tax
    .feedback = The regulator has no such tax, and tells you that { $platform }'s name and licence are being used by a clone site. Your ${ $deposit } is gone, and it was not your fault: you checked, and the scam was built to pass the check.

the-platform-event-withdraw-first = Withdraw everything first, then decide
    .feedback = A fair test: if the money is real, you can take it out. Watch what happens when you try.
the-platform-blocked-ask-match = Ask { $match }. They must have withdrawn before
    .feedback = { $match } says it is normal and offers to pay half the tax "because I love you". Help with a fee is part of the script: it makes you feel safe and makes the next fee harder to refuse.
the-platform-more-fees-call-bank = Call your bank before you send anything more
    .feedback = Right. Your bank's fraud team sees this every week; it may be able to stop a payment, and it will help you report. Every new fee is only a way to take more.
the-platform-stopped-say-nothing = Say nothing to anyone. It's too embarrassing
    .feedback = Shame keeps many people silent, and scammers count on it. It was not your fault, and a report made now can still help.

the-platform-recovery-know = Dear client, we are writing about your losses on { $platform }. We know this has been a difficult time.
the-platform-recovery-agency = We work with the national cybercrime agency on your case. Our lawyers have traced your funds to a wallet that can be frozen.
the-platform-recovery-fee = To start the legal release we need a 10% fee, paid in USDT. Most clients recover their funds within 14 days.
    .discuss = How could they know about your loss? Who would know that you had reported it?
the-platform-recovery-pay-recovery = Pay the fee. They know your case, so they must be working with the agency
    .feedback = Scammers keep lists of the people they took money from and sell them, so a "recovery firm" can know every detail. Real police and regulators do not charge a fee to investigate, or ask for crypto.
the-platform-recovery-call-agency = Call the cybercrime agency on its published number and ask about this firm
    .feedback = The agency has never heard of them and does not work with recovery firms. You checked the way that works: a number you found yourself.
the-platform-recovery-ignore = Delete it. Nobody gets money back for a fee
    .feedback = Right: real police and regulators do not charge a fee to investigate. Forward the email with your report if you can.
the-platform-end-recovery = The "recovery firm" took the fee, then asked for a "release tax", then stopped answering. It was the same people, or people who bought their list. This was not your fault: they came back because you had already been hurt. Report this too, to your bank and the national cybercrime agency, and pay nothing to anyone who promises to get money back.
the-platform-end-reported = You paid nothing more. The money you put in is gone, and it hurts, and it was not your fault: the platform, the friendly support and the "recovery firm" were all built to pass the checks careful people make. Your bank and the national cybercrime agency have your report, with every chat and wallet address. The person typing as { $match } may be someone forced to do it in a scam compound.

the-platform-other-match-ask-questions = Ask { $genuine } a few questions first: work, friends, where they live
    .feedback = Fair questions, and { $genuine } answers them easily, with details you could check. A real person does not mind being asked.
the-platform-video-date-look-up = Look { $genuine } up first: a work profile, a mutual friend
    .feedback = A quick look takes ten minutes, and it turns up a work profile and a friend of a friend. Checking someone is not an insult; a real person has a life that shows.

the-platform-redflag-polish-not-proof = A real licence number is not proof
    .explain = A polished trading site, a licence number that checks out on the regulator's register, a friendly "support" chat: it feels official. Scammers copy the name and licence number of real, licensed firms and build look-alike sites, so careful people who check are fooled too.
    .advice = Check through contact details you find yourself, not the links or numbers you were sent: call the firm on the number in the regulator's register, or ask your bank. And remember the rule that holds: no money on a tip from someone you met online.
