recovery-title = The recovery firm
recovery-content-note = This story is about losing money to a scam, and the shame and fear that can follow. It shows no violence. If it brings up something you went through, you can pause or leave at any time with q, and talk to someone you trust.
recovery-summary = You have already lost money to an investment scam. Now a firm says it can get your money back.

## Characters

recovery-character-agent = { $agent }, { $firm }
recovery-character-caller = { $officer }
recovery-character-bank = Your bank's fraud team
recovery-character-police = Officer, police cybercrime unit
recovery-character-group = Scam survivors' support group

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

## The first contact

recovery-start = You are { $you }. Three months ago you lost ${ $lost } to a fake trading app. You felt ashamed, though it was not your fault. You posted about it on Facebook and in an online support group, to warn others. Many people answered kindly. A few wrote to you in private.
    .discuss = Why do scammers look for people who have just lost money?

recovery-contact = Subject: Your case - funds traced. Dear client, { $firm } works with { $agency } to return money stolen by online fraud. Our analysts have traced your ${ $lost } to a crypto wallet. We recover up to 90% for victims like you. Reply today to open your case. Ref. RC-2291/7
    .discuss = How might this firm know about the loss? What would you check before you reply?
recovery-contact-reply = Reply. At last, someone who can help.
    .feedback = Scammers watch for posts by people who have lost money, then offer to get it back. It works because the hope is real and the pain is fresh. This is a second scam, aimed at people who were already hurt.
recovery-contact-ask-how = Reply with one question: "How did you find me?"
    .feedback = A good question. Notice whether the answer is something you can check yourself.
recovery-contact-check = Don't reply yet. Find { $agency }'s own website and see how it contacts victims.
    .feedback = Real police and regulators do not write to victims to sell recovery for a fee. Checking through a source you found yourself is the strongest step you can take.

recovery-found-you = We work with blockchain analysts who track stolen funds. Your case was on the { $agency } victim list that we receive. Time matters: the criminals may empty the wallet soon. Can we call you tomorrow?
recovery-found-you-take-call = Agree to the call
    .feedback = A "victim list" shared with a private firm is not how police work. They most likely found your public post. The deadline pushes you to act before you check.
recovery-found-you-check = Say you'll check with { $agency } yourself first
    .feedback = Good. A real agency will not mind if you check. A scammer will try to stop you, often with a deadline.

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
    .feedback = Exactly. Logos and numbers on a letter prove nothing. A number you found yourself reaches the real people.

recovery-spoof-hello = Good afternoon. This is { $officer }, asset recovery desk, { $agency }.
recovery-spoof-confirm = I confirm that { $firm } is our authorised partner on your case. Please follow their instructions.
recovery-spoof-bank = And please do not talk about this case with your bank. The suspects may have contacts there.
recovery-spoof-trust = That settles it. Pay the fee.
    .feedback = A "confirmation" on a number the firm gave you is the same team playing a second role. Being told not to talk to your bank is a strong sign: a real officer would want your bank involved.
recovery-spoof-doubt = Hang up. Find the official number yourself and call it.
    .feedback = Good. Anyone can say a title on the phone. Only a number you looked up yourself tells you who you are really talking to.

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
recovery-verify-go-police = Go to the police cybercrime unit to report

recovery-bank-hello = Fraud team, thank you for calling. Can you tell me what happened?
recovery-bank-never = We never charge a fee to get money back, and no real agency asks for crypto. And { $agency } never sends a private firm to ask you for money.
recovery-bank-honest = I can't promise your money will come back. But we can protect your account, and help you report.
recovery-bank-flag-payments = Give them the dates and wallet addresses of every payment to the firm
    .feedback = Acting fast matters. Crypto payments are hard to reverse, but the bank can protect your account, and your report helps trace the people behind it.
recovery-bank-report = Thank them, and report it to the police cybercrime unit as well
    .feedback = The honest answer sounds smaller than the firm's promise of 90%. That is the difference: real help does not promise what it cannot know, and does not ask for money.
recovery-bank-back-to-firm = The firm promised 90%. The bank promises nothing. Give the firm one more chance.
    .feedback = A big promise feels better than an honest "maybe". That is why recovery scams work so well on people who have already lost money. Only the honest answer came from someone you reached yourself.

recovery-police-report = The officer takes your report. They ask for every email, chat, receipt and wallet address.
recovery-police-known = Other people have reported { $firm } this month. Same letters, same case numbers.
recovery-police-no-fee = We never ask victims for a fee. If anyone calls saying they are us and asks for money, hang up.
recovery-police-go-home = Go home. You have done what you can.
    .feedback = You kept your evidence and reported to the real authorities. That is exactly right, even if the money does not come back.
recovery-police-go-home-paid = Go home. You have done what you can for now.
    .feedback = Reporting, even after paying, is exactly right. Your evidence helps the police link cases and may protect others.
recovery-police-warn-group = Post a warning in the support group where you shared your story
    .feedback = Scammers find victims in public groups. A warning from someone who has been there is often what makes people stop.

## The support group

recovery-group-question = New post: "{ $firm } says they can get my money back for a small fee. Has anyone used them?"
    .discuss = How can someone in a group like this tell real advice from fake praise? What could a reply say that would help?
recovery-group-praise = Reply from a new account: "Yes!! They got back ALL my money in two weeks. Message them now!!"
recovery-group-warn = Reply: this is a recovery scam. No real agency charges a fee. Here is how to report it.
    .feedback = You named the trick and showed a better way. Glowing replies from new accounts are often the scammers themselves.
recovery-group-share-story = Share what happened to you, fees and all
    .feedback = Telling your story takes courage. People listen to someone who has been there, and it shows that this can happen to anyone.
recovery-group-scroll = Scroll past. You have been through enough.
    .feedback = That is understandable. But a short reply from someone who knows the signs can stop the next person from paying.

## Endings

recovery-end-safe = You did not pay the firm. Your report joins others about { $firm }, and that helps the police link the cases. Your first loss still hurts, and it was not your fault. You kept your evidence, and you know the sign now: real help never asks for a fee in crypto.
recovery-end-scammed = The recovery firm was a second scam, run by people who look for victims who have already been hurt. The fees you paid are gone, and there was never any frozen money. It is not your fault. Report it to the police cybercrime unit and your bank, keep every message and receipt, and talk to someone you trust or a support service.
recovery-end-helped = Your reply stays at the top of the thread. The person who asked thanks you: they were about to send the fee. Others say they got the same letters. The group pins a warning about { $firm } and explains how to report to the real authorities.

## The catalogue's red flags, in this story's setting

recovery-redflag-upfront-fee = A fee before the money comes back
    .explain = After a loss, a fee to "release" or "recover" your money feels like the last step to getting it back. It is the same trick as before: once you pay, there is always one more fee.
    .advice = Do not pay anyone to get lost money back. Ask your bank, on the number on your card, and the police cyber unit, on its official website: neither charges you to report or investigate.

recovery-redflag-polish-not-proof = Looking official is not proof
    .explain = Logos, case numbers, a law firm's letterhead and a calm, kind voice make a "recovery" offer feel real. Scammers copy real firms, regulators and police, so careful people are fooled too.
    .advice = Check through channels you find yourself, not the links, numbers or documents they send: your bank, the police cyber unit, your country's financial regulator.
