face-on-the-call-title = The face on the call
face-on-the-call-summary = A man you meet online passes the test everyone tells you about: he video calls, and his face is real. You are a woman in your fifties in Australia, and you decide what a real face proves.

## Characters

face-on-the-call-character-man = { $man }
face-on-the-call-character-genuine = { $genuine }
face-on-the-call-character-daughter = { $daughter }, your daughter
face-on-the-call-character-platform = { $platform }

## Variables

face-on-the-call-city-perth = Perth
face-on-the-call-city-adelaide = Adelaide
face-on-the-call-city-geelong = Geelong
face-on-the-call-man-david = David
face-on-the-call-man-michael = Michael
face-on-the-call-man-andrew = Andrew
face-on-the-call-genuine-graham = Graham
face-on-the-call-genuine-steve = Steve
face-on-the-call-genuine-phil = Phil
face-on-the-call-daughter-jess = Jess
face-on-the-call-daughter-amy = Amy
face-on-the-call-daughter-kate = Kate
face-on-the-call-friend-carol = Carol
face-on-the-call-friend-lyn = Lyn
face-on-the-call-friend-sue = Sue
face-on-the-call-platform-aurum = Aurum Bullion Markets
face-on-the-call-platform-goldcrest = Goldcrest Capital
face-on-the-call-platform-meridian = Meridian Metals Trading

## Two messages

face-on-the-call-start = You are 54 and live in { $city }. Your marriage ended four years ago, the children have grown up, and the evenings are long. Your daughter { $daughter } set up your dating profile and gave you one rule: "If he won't video call, he's a scammer. Real men show their face."
    .discuss = Where have you heard advice like { $daughter }'s? What does a video call really prove?

face-on-the-call-inbox = This week two men write to you. { $man } is a civil engineer from { $city }, widowed, on a contract in Dubai: a kind face, good photos, a long message that makes you smile. { $genuine } is a retired electrician who lives twenty minutes away. His message is three lines with a spelling mistake, and his photos are of his dog and his vegetable garden.
face-on-the-call-inbox-reply-man = Reply to { $man }. His message is the one you read twice.
    .feedback = Nothing wrong with that. A warm, well-written message is what anyone would answer. What matters is what happens next.
face-on-the-call-inbox-reply-genuine = Reply to { $genuine }. Local, and easy to meet for a coffee.
    .feedback = A fine choice. Someone nearby can be met in a public place, where much of what you need to know becomes clear.
face-on-the-call-inbox-reply-both = Reply to both, and see who you get on with
    .feedback = Perfectly normal on a dating site. You start with { $man }'s long message.

## The stranger

face-on-the-call-man-chat-hello = What a lovely smile. I almost didn't write, I'm not good at this.
    .discuss = A man far away, widowed, with a good job: why might a scammer choose this story?
face-on-the-call-man-chat-story = I lost my wife three years ago. My daughter is at university in Sydney. I'm in Dubai until the project ends in spring, then I'm coming home for good.
face-on-the-call-man-chat-move = I'm hardly ever on this site, it keeps logging me out. Could we talk on WhatsApp? Here's my number.
face-on-the-call-man-chat-whatsapp = Message him on WhatsApp
    .feedback = Moving fast from the dating site to a private app is a common first step: there, the site can no longer see the chat or remove the account. Many real people move too, so watch what comes next.
face-on-the-call-man-chat-video-first = "Before anything else, I'd like a short video call."
    .feedback = You used the check { $daughter } taught you, and you stayed on the site while you did it. Watch what the call can and cannot show.
face-on-the-call-man-chat-stay-app = "Let's keep chatting here for now."
    .feedback = Staying on the site keeps its reporting tools close. It may cost you a little of his warmth; see how he takes a small "not yet".

face-on-the-call-stay = Of course, no rush. I'm old-fashioned too. Let me do better than messages: let's have a video call on Sunday, so you know I'm real.

face-on-the-call-whatsapp-morning = Good morning, beautiful. It's 5 a.m. here and you're my first thought.
face-on-the-call-whatsapp-daughter = My daughter would like you. She says I've smiled more this month than in three years.
face-on-the-call-whatsapp-future = When I'm home, I'd like to show you the coast road. Just the two of us.
face-on-the-call-whatsapp-ask-video = Ask for a video call, as { $daughter } told you
    .feedback = A fair request. Many scammers avoid it, so it does catch some. Watch what the call can and cannot show.
face-on-the-call-whatsapp-enjoy = Enjoy it. It has been a long time since anyone wrote to you like this.
    .feedback = This is love bombing: big feelings after a few weeks, a shared future, messages every morning. It works because it meets a real need. After the move to WhatsApp, it is the usual next step.
face-on-the-call-whatsapp-slow-down = Tell him it is all a bit fast for you
    .feedback = A fair thing to say, and you said it kindly. Someone who cares for you can go slower. See how he answers.

face-on-the-call-offers-call = I know I've been a lot. You deserve to see who you're talking to. Video call tonight, 8 your time?

## The call

face-on-the-call-call-connects = The call connects. It is him: the same face as the photos, grey at the temples, laughing at himself because he can't find the right button. He says your name the way he writes it. Behind him: a small flat, a hard hat on the shelf, a window with tall buildings. The picture freezes for a second, then catches up.
    .discuss = Everything here matches the photos. Name three ways a call like this could still be false.
face-on-the-call-the-call-short = The signal out here is terrible, love. I have to go, early start. Same time Sunday?
face-on-the-call-the-call-convinced = He's real. { $daughter }'s test is passed.
    .feedback = It felt like proof, and that is the point. Today a face on a call can be a live face-swap, or a real man paid or forced to sit in front of the camera while someone else types. A call helps, but it proves less than it seems. The rule that holds: never send money or invest on a tip from someone you met online.
face-on-the-call-the-call-odd-details = Note the freeze and the short call. Next time, ask him to turn his head and pass a hand over his face.
    .feedback = A sharp idea: a cheap face-swap can blur when a hand crosses the face. But a good one may not, and a real person hired to do the calls passes every test like this. Checks of the face can fail; checks of what he asks of you do not.
face-on-the-call-the-call-tell-daughter = Tell { $daughter } about the call
    .feedback = Telling someone close is good: secrets help scammers. But { $daughter } was taught the same test you were, and it has just been passed.

face-on-the-call-second-call-wave = On Sunday he turns his head left and right, laughs, waves his hand in front of his face. Nothing blurs. "Satisfied, detective?"
face-on-the-call-second-call-hurt = He is smiling, but you can hear he is a little hurt. The call is shorter than the first one.

face-on-the-call-daughter-happy = { $daughter } is delighted. "See? He video calls. Told you, Mum, that's how you know." She makes you promise to bring him to Christmas.

## The tip

face-on-the-call-weeks = Weeks go by. Morning messages, calls on Sundays. On one of the calls you mention you are worried about retiring on your super.
    .discuss = Why does the tip come only now, after weeks, and after the calls?
face-on-the-call-tip-gold = Don't worry about that, love. I trade gold on { $platform }, my mentor sends me signals. It's paid for my daughter's university.
face-on-the-call-tip-small = Start small, ${ $first }, and I'll guide you. I just want to know you're looked after. I'll send you the link.
face-on-the-call-tip-try-small = Put in ${ $first }. You have seen his face; he is real.
    .feedback = His face may be real, and the tip is still the scam. A money tip from someone you met online is the heart of this crime, and a video call does not change it. Whatever you see on a platform he sends you to is whatever its owners want you to see.
face-on-the-call-tip-check-platform = Before anything, look up { $platform } on the regulator's register yourself
    .feedback = Careful, and better than trusting his link. See what the register can and cannot tell you.
face-on-the-call-tip-decline = "I don't mix money and love. No, but thank you."
    .feedback = You held the rule that protects even when the face is real: no money on a tip from someone you met online. It may cost you something: see how he takes it.

face-on-the-call-register = On ASIC's professional register, the regulator's own website, there it is: { $platform }, a licensed firm in Sydney, with the same licence number as the site he sent. Your heart lifts. The register gives an office address and a phone number; his site has a chat window and a WhatsApp support line.
face-on-the-call-register-good-enough = It is licensed. Put in ${ $first }.
    .feedback = You did check, and the licence was real: it belongs to a real firm. Scammers copy the name and licence number of licensed firms, and build a look-alike site. A nice site and a real licence number are not proof that you are dealing with that firm.
face-on-the-call-register-compare = Call the number on the register, not the one on his site, and ask if the site is theirs
    .feedback = This is how a check holds: through contact details you found yourself, not ones you were sent.
face-on-the-call-register-ask-bank = Take it to your bank's branch before sending anything
    .feedback = A good move. Bank staff see these schemes every week, and they check through channels you cannot be led away from.

face-on-the-call-bank = At the branch, a woman from the bank's scam team looks at the link for a long minute. Then she calls the firm on the number from the register, with you beside her.

face-on-the-call-clone-found = The real { $platform } is polite and tired. "That site isn't ours. Someone is using our name and licence number. You are the fourth caller this month." The face on your phone's lock screen smiles up at you.
    .discuss = The register was real and the licence was real. What made the difference?
face-on-the-call-clone-found-tell-man = Tell { $man } what you found. Maybe he has been fooled too.
    .feedback = A kind thought, and common. But a scammer will always have an answer, and the answer usually comes with another call to make you feel sure again.
face-on-the-call-clone-found-block-report = Block him, and report the profile and the site to the dating site and Scamwatch
    .feedback = However real the face, the tip was the scam. Reports help take down the profile and the site before they reach the next person.

## When you say no

face-on-the-call-pushback-hurt = After every call, every morning, you think I'm a liar? You've SEEN me.
face-on-the-call-pushback-proof = Look at me. Look at me and tell me I'm not real.
face-on-the-call-pushback-last = I can't be with someone who doesn't trust me. Show me you trust me, or this is goodbye.
face-on-the-call-pushback-hold-rule = "I believe you're real. I still won't send money on anyone's tip."
    .feedback = This is the rule that protects when every other check has passed. You do not have to decide whether the face is real. It costs you something, and it keeps you safe.
face-on-the-call-pushback-give-in = Say sorry, and put in the ${ $first } to show him you trust him
    .feedback = "Show me you trust me" turns money into a test of love. It works on kind people because they do not want to hurt anyone. A real person can be trusted and still not tell you where to put your money.
face-on-the-call-pushback-give-in-more = Say sorry, and make the bigger deposit to show him you trust him
    .feedback = "Show me you trust me" turns money into a test of love. It works on kind people because they do not want to hurt anyone. A real person can be trusted and still not tell you where to put your money.
face-on-the-call-pushback-ask-time = Ask for a week to think, and talk it over with { $daughter }
    .feedback = Taking time is always allowed. A "last chance" is there to stop exactly this.
face-on-the-call-pushback-ask-time-late = Ask for a week to think, and talk it over with { $daughter }
    .feedback = Taking time is always allowed. A "last chance" is there to stop exactly this.

face-on-the-call-gone = { $man } goes quiet, then sends a long sad message, then an angry one. Then his number stops answering. It hurts more than you expected. Whoever he was, the mornings felt real.

## The early profit

face-on-the-call-profit-balance = Welcome back. Your portfolio is up 18% this month.
face-on-the-call-profit-withdraw = Test withdrawal of $200: completed. Check your bank account!

face-on-the-call-event-see = See? I told you. Now listen: before the next rate decision gold will jump. I'm putting in everything.
face-on-the-call-event-window = It's a 48-hour window. Put in ${ $big } and we'll be set. For us, when I come home.
face-on-the-call-event-secret = Don't tell { $daughter } yet. She'll worry, and there's no time.
    .discuss = The withdrawal really worked. Why would a scammer let you take money out?
face-on-the-call-event-deposit-big = Move ${ $big } from your super and savings. The withdrawal worked, after all.
    .feedback = The small withdrawal was bait: it cost them little and bought your trust for a much bigger deposit. The deadline and "don't tell your daughter" are there to stop you checking.
face-on-the-call-event-ask-daughter = Tell { $daughter } anyway, before you touch your savings
    .feedback = You broke the secret he asked you to keep. That one step stops many of these scams.
face-on-the-call-event-keep-small = "I'll leave what's there, and I won't put in more."
    .feedback = Keeping the amount small limits the harm. But the tip itself is the warning sign; see what he does when you stop feeding it.

face-on-the-call-daughter-talk-saw = But you've seen him, Mum. That was the test.
face-on-the-call-daughter-talk-but = Hang on. He tells you where to put your money? Nobody told me to check that part.
face-on-the-call-daughter-talk-stop-clean = Stop: no money on his tip, whoever he is
    .feedback = Right. You do not need to prove he is fake. A tip from someone met online is enough reason to say no.
face-on-the-call-daughter-talk-look-together = Look up { $platform } together on the regulator's register
    .feedback = Two people checking is better than one. See what the register can and cannot tell you.
face-on-the-call-daughter-talk-carry-on = { $daughter } hasn't met him. Do what he says.
    .feedback = He has put himself between you and your family: a common step. A real partner is glad when your family asks questions.

face-on-the-call-daughter-worry-saw = But you've seen him, Mum. That was the test. And the withdrawal worked.
face-on-the-call-daughter-worry-but = Hang on. He tells you where to put your money? Nobody told me to check that part.
face-on-the-call-daughter-worry-stop-now = Stop: no more money. Try to take out what you put in.
    .feedback = Right, and hard to do with money already in. Stopping now is what protects the rest of your savings.
face-on-the-call-daughter-worry-to-bank = Go to your bank's branch together tomorrow and show them everything
    .feedback = A good move. Bank staff see these schemes every week. Going together also breaks the secret he asked you to keep.
face-on-the-call-daughter-worry-carry-on = { $daughter } hasn't met him. Make the big deposit.
    .feedback = He has put himself between you and your family: a common step. A real partner is glad when your family asks questions.

face-on-the-call-bank-late = At the branch, a woman from the bank's scam team calls { $platform } on the number from the regulator's register. "That site isn't ours," says the real firm. "Someone is using our name and licence number." The test withdrawal, she explains, was bait.

face-on-the-call-small-loss = You ask to withdraw your balance. "On hold: release tax of ${ $fee } required." You do not pay it. { $man } is sweet, then cold, then gone. The ${ $first } will not come back. The rest of your savings is safe.
face-on-the-call-small-loss-report = Call your bank and report it to ReportCyber and Scamwatch
    .feedback = Reporting even a small loss helps: the police link cases by the same site, the same face, the same wallet.
face-on-the-call-small-loss-tell-friend = Tell { $friend } at book club what happened
    .feedback = Telling someone is hard, and it breaks the silence these schemes count on.

## The blocked withdrawal

face-on-the-call-blocked-request = Withdrawal request: full balance. Status: ON HOLD.
face-on-the-call-blocked-tax = Profits must be taxed before release. Pay a tax of ${ $fee } from outside funds.
face-on-the-call-blocked-deadline = Pay within 72 hours, or the account will be frozen for compliance reasons.
face-on-the-call-blocked-pay-fee = Pay ${ $fee }. It is a lot, but much less than the balance.
    .feedback = A real tax is paid to the tax office, not to a platform to unlock your own money. The balance is a number on a screen the scammers control, and each fee is followed by another.
face-on-the-call-blocked-refuse = Refuse. Ask them to take the tax out of the balance.
    .feedback = Right. If the money were really there, any fee could come out of it. Asking for new money before you can take out your own is the sign there is nothing to take out.
face-on-the-call-blocked-ask-man = Ask { $man } what to do
    .feedback = You ask the one person who sent you there. Listen for whether his answer protects you, or the platform.

face-on-the-call-man-fee-half = That's normal, love, it's the tax rules here. I'll send half of it to you tonight, you pay the rest.
face-on-the-call-man-fee-call = I'll call you tomorrow and we'll celebrate.
face-on-the-call-man-fee-pay = Pay the fee. He is paying half, after all.
    .feedback = His "half" never leaves his side, and a promise of a call keeps you feeling safe. Each fee will be followed by another.
face-on-the-call-man-fee-refuse = Say no. Real taxes are not paid to a trading site.
    .feedback = Right. Even with a face you trust backing it, a fee to unlock your own money is the sign there is nothing there.

face-on-the-call-stopped = When you stop paying, { $man } is sweet, then cold, then angry. Then the number stops working and the site will not load. You feel sick and ashamed. But this was done to you by an organised group that does it to thousands of people.
face-on-the-call-stopped-report = Call your bank's fraud line now, and report it to ReportCyber and Scamwatch
    .feedback = Speed matters: the bank may stop a payment that has not gone through. Keep every chat, receipt and wallet address.
face-on-the-call-stopped-tell-friend = Tell { $friend } at book club
    .feedback = It takes courage to tell someone. It also breaks the silence that scammers count on.

## Afterwards

face-on-the-call-aftermath = You block the number and report him to the dating site and to Scamwatch. You sent nothing on his tip, and it still hurts. { $daughter } is quiet for a while, then says: "I told you the video thing. I'm sorry, Mum."
face-on-the-call-aftermath-tell-friend = Tell { $friend } at book club about it
    .feedback = Sharing it can protect someone else, and saying it out loud helps you too.
face-on-the-call-aftermath-write-genuine = Write back to { $genuine }, the one with the vegetable garden
    .feedback = Giving someone else a chance after a scam takes courage. You know now what to watch for.
face-on-the-call-aftermath-rest = Be done with dating for a while
    .feedback = Fair enough. Taking a break is not giving up, and you kept your savings.

## The friend

face-on-the-call-club-news = { $friend } can't stop smiling. "I've met someone! We video call every night. And he's helping me trade gold. I put in ${ $big } last month. Now they want a tax before I can take it out, but he says that's normal."
    .discuss = { $friend } has already paid. What can a friend still do at this point?
face-on-the-call-club-photo = She shows you his picture. Different name, different story. The same face.
face-on-the-call-club-tell-story = Tell her your story, gently: the same face, the same kind of tip
    .feedback = Hearing the same script twice is often what makes someone stop. The face is shared because it is a tool, not a person who chose you both.
face-on-the-call-club-own-loss = Tell her you lost money too, so she knows she is not foolish
    .feedback = Your own story makes it safe for her to admit what happened. Shame is what keeps people paying.
face-on-the-call-club-sit-with = Don't argue about the man. Tell her not to pay the tax, and offer to sit with her while she calls her bank.
    .feedback = A fee to take out her own money is the clearest sign, and you do not need to win an argument about him to act on it.
face-on-the-call-club-keep-quiet = Say nothing. It is her life, and she looks so happy.
    .feedback = Understandable: nobody wants to break a friend's heart. But silence is what these schemes count on.

## The genuine match

face-on-the-call-genuine-chat-hello = G'day. Not much good at this online stuff. My granddaughter set it up.
face-on-the-call-genuine-chat-garden = Tomatoes coming out my ears this year. Happy to bring you a box if you like them.
face-on-the-call-genuine-chat-coffee = Would you fancy a coffee at the market on Saturday morning? Busy place, no pressure.
    .discuss = What does { $genuine } ask of you, and what does he never ask?
face-on-the-call-genuine-chat-ask-video = Ask for a video call first, as { $daughter } says
    .feedback = Reasonable. See what the call shows, and what it doesn't.
face-on-the-call-genuine-chat-meet = Say yes to coffee at the busy market, and tell { $daughter } where you'll be
    .feedback = A busy public place and someone who knows where you are: a safe first meeting. Meeting in person is the check a scammer can never pass.
face-on-the-call-genuine-chat-too-plain = Leave it. Three lines and a spelling mistake, after all.
    .feedback = A polished message is easy to write when writing is your job, and some scammers write for a living. A plain one proves nothing either way.

face-on-the-call-genuine-connects = The call connects to a view of a ceiling fan, then an ear, then half a face. "Hang on, hang on." A dog barks. The picture freezes. He is back, upside down.
face-on-the-call-genuine-call-sorry = Sorry, love, I'm hopeless with this. Can I just ring you? Or see you at the market Saturday?
face-on-the-call-genuine-call-suspicious = A man who can't manage a video call... Stop answering.
    .feedback = The test you were taught points the wrong way here. Being bad at video says nothing about honesty, just as being good at it says nothing. What he asks of you tells you far more: a coffee in public, nothing else.
face-on-the-call-genuine-call-phone-then-meet = Talk on the phone, then meet for coffee at the busy market
    .feedback = Good. He never moved you to a private app, never hurried you and never mentioned money.
face-on-the-call-genuine-call-look-up = Ask which garden club he's in. Check it with a friend who goes there, then meet.
    .feedback = A check through someone you know yourself is a strong one. It costs you a week, and he doesn't mind.

## Endings

face-on-the-call-end-safe = You sent nothing on his tip. The face on the call may have been a live face-swap, or a real man paid to sit in front of a camera while others typed. Often the people typing, and sometimes the face itself, are in a scam compound, many of them forced to do it. What protected you was not telling real from fake. It was the rule: no money on a tip from someone you met online.
face-on-the-call-end-coffee = On Saturday, { $genuine } is waiting at the market with a box of tomatoes. He is shorter than his photos and talks too much about his dog. Nobody mentions money, gold or secrets. Whatever comes next, this is what a real person looks like: slow, open, and glad to be seen.
face-on-the-call-end-alone = You stop answering. A few weeks later you see { $genuine } at the market, handing out tomatoes at the garden club stall, chatting to your neighbour. He was exactly who he said. The video test could not tell you that. What he asked for, a coffee in public, could have.
face-on-the-call-end-scammed = { $man }, { $platform } and its "support" were one scheme run by organised criminals. The money you put in is gone. It was not your fault: the face, the calls and the small withdrawal were built to pass every check you knew. Call your bank, report to ReportCyber and Scamwatch, and keep every chat and receipt. The person on the call may also be someone held in a compound and forced to do it. Be careful of anyone who offers to get your money back for a fee.
face-on-the-call-end-small = You did check: the video call, the register, a small start. The scammers had built something to pass each check, down to a real firm's licence number. The ${ $first } is gone, and the rest of your savings is safe because you stopped. Report it, and keep the rule: no money on a tip from someone you met online, however real they look.
face-on-the-call-end-friend = { $friend } had paid long before you knew. You did everything right, and it was still too late for her ${ $big }. It is not her fault either. You sit with her while she calls her bank and reports it to ReportCyber and Scamwatch, and she does not pay the tax. The same face was used on both of you: perhaps a face-swap, perhaps a man in a compound with no choice.
face-on-the-call-end-friend-later = Three weeks later { $friend } calls you in tears. She paid the tax, then another fee, then a "release fee". In all, ${ $lost } is gone. It is not her fault, and it is not yours: she had paid before you knew. Now you go with her to the bank and help her report it. Telling her might not have saved the money. It might have saved the last fee.

## The catalogue's red flags, in this story's setting

face-on-the-call-redflag-move-to-private-app = A move to a private chat app
    .explain = A kind man from a dating site soon asks to move to WhatsApp, and later offers a video call himself. Scam groups now pass the video test with live face-swaps or with real people hired, or forced, to sit in front of the camera.
    .advice = Stay on the site where you met. A video call proves less than it seems. The rule that holds: never invest or send money on a tip from someone you met online, however real they look.
face-on-the-call-redflag-crypto-tip-early-profit = A money tip, then a quick profit
    .explain = After weeks of warmth and real-looking calls, a tip about gold or crypto feels like care, not a pitch. A small profit or withdrawal that works makes the platform look real, so you will put in much more.
    .advice = Never invest because someone you met online tells you to, whether or not you have seen their face. Check any platform with your financial regulator using contact details you find yourself, and talk to someone you trust first.
face-on-the-call-redflag-polish-not-proof = A real licence number is not proof
    .explain = A polished trading site, a licence number that checks out on the regulator's register, a friendly "support" chat: it feels official. Scammers copy the name and licence number of real, licensed firms and build look-alike sites, so careful people who check are fooled too.
    .advice = Check through contact details you find yourself, not the links or numbers you were sent: call the firm on the number in the regulator's register, or ask your bank. And remember the rule that holds: no money on a tip from someone you met online.
