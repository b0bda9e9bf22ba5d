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

the-platform-check = You search. { $platform } has a shiny website, but it was set up five weeks ago. It is not on the regulator's list. One forum post says: "They let me withdraw once, then asked for a tax." And the name rings a bell: { $colleague } at work talked about { $platform } last week.
    .discuss = Where would you check a trading platform in your country?
the-platform-check-stop-report = Stop here. Block { $match } and report the profile and the website.
    .feedback = You stopped before any money moved. Reporting the profile and the site helps stop the next person.
the-platform-check-warn-colleague = Talk to { $colleague } at work tomorrow
    .feedback = Sharing what you found can protect someone else. Many victims never hear a warning until it is too late.
the-platform-check-try-anyway = { $match } sends screenshots of big profits. Try with a small amount anyway.
    .feedback = Screenshots are easy to fake, and a small amount is exactly how it starts. The plan is to show you a profit, then ask for much more.

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
