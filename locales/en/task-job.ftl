task-job-title = The task job
task-job-summary = You are nineteen and saving for college. A video offers money for liking videos on your phone, and the first payments really arrive.

## Characters

task-job-character-poster = EasyWork_TH
task-job-character-friend = { $friend }
task-job-character-mentor = { $mentor }, your { $app } mentor
task-job-character-platform = { $app }
task-job-character-company = { $firm }, HR office
task-job-character-cousin = { $cousin }, your cousin at the bank
task-job-character-board = Provincial employment office: job board
task-job-character-owner = Auntie { $owner }, at the dried-fruit shop
task-job-character-mother = Your mother

## Variables

task-job-town-khon-kaen = Khon Kaen
task-job-town-udon-thani = Udon Thani
task-job-town-korat = Korat
task-job-town-chiang-rai = Chiang Rai
task-job-friend-fon = Fon
task-job-friend-mint = Mint
task-job-friend-bee = Bee
task-job-mentor-amy = Amy
task-job-mentor-jenny = Jenny
task-job-mentor-lisa = Lisa
task-job-cousin-nat = Nat
task-job-cousin-pim = Pim
task-job-owner-noi = Noi
task-job-owner-dao = Dao
task-job-app-boostly = Boostly
task-job-app-ratestar = RateStar
task-job-app-clickmall = ClickMall
task-job-firm-siam-digital = Siam Digital Media Co., Ltd.
task-job-firm-northstar = Northstar Marketing Co., Ltd.
task-job-firm-bluewave = Bluewave Online Co., Ltd.

## The advert

task-job-start = You are nineteen and live with your mother in { $town }, Thailand. You finished school last year, you work weekends at a noodle stall, and you are saving for a college course that starts in the new term. You are still short. One night a video comes up on TikTok.

task-job-ad = Part-time work from your phone! Like videos and rate shops, 10 minutes a set, { $pay } baht a set, paid the same day. No experience, no fee. Message us to start tonight.
    .discuss = What in this post would make you want to try it? What would you want to know first?
task-job-ad-message = Message them. Trying one set costs nothing.
    .feedback = Work found through a video or an unexpected message cannot be checked: no company, no address, no one to hold to account. Most task jobs start exactly like this.
task-job-ad-ask-friend = Ask { $friend } first: she shared a post like this last week
    .feedback = Asking someone you know is a good instinct. Listen to what she has seen, and then check for yourself too.
task-job-ad-read-comments = Read the comments before you decide
    .feedback = Hundreds of "I got paid, thank you!" comments feel like proof. They can be written by the same people who run the post, so they show nothing you can check.
task-job-ad-job-board = Look at the provincial employment office's job board instead
    .feedback = A job board from a government office lists employers with a name and an address. The pay there is lower, and that is a real cost: it is also why the video feels so tempting.

task-job-friend-did-it = I did it! Three sets on Sunday, it's so easy.
    .discuss = { $friend } is telling the truth about what she saw. What has she not seen yet?
task-job-friend-paid = { $pay } baht came into my account after ten minutes. Look, here's the screenshot.
task-job-friend-code = Use my invite code, we both get a bonus!
task-job-friend-use-code = Use her code. She got paid, after all.
    .feedback = A friend who was really paid is the strongest proof there is, so these jobs pay the first sets and give invite bonuses. Your friend is not lying: she has not yet reached the part where they ask for money.
task-job-friend-ask-pay-in = "Did they ever ask you to put money in?"
    .feedback = A good question. { $friend } says "not yet, but there is a VIP level I don't need". That is the part to watch: a job pays you, it never asks you to pay in.
task-job-friend-job-board = Thank her, and look at the job board first
    .feedback = { $friend } is a little hurt that you did not take her code. Checking is still fair: a real job will still be there next week.

## The mentor

task-job-chat-hello = Welcome! I'm { $mentor }, I will be your mentor at { $app }.
    .discuss = The mentor is friendly, fast and patient. Why does that make the offer feel safer?
task-job-chat-work = We help online shops and apps get better ratings. You like videos and rate products, 30 tasks a set. Commission is paid to your bank account.
task-job-chat-details = To start I just need your name, your age and a bank account number for your pay. No password, of course!
task-job-chat-send-details = Send your name and account number. Every job needs them for pay.
    .feedback = A real employer needs an account for your pay too, so this feels normal. But you still do not know who they are: no company name, no address, nothing to look up.
task-job-chat-ask-company = "Which company is this? Can I have its name and address?"
    .feedback = Right: you cannot check an employer with no name. Watch what comes back, because a name can be borrowed.
task-job-chat-ask-why = "Why would a company pay for likes? Is that real work?"
    .feedback = A fair question. Ten minutes of tapping for { $pay } baht is more than your noodle stall pays in an hour. Money that easy is the bait.

task-job-why-normal = Ha, everyone asks! It's normal marketing now. Shops need reviews to be seen.
task-job-why-shops = The big brands all do it. You just help the algorithm.
task-job-why-fair-enough = That sounds fair. Start the first set.
    .feedback = It sounds like a modern job, and that is why it works. But likes and ratings bought from strangers are not real work, and a company that hires this way cannot be checked.
task-job-why-ask-company = "OK. What is the company's name and address?"
    .feedback = Good: a name gives you something to check. Check it yourself, not through the links they send.
task-job-why-leave = Say no thanks, and look for other work
    .feedback = You leave a chat that is nice to you and promises easy money. That is not easy, and it costs you the chance of a quick { $pay } baht.

## The company name

task-job-company-name = Of course! { $app } is run by { $firm }: here is our registration number and our website.
task-job-company-papers = I can send you our work contract too, with our logo and stamp.
task-job-company-looks-real = The website is real and the company exists. Go ahead.
    .feedback = The company is real, but it may have nothing to do with this chat: task scams often borrow the name of a real business or recruiting agency. A website, a number and a stamp are easy to copy.
task-job-company-call-company = Find the company's phone number yourself and call its office
    .feedback = This is the check that works: a number you found yourself, not one from the chat. It takes a whole morning on hold before someone answers.
task-job-company-video = Ask { $mentor } for a short video call first
    .feedback = A video call is a fair test, and this one passes. But a face on a call proves only that someone is there: the person may be paid, or forced, to smile for it. The rule that holds is that a job never asks you to pay in.

task-job-video-face = A young woman in a headset smiles and waves. Behind her, an office with many desks.
task-job-video-office = She says: "See? A real office! Welcome to the team." The call lasts two minutes.

task-job-real-not-us = { $firm }? We have no app called { $app }, and we don't hire on Telegram.
task-job-real-others = You are the third person this week. Please report that account.
task-job-real-report-warn = Report the account to the police scam line, and tell { $friend } what you found
    .feedback = Reporting helps the police link the cases. Telling { $friend } may not be easy: she was paid and may not want to hear it.
task-job-real-block = Block the chat and leave it there
    .feedback = You lose nothing. A report would help others, and you can still make one.
task-job-real-collect-first = Do a few sets anyway, just to collect the pay. You will stop before they ask for money.
    .feedback = It feels safe to take their money and stop. But the pay is bait, and it comes from accounts the group controls: that can cause trouble of its own.

## The tasks

task-job-tasks-set = Set complete: 30 of 30 tasks. Commission added.
    .discuss = The app shows a balance that goes up. What does that number prove?
task-job-tasks-balance = Your balance: { $pay } baht. Level 1. Level 2 unlocks higher commission.
task-job-tasks-paid = You tap "withdraw". Five minutes later, { $pay } baht arrives in your bank account, sent from a personal account with a name you do not know.
task-job-tasks-next-set = It works. Do the next sets.
    .feedback = The first payouts are real, and that is the plan: a small payout makes the job feel proven, so the request that comes later feels safe.
task-job-tasks-ask-cousin = Ask your cousin { $cousin }, who works at a bank, if this is normal
    .feedback = Asking someone who knows money is a good move. It costs a little pride: { $cousin } will tease you about "clicking for cash".
task-job-tasks-stop-now = Keep the { $pay } baht and stop here
    .feedback = Stopping while ahead feels like beating them at their own game. You put no money in. But the payment you got came from the group's accounts.

task-job-cousin-account = Paid from a stranger's personal account? A real company pays from a company account.
task-job-cousin-rule = And listen: if they ever ask you to put money in, it's a scam. Every time.
task-job-cousin-stop = Stop, and tell the mentor you are done
    .feedback = You trusted someone who knows how money moves. The payouts were bait, and the stranger's account was a sign.
task-job-cousin-one-more = One more day, then stop
    .feedback = One more day always feels safe, because each day pays. The request for money comes when you trust the job most.

## The set that needs money

task-job-group-lucky = Congratulations! You got a merchant task today. Commission 30%!
    .discuss = Why do you think the request for money comes only now, after days of pay?
task-job-group-prepaid = It is a prepaid task: top up { $deposit } baht first, and it comes back with the commission when the set is done.
task-job-group-others = In the team group, people post screenshots: "Done! Got it all back plus 30%!"
task-job-group-timer = The task expires in 30 minutes.
task-job-group-top-up = Top up { $deposit } baht. It comes back tonight.
    .feedback = This is the turn in every task scam: you pay in to "unlock" the next set. A job pays you; it never asks you to pay. The happy screenshots are posted by the team.
task-job-group-refuse = "I don't pay to work. Please send my balance."
    .feedback = Right. A job that needs your money to go on is not a job.
task-job-group-after-payday = Say you will do it after payday next week
    .feedback = You gave yourself time, and time is what they do not want you to have. Watch how they answer.

task-job-refuse-frozen = If you stop in the middle of a task, the system freezes your balance. You will lose everything you earned.
task-job-refuse-level = Everyone in the team does it. Don't throw away your level now!
task-job-refuse-walk-away = Let the balance go, and leave
    .feedback = You walked away from money the app said was yours. It was a number on a screen, and the only way to "keep" it was to pay.
task-job-refuse-just-once = Pay, just this once, to save the balance
    .feedback = A frozen balance makes one more payment feel like protecting what you earned. That is what the freeze is for.
task-job-refuse-warn-friend = Leave, and tell { $friend } before she reaches this step
    .feedback = You stopped, and you turned what you saw into a warning. { $friend } may be angry at first.

task-job-stuck-negative = Set incomplete. Your balance: minus { $deposit } baht.
task-job-stuck-more = To finish the set and withdraw everything, top up { $big } baht.
task-job-stuck-mentor = { $mentor }: "This happens! It is a lucky combination. After this you can withdraw it all."
task-job-stuck-pay-more = Borrow the money and pay. Then it will all come back.
    .feedback = Each payment is followed by a new "combination", "tax" or "fee". The balance was never real, and paying more only makes the loss bigger.
task-job-stuck-stop-report = Stop paying. Save the chats and the account numbers, and report it
    .feedback = Stopping after a loss is hard, because it means accepting it. It is also what keeps the loss small, and your records help the police.
task-job-stuck-ask-mother = Ask your mother to lend you { $big } baht
    .feedback = Telling someone at home costs you a hard evening. It also brought in someone who could see the trap from outside.

task-job-mother-what = Your mother reads the chat in silence. "{ $big } baht? For likes?"
task-job-mother-angry = She is angry: at them, and for a moment at you. It is the college money.
task-job-mother-stay = Then she sits down with you. "We don't pay them anything more. We tell the police tomorrow."

## After

task-job-after = You leave the group. The mentor stops answering, and the app shows your balance as "frozen". You have lost no money of your own. What now?
task-job-after-report = Report it to the police scam line, with the chats and the account that paid you
    .feedback = A report with the accounts and the chats helps the police link cases. It also protects you if questions come later.
task-job-after-warn-friend = Tell { $friend } what happened, before she puts money in
    .feedback = Warning her may hurt her pride. It may also save her savings.
task-job-after-block = Block them all and try to forget it
    .feedback = Nobody could blame you. Keep the chats all the same: if questions come later, they show what happened.

task-job-hold = Ten days later your bank app says your account is on hold. The { $pay } baht you received had come from money that another person lost to the same group; that person reported it, and every account the money passed through is being checked. You did nothing wrong, and your chats show it, but the bank and the police take weeks to clear it. Your savings are in that account.

## The genuine job

task-job-board = Wanted: part-time help at a dried-fruit shop in { $town }. Take product photos and answer messages on the shop's Facebook page, three evenings a week. { $hourly } baht an hour. Apply in person at the shop. Posted by the provincial employment office.
    .discuss = This job pays much less than the video. What makes it easier to check?
task-job-board-visit = Go to the shop and ask about it
    .feedback = An employer you can meet at a real address, who asks for nothing, is one you can check.
task-job-board-back-to-phone = It pays too little. Message the phone job after all.
    .feedback = The gap in pay is real, and that gap is what task jobs use. Keep the board's job in mind as the measure of a real offer.
task-job-board-keep-looking = Keep looking for something better paid
    .feedback = Nothing lost, nothing gained yet. Careful looking takes time.

task-job-shop-hello = Come in! You saw my notice at the employment office? Sit, sit.
task-job-shop-work = Three evenings, photos and the Facebook page. I'm no good with the phone, my customers write and I don't answer.
task-job-shop-pay = { $hourly } baht an hour, paid every Friday. Try one evening first and see if you like it.
task-job-shop-start = Start on Friday
    .feedback = She asked you for nothing, she pays after the work, and you can see where she is. That is what a real small job looks like.
task-job-shop-in-writing = Ask her to write the hours and the pay on a paper
    .feedback = She laughs, and writes it on the back of a receipt. Asking for it in writing is fair with any employer, and a real one does not mind.
task-job-shop-too-little = Thank her, but the phone job pays more
    .feedback = The pay is low, and that matters when you are saving. The difference is that this one pays you, and never the other way round.

## Endings

task-job-end-safe = You block the chat before any money moves. The company you called adds your message to its warning about the fake accounts using its name. The college money is still short, but it is all there.
task-job-end-waiting = You keep your weekend job at the noodle stall and keep checking the job board. Nothing lost, nothing gained yet. Looking carefully is slower, and it is not wasted.
task-job-end-genuine = On Friday you photograph jars of dried mango and answer twenty messages the shop had missed. Auntie { $owner } pays you in cash and asks you to come again. It is not much money, but it is real, and it will grow with the shop.
task-job-end-helped = { $friend } is angry for a day: she was paid, and she thinks you are calling her stupid. The next evening she writes: "They asked me for { $deposit } baht. I said no." You report the account together, and your reports join others about { $app }.
task-job-end-lost = Your { $deposit } baht is gone. It hurts, and it was not your fault: the job was built to feel safe before it asked. You stopped before it grew, and your report, with the chats and accounts, helps the police link the cases. Call your bank at once to ask about the payment.
task-job-end-scammed = After the { $big } baht, a new "combination" appears, then a "tax" to withdraw. The mentor stops answering. Everything you paid is gone, and some of it was borrowed. It was not your fault: this scam is built to feel safe at every step. Call your bank now and report it with every chat and account. The person typing as { $mentor } may be someone forced to do it in a scam compound.
task-job-end-hold = Your account is cleared after five weeks, and the course deposit was due in three. You will start a term later. You checked, you never paid in, and you stopped: this was not your fault. It is why the rule is to take no pay from a job you cannot check, and to report early, with your chats.

## The catalogue's red flags, in this story's setting

task-job-redflag-social-media-ad = A job from a video or a message
    .explain = TikTok, Facebook, LINE and Telegram are where people already look for extra money, and a post with many happy comments looks trusted. Task jobs are spread there because no one checks them.
    .advice = Look for part-time work where the employer has a name and an address you can check: a government job board, a shop you can visit, a company you can call on a number you found yourself.
task-job-redflag-friend-vouches = A friend was paid
    .explain = A friend who really got paid is strong proof, so task jobs pay the first sets and give invite bonuses. Your friend is not lying: she has not yet reached the step where they ask for money.
    .advice = Ask your friend one question: did they ever ask you to put money in? Then check the job yourself, and tell her what you find.
task-job-redflag-no-company-details = No company you can check
    .explain = A mentor with a first name, an app and a chat give you nothing to look up and nobody to hold to account. People fill the gaps with hope.
    .advice = Ask for the employer's registered name and address, then check them yourself. A job that cannot be checked is not worth your details.
task-job-redflag-pay-too-good = Easy money for tapping
    .explain = Good pay for ten minutes of likes is hard to turn down when you are saving. Likes and ratings bought from strangers are not real work; the easy money is the bait.
    .advice = Compare with what real part-time work pays near you. If a job pays far more for no skill, find out who pays, and why, before you give any details.
task-job-redflag-polish-not-proof = A real name is not proof
    .explain = Task scams borrow the names of real companies and recruiting agencies, with websites, registration numbers, stamps and even a smiling face on a call. Careful people are fooled too.
    .advice = Call the company on a number you found yourself and ask if the job is theirs. Remember the rule that holds even when every check passes: a job never asks you to pay in.
task-job-redflag-crypto-tip-early-profit = Small payouts that work
    .explain = The first payouts are real, so the job feels proven. They are small, and they are paid to build trust before the request for money.
    .advice = A few real payouts prove nothing. Do not give more of your time or details to an employer you cannot check, and ask someone who knows money how real companies pay.
task-job-redflag-upfront-fee = Pay in to unlock the work
    .explain = A "prepaid task", "merchant task" or "top-up" turns you from worker into payer. After days of pay it feels like a small step, and the countdown leaves no time to think.
    .advice = Never pay to get paid. No real job asks you to deposit money, buy crypto or top up a balance to work. Stop, keep the chats, and report the account.
task-job-redflag-blocked-withdrawal = A balance you must pay to free
    .explain = When the app shows a balance "frozen" or negative, paying once more to free it feels like saving what you earned. But the balance is not real, and every payment brings a new "combination" or fee.
    .advice = Do not pay to free a balance. Stop paying, call your bank at once about what you sent, and report it with every chat and account number to the police or your national scam line.
