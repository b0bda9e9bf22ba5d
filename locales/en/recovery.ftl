recovery-title = The recovery firm
recovery-content-note = This story is about losing money to a scam, and the shame and fear that can follow. It shows no violence. If it brings up something you went through, you can pause or leave at any time with q, and talk to someone you trust.
recovery-summary = You have already lost money to an investment scam. Now a firm says it can get your money back.

## Characters

recovery-character-agent = { $agent }, { $firm }
recovery-character-caller = { $officer }
recovery-character-bank = Your bank's fraud team
recovery-character-police = Officer, police cybercrime unit
recovery-character-group = Scam survivors' support group
recovery-character-search = Search results
recovery-character-regulator = { $fake }, victims' hotline
recovery-character-lawyer = The lawyer, at an office near your shop

## Variables

recovery-you-ana = Ana Reyes, who runs a small bakery in Quezon City
recovery-you-tunde = Tunde Bakare, who owns a phone repair shop in Lagos
recovery-you-mark = Mark Kowalski, who runs a plumbing business in Cleveland, Ohio
recovery-you-supaporn = Supaporn Chaiyasit, who runs a beauty salon in Chiang Mai
recovery-you-arjun = Arjun Mehta, who runs a print shop in Ahmedabad
recovery-you-elena = Elena Popescu, who runs a flower shop in Bucharest
recovery-firm-sterling = Sterling Asset Recovery
recovery-firm-apex = Apex Fund Retrieval Group
recovery-firm-crownfield = Crownfield Legal & Recovery
recovery-agent-whitfield = James Whitfield
recovery-agent-bennett = Laura Bennett
recovery-agent-moreau = Daniel Moreau
recovery-agency-fbi = the FBI
recovery-agency-interpol = Interpol
recovery-agency-regulator = the financial regulator
recovery-officer-harris = Agent Harris
recovery-officer-chen = Officer Chen
recovery-officer-okafor = Inspector Okafor
recovery-fake-ffra = Financial Fraud Recovery Authority
recovery-fake-nfvo = National Fraud Victims Office
recovery-fake-crca = Consumer Restitution and Compensation Agency

## The first contact

recovery-start = You are { $you }. Three months ago you lost ${ $lost } to a fake trading app: the first ${ $card } paid by card, the rest by bank transfer and in crypto. You felt ashamed, though it was not your fault: the app was built by professionals to fool careful people. You posted about it on Facebook and in an online support group, to warn others. Many people answered kindly. A few wrote to you in private.
    .discuss = Why do scammers look for people who have just lost money?

recovery-contact = Subject: Your case - funds traced. Dear client, { $firm } works with { $agency } to return money stolen by online fraud. Our analysts have traced your ${ $lost } to a crypto wallet. We recover up to 90% for victims like you. Reply today to open your case. Ref. RC-2291/7
    .discuss = How might this firm know about the loss? What would you check before you reply?
recovery-contact-reply = Reply. At last, someone who can help.
    .feedback = Scammers watch for posts by people who have lost money, then offer to get it back. It works because the hope is real and the pain is fresh. This is a second scam, aimed at people who were already hurt.
recovery-contact-ask-how = Reply with one question: "How did you find me?"
    .feedback = A good question. Notice whether the answer is something you can check yourself.
recovery-contact-check = Don't reply yet. Find { $agency }'s own website and see how it contacts victims.
    .feedback = Real police and regulators do not write to victims to sell recovery for a fee. Checking through a source you found yourself is a strong step. Watch what the search shows you: scammers buy search results too.
recovery-contact-lawyer = Don't answer them. Find a lawyer who handles fraud cases
    .feedback = Asking a professional is reasonable, and it can cost money. Fraud "recovery" firms often call themselves lawyers too, so look at who is really behind the name.

recovery-found-you = We work with blockchain analysts who track stolen funds. Your case was on the { $agency } victim list that we receive. Time matters: the criminals may empty the wallet soon. Can we call you tomorrow?
recovery-found-you-take-call = Agree to the call
    .feedback = A "victim list" shared with a private firm is not how police work. They most likely found your public post. The deadline pushes you to act before you check.
recovery-found-you-check = Say you'll check with { $agency } yourself first
    .feedback = Good. A real agency will not mind if you check. A scammer will try to stop you, often with a deadline.
recovery-found-you-bank-first = Say nothing yet, and ring your bank on the number on your card
    .feedback = Your bank is someone you reached yourself, and it knows your payments. It costs you an hour on hold in a busy week.

## A lawyer

recovery-lawyer-stars = You search "crypto fraud lawyer". First: "CryptoRecover Legal: 4.9 stars, 312 reviews. No win, no fee. 93% success rate." The reviews are warm and detailed.
    .discuss = What do three hundred good reviews tell you? What don't they tell you?
recovery-lawyer-local = Further down, on a map: a law office ten minutes from your shop. Eleven reviews, some of them grumpy. "First consultation: ${ $consult } for one hour."
recovery-lawyer-online-firm = Write to the five-star firm. No win, no fee: nothing to lose
    .feedback = Reviews, a success rate and "no win, no fee" are easy to buy or write. Many recovery scams use a law firm's name, then find a "file fee" or "tax" once you have signed.
recovery-lawyer-local-lawyer = Book the local office and pay the ${ $consult } for an hour
    .feedback = A lawyer you can visit, with a real office and a name you can check with the bar, is someone you can hold to account. The hour costs money, and it may not bring any money back.
recovery-lawyer-search = Before you choose, look up which agency handles this in your country
    .feedback = Knowing who the real authority is helps you judge everyone else. Watch where the search takes you.

recovery-lawyer-real-fee = The lawyer takes your ${ $consult } at the desk and writes you a receipt. She reads your papers for a long time.
recovery-lawyer-real-honest = "I'll be straight with you. Money sent in crypto almost never comes back, and anyone who promises 90% is lying. I won't take a case I can't win."
recovery-lawyer-real-card = "But the ${ $card } you paid by card is different. Ask your bank for a dispute, today: there are time limits. And report it to the police, so it's on record."
recovery-lawyer-real-bank = Go straight home and ring the bank's number on your card
    .feedback = Advice that points you to your own bank, and asks for nothing more, is the kind you can trust. The hour cost ${ $consult }, and it was worth it.
recovery-lawyer-real-police = Go to the police station on the way home
    .feedback = A report puts your loss on record, and the police can link it to others. It is slow, and it is real.
recovery-lawyer-real-firm-after-all = She promised nothing. { $firm } promised 90%. Answer their email after all
    .feedback = An honest "probably not" hurts more than a confident promise. But only the honest answer came from someone you could check. The promise came from people who found you through your post.

## The fee

recovery-call-sorry = I am the lawyer in charge of your case. First, I am so sorry for what happened to you. These criminals are professionals. It was not your fault.
    .discuss = Everything in this first sentence is true. Why does that make the rest easier to believe?
recovery-call-traced = We have traced the wallet, and { $agency } will freeze it as soon as we file your case.
recovery-call-fee = There is a one-time file fee of ${ $fee }. It must be paid in USDT, a crypto coin, for security.
recovery-call-pay-fee = Pay the ${ $fee }. It is small next to ${ $lost }.
    .feedback = A fee before anything happens is the core of this scam. Real police, regulators and bank fraud teams never charge victims to get money back, and never ask for crypto. The kind words are practised.
recovery-call-ask-proof = Ask for proof: their licence, and a letter from { $agency }
    .feedback = Asking for proof is fair. Watch what kind of proof you get, and who it comes from.
recovery-call-refuse-fee = Say you won't pay anything before you talk to your bank
    .feedback = Right. A fee first, in crypto, is the clearest sign. If money is ever recovered, it goes through the police and the courts, not through a fee to a stranger.

recovery-documents-letter = PDF: a letter with a seal and the logo of { $agency }. "Authorised Recovery Partner. Case RC-2291/7."
    .discuss = How would you check whether a letter like this is real?
recovery-documents-licence = Our licence number is FRC-448812. It's on our website, with reviews from happy clients.
recovery-documents-badge = Photo: { $agent } in a suit, with an ID badge, in front of a flag.
recovery-documents-push = Everything is official. We only need the file fee to begin.
recovery-documents-pay = The papers look real. Pay the fee.
    .feedback = Logos, seals, case numbers and badges are easy to copy. A website with glowing reviews costs little to make. Polish is not proof: only a contact you find yourself can confirm.
recovery-documents-call-letter = Call the phone number printed on the letter, to check
    .feedback = Checking is right, but a number they gave you leads back to them. Use a number you find yourself: on the official website, typed in by hand, or on the back of your bank card.
recovery-documents-look-up = Look up { $agency }'s phone number yourself, and call that
    .feedback = Right: logos and numbers on a letter prove nothing, so you look for yourself. Where you look matters too.

recovery-spoof-hello = Good afternoon. This is { $officer }, asset recovery desk, { $agency }.
recovery-spoof-confirm = I confirm that { $firm } is our authorised partner on your case. Please follow their instructions.
recovery-spoof-bank = And please do not talk about this case with your bank. The suspects may have contacts there.
recovery-spoof-trust = That settles it. Pay the fee.
    .feedback = A "confirmation" on a number the firm gave you is the same team playing a second role. Being told not to talk to your bank is a strong sign: a real officer would want your bank involved.
recovery-spoof-doubt = Hang up. Find the official number yourself and call it.
    .feedback = Good. Anyone can say a title on the phone. A number you look up yourself, on a source you can trust, tells you who you are really talking to.

## Your own search

recovery-search-results = You type the name of { $agency } and "fraud victims" into a search engine.
    .discuss = You found this number yourself. What else would you want to know before you trust it?
recovery-search-top = At the top, marked "Sponsored": { $fake }, "Official victim restitution service". The page has the national crest, a case-tracking form and a 24-hour hotline.
recovery-search-gov = Further down: a plainer page on a government address, with a notice headed "Scam alert: fraud recovery firms".
recovery-search-call-top = Call the hotline at the top: it looks official, and you found it yourself
    .feedback = This is what careful people do, and scammers know it: they buy search ads and copy crests for look-alike agencies. Finding a number yourself is a good habit, and it is not enough on its own.
recovery-search-gov-page = Read the plainer page's scam alert first
    .feedback = A government address, a dull page and a warning that asks nothing of you: that is often what the real authority looks like.
recovery-search-ask-bank = Too many official-looking pages. Ring the bank on the number on your card
    .feedback = When you can't tell which page is real, go back to a number you already had before any of this began.

recovery-fake-reg-menu = A recorded voice: "You have reached { $fake }. For victims of online fraud, press 1."
recovery-fake-reg-confirm = A calm officer finds your case number at once. "Yes, { $firm } is a registered recovery partner. Your file is genuine."
recovery-fake-reg-no-fee = "And well done for checking with us directly. We never ask victims for crypto, and never for fees."
recovery-fake-reg-escrow = "The filing deposit goes by bank transfer into our supervised client account, and you get it back in full if recovery fails. The filing window for your case closes today."
recovery-fake-reg-pay-escrow = Pay the deposit by bank transfer. You checked, they warned against crypto, and it is refundable
    .feedback = You did the checks a careful person can do: you found the number yourself, you paid no crypto, you got a receipt. The look-alike agency was built to pass each of them. The rule that holds is this one: nobody real asks you to pay to get lost money back, not even a "refundable" deposit.
recovery-fake-reg-pay-half = Offer half now and half when the money is back
    .feedback = Holding half back feels like protection. But any money paid in before money comes out is the trick, however it is split.
recovery-fake-reg-ask-bank = Tell them you'll call back after speaking to your bank
    .feedback = The "window" closing today is pressure to stop you asking anyone else. Your bank knows which accounts are real. It may mean missing the deadline, and a real agency would not set one.

recovery-fake-paid = The transfer goes through, and a receipt arrives with the crest on it. Two days later the hotline does not answer, the page is gone, and { $firm } no longer replies. The money you sent is gone too.

## The frozen funds

recovery-paid-thanks = Fee received. Your case is now open.
    .discuss = The money is "ready", but only after one more fee. Why is it so hard to stop here? What would you tell a friend in this place?
recovery-paid-frozen = Good news! The wallet has been frozen by { $agency }. Your ${ $lost } is ready for release.
recovery-paid-portal = You can see it in your client portal. Status: FROZEN, awaiting release fee.
recovery-paid-release = The final release fee is ${ $final }, in USDT, within 48 hours. After that, the funds may go back to the criminals.
recovery-paid-pay-final = Pay the ${ $final }. You are so close now.
    .feedback = Money that is "frozen" until you pay one more fee is the same trick as the first scam. The portal is only a page they control. There will always be another fee.
recovery-paid-deduct = Ask them to take the fee out of the recovered money
    .feedback = A fair question. If the money were really there, the fee could come out of it.
recovery-paid-stop = Stop. Call your bank's fraud team on the number on your card.
    .feedback = Right. Your own money, held back until you pay again, is the sign that there is nothing to release. Stopping now protects what you still have.

recovery-excuse-law = That is not allowed by international law. Frozen funds cannot be touched until the fee is cleared.
recovery-excuse-risk = I am risking my licence to help you. Other clients paid and got everything back.
recovery-excuse-clock = 36 hours left. Please don't lose everything a second time.
recovery-excuse-pay = Pay. You can't bear to lose it all again.
    .feedback = "Don't lose everything a second time" turns your pain against you. No law stops a fee from being paid out of real money. The frozen funds are not there.
recovery-excuse-stop = Stop, and check with your bank on the number on your card
    .feedback = Right. There was no law, only a reason to make you pay first. Stopping under this pressure takes strength.

recovery-second-paid-received = Payment received. One last step.
recovery-second-paid-certificate = Now { $agency } needs an anti-money-laundering certificate before release: ${ $fee }. After that, the funds are yours.
recovery-second-paid-pay-again = Pay once more. It has to end at some point.
    .feedback = It is human to keep hoping. But every fee they name is followed by another one, because there is no money to release.
recovery-second-paid-stop = Stop. Save every message and receipt, and get real help.
    .feedback = Stopping after you have paid is very hard, and it is the right step. Nothing you paid makes you to blame for what they did.

## The real help

recovery-verify = You put the firm's messages aside. You find the numbers yourself: the one on the back of your bank card, and the police cybercrime unit on its official website, typed in by hand, not from a link.
    .discuss = Where would you find a number you can trust in your country?
recovery-verify-call-bank = Call your bank's fraud team
recovery-verify-go-police = Go to the police cybercrime unit to report: an afternoon with the shop closed
recovery-verify-lawyer = Pay for an hour with a local lawyer first, to understand your options
recovery-verify-warn-group = First, warn the support group where you shared your story

recovery-bank-hello = Fraud team, thank you for calling. Can you tell me what happened?
recovery-bank-never = We never charge a fee to get money back, and no real agency asks for crypto. And { $agency } never sends a private firm to ask you for money.
recovery-bank-honest = The transfers and the crypto are hard to get back, and I can't promise anything. The ${ $card } you paid by card is different: we can dispute it, if we start now.
recovery-bank-dispute = Start the card dispute, even if it means forms tonight
    .feedback = A card dispute (a chargeback) is a real way some money comes back, through your own bank, with nothing to pay. It has time limits and takes weeks, and it may fail.
recovery-bank-flag-payments = Give them the dates and wallet addresses of every payment to the firm
    .feedback = Acting fast matters. Crypto payments are hard to reverse, but the bank can protect your account, and your report helps trace the people behind it.
recovery-bank-report = Thank them, and report it to the police cybercrime unit as well
    .feedback = The honest answer sounds smaller than the firm's promise of 90%. That is the difference: real help does not promise what it cannot know, and does not ask for money.
recovery-bank-back-to-firm = The firm promised 90%. The bank promises nothing. Give the firm one more chance.
    .feedback = A big promise feels better than an honest "maybe". That is why recovery scams work so well on people who have already lost money. Only the honest answer came from someone you reached yourself.

recovery-police-report = The officer takes your report. They ask for every email, chat, receipt and wallet address.
recovery-police-slow = It may take months, and I can't promise we'll find them. Here is your case number.
recovery-police-known = Other people have reported { $firm } this month. Same letters, same case numbers.
recovery-police-no-fee = We never ask victims for a fee. If anyone calls saying they are us and asks for money, hang up.
recovery-police-go-home = Go home. You have done what you can.
    .feedback = You kept your evidence and reported to the real authorities. That is exactly right, even if the money does not come back.
recovery-police-go-home-disputed = Go home, and wait for the bank's answer on the card
    .feedback = You used the two routes that are real: a police report and your bank. Neither promised anything, and neither asked you for money.
recovery-police-ask-bank = Ask what to do about the card payment, and call the bank
    .feedback = The police can't reverse a payment, your bank sometimes can. It is one more call in a long day.
recovery-police-go-home-paid = Go home. You have done what you can for now.
    .feedback = Reporting, even after paying, is exactly right. Your evidence helps the police link cases and may protect others.
recovery-police-warn-group = Post a warning in the support group where you shared your story
    .feedback = Scammers find victims in public groups. A warning from someone who has been there is often what makes people stop.

## The card dispute

recovery-chargeback-forms = We've opened a dispute on the ${ $card }. Please send your statements and the screenshots of the app by Friday.
    .discuss = The bank promises nothing and asks for paperwork. The firm promised 90%. Which would you trust, and why?
recovery-chargeback-weeks = It can take up to six weeks. The other company may contest it.
recovery-chargeback-no-promise = I'm sorry I can't say more. We never ask for a fee, and we'll only contact you through the app or the number on your card.
recovery-chargeback-police-too = Report it to the police as well, with the bank's case number
    .feedback = A police report helps the bank's dispute and links your case to others. Another afternoon with the shop closed.
recovery-chargeback-wait = Send the papers, and wait
    .feedback = Waiting is hard when someone else is promising you fast results. The real route is slow.
recovery-chargeback-wait-paid = Send the papers, and wait
    .feedback = Waiting is hard when someone else is promising you fast results. The real route is slow.
recovery-chargeback-firm-faster = { $firm } writes again: they can "speed up" your bank dispute. Let them help while you wait
    .feedback = Recovery scammers often offer to "speed up" a real process. Your bank needs nobody in between, and it never asks a fee.
recovery-chargeback-warn-group = Warn the support group about { $firm } while you wait
    .feedback = A warning from someone who has been through it is one people believe.

## The support group

recovery-group-question = New post: "{ $firm } says they can get my money back for a small fee. Has anyone used them?"
    .discuss = How can someone in a group like this tell real advice from fake praise? What could a reply say that would help?
recovery-group-praise = Reply from a new account: "Yes!! They got back ALL my money in two weeks. Message them now!!"
recovery-group-warn = Reply: this is a recovery scam. No real agency charges a fee. Here is how to report it.
    .feedback = You named the trick and showed a better way. Glowing replies from new accounts are often the scammers themselves.
recovery-group-share-story = Share what happened to you, fees and all
    .feedback = Telling your story takes courage. People listen to someone who has been there, and it shows that this can happen to anyone.
recovery-group-report-post = Report the glowing reply to the group's admins as a fake account
    .feedback = A brand-new account full of praise is a common trick in victims' groups. Admins can remove it and warn members.
recovery-group-scroll = Scroll past. You have been through enough.
    .feedback = That is understandable. But a short reply from someone who knows the signs can stop the next person from paying.

## Endings

recovery-end-safe = You did not pay the firm. Your report joins others about { $firm }, and that helps the police link the cases. Your first loss still hurts, and it was not your fault. You kept your evidence, and you know the sign now: real help never asks for a fee in crypto.
recovery-end-scammed = The recovery firm was a second scam, run by people who look for victims who have already been hurt. The fees you paid are gone, and there was never any frozen money. It is not your fault. Report it to the police cybercrime unit and your bank, keep every message and receipt, and talk to someone you trust or a support service.
recovery-end-helped = The person who asked thanks you: they were about to send the fee. Others say they got the same letters. The admins remove the glowing reply, and the group pins a warning about { $firm }, with how to report to the real authorities.
recovery-end-chargeback = Seven weeks later, ${ $card } comes back to your card. It is not all you lost: the transfers and the crypto are still gone, and the police case is open, slow and quiet. But nobody asked you for anything, and the people who helped were the ones you reached on numbers you already had. Your first loss was not your fault, and you lost nothing more to scammers.
recovery-end-regulator = You lost the deposit after doing what careful people do: you did not take the firm's word, you searched yourself, you called an official-looking agency, you paid no crypto. The agency was fake, down to the search advert, and built to pass those checks. This was not your fault. Call your bank at once (a recent transfer can sometimes be recalled), report the fake agency's page and number to the police and the real regulator, and remember the rule that holds even when every check passes: nobody real asks you to pay to get money back.

## The catalogue's red flags, in this story's setting

recovery-redflag-upfront-fee = A fee before the money comes back
    .explain = After a loss, a fee to "release" or "recover" your money feels like the last step to getting it back. It is the same trick as before: once you pay, there is always one more fee.
    .advice = Do not pay anyone to get lost money back. Ask your bank, on the number on your card, and the police cyber unit, on its official website: neither charges you to report or investigate.

recovery-redflag-polish-not-proof = Looking official is not proof
    .explain = Logos, case numbers, a law firm's letterhead and a calm, kind voice make a "recovery" offer feel real. Scammers copy real firms, regulators and police, so careful people are fooled too.
    .advice = Check through channels you find yourself, not the links, numbers or documents they send: your bank, the police cyber unit, your country's financial regulator.
