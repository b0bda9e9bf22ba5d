after-release-title = After release
after-release-summary = You have just been let out of a scam compound and brought to the Thai border. Getting home is slow, your family owes money, and a new job offer is waiting.
after-release-content-note = This story begins the week someone is let out of a scam compound. It mentions detention, debts, a family that does not believe him and the risk of being trafficked again, but it shows no violence. You can pause or leave at any time with q.

## Characters

after-release-character-ngo = A volunteer with an NGO
after-release-character-officer = Screening officer
after-release-character-embassy = Uganda High Commission, Kuala Lumpur
after-release-character-relative = Your { $relative }
after-release-character-recruiter = { $recruiter }
after-release-character-caseworker = IOM caseworker

## Variables

after-release-name-isaac = Isaac
after-release-name-moses = Moses
after-release-name-ronald = Ronald
after-release-name-brian = Brian

after-release-home-masaka = Masaka
after-release-home-jinja = Jinja
after-release-home-mbarara = Mbarara
after-release-home-gulu = Gulu

after-release-relative-sister = sister
after-release-relative-mother = mother
after-release-relative-uncle = uncle

after-release-brother-joel = Joel
after-release-brother-denis = Denis
after-release-brother-peter = Peter

after-release-recruiter-kato = Kato
after-release-recruiter-eddie = Eddie
after-release-recruiter-frank = Frank

after-release-abroad-dubai = Dubai
after-release-abroad-doha = Doha
after-release-abroad-kuala-lumpur = Kuala Lumpur

## At the border

after-release-start-who = You are { $name }, 27, from { $home } in Uganda. Nine months ago an agent in Kampala promised you a hotel job in Bangkok. Your family borrowed USh { $loan } to pay his fee.
    .discuss = What do people need most in the first days after they get out?
after-release-start-compound = The hotel was never there. You were driven across a river into Myanmar, to a compound where you were made to chat with strangers and talk them out of their money.
after-release-start-out = Last week the gates opened for a few hundred people, and you were one of them. Now you are on the Thai side of the border. No passport, no phone, the clothes you are wearing.

after-release-gate-hall = A long hall by the border. People from a dozen countries sit on mats. Officials at a table are taking names for interviews.
after-release-gate-water = A woman with an NGO badge hands out water. Someone says the interviews can lead to weeks in a shelter.
after-release-gate-driver = Outside, a man leans on a van. "Bangkok, the airport, home in three days. 300 dollars; your family can send it. No interviews, no camp."
after-release-gate-queue = Join the queue for the officials' table
    .feedback = The interview is screening: officials check who was trafficked, so that victims are treated as victims. It costs time, often weeks, and it is also what opens the way to a shelter, papers and a flight home.
after-release-gate-ask-ngo = Ask the woman with the badge what the interviews are for
    .feedback = Asking before you decide is a good use of a few minutes. People who work at the border every day know what follows each choice.
after-release-gate-van = Take the van. Your family can send the money, and you want to go home
    .feedback = After months inside, three days sounds like mercy, and that is what the driver is selling. A ride around the checkpoints leaves you with no papers and no record of what happened to you, and anyone stopped without papers can be held as an illegal migrant rather than helped as a victim.

after-release-ngo-what = The interviews are screening. The officials and a social worker ask how you got here and what happened inside. It is how they find out who was trafficked.
    .discuss = Why might someone who was just let out be afraid of an interview with officials?
after-release-ngo-weeks = If you are found to be a victim, you stay in a shelter, with food and a doctor, while your embassy makes papers and a flight is arranged. It can take weeks. I won't pretend it is quick.
after-release-ngo-drivers = The vans? Some take the money and drop people before a police checkpoint. Without a passport, that is a cell, not an airport.
after-release-ngo-stay = Stay for the screening, even if it takes weeks
    .feedback = A hard choice: more weeks away while the debt at home grows. It is also the way that keeps a record of what was done to you, and the protection that comes with it.
after-release-ngo-van-anyway = Weeks is too long. Your family needs you now; take the van
    .feedback = Wanting to go home fast is natural, and the family's debt makes every week feel heavy. But a driver who avoids checkpoints takes you out of the system that is there to protect you.
after-release-ngo-ask-prison = Ask her quietly: "I did scam people in there. Will they put me in prison?"
    .feedback = Many people leave compounds afraid of exactly this, and traffickers tell them so to keep them quiet. Asking someone who knows is better than guessing.

after-release-rights-victim = People who were forced to commit crimes should not be punished for them. That is what the screening is for: to see you as a victim, not a criminal.
after-release-rights-truth = Tell them what happened, in your own words. If you don't understand a question, say so.

after-release-van-money = Your { $relative } borrows the 300 dollars and sends it to the driver's account. He drives for two hours.
after-release-van-drop = He stops on a quiet road. "Police checkpoint ahead. Walk from here." He turns the van and is gone.
after-release-van-held = At the checkpoint you have no passport and no visa. The police take you to an immigration cell, with men who overstayed visas and men who crossed rivers.

after-release-cell-room = A bare room, a mat, a tap. Nobody here asks where you were before.
    .discuss = The same person can be treated as a victim or as an offender. What decides which?
after-release-cell-officer = On the second day an immigration officer comes with a list. "Name. Nationality. How did you enter Thailand?"
after-release-cell-tell-officer = Tell him the truth: you were taken across into Myanmar and held in a compound
    .feedback = Saying it to an official, even in a cell, can start the screening that treats you as a victim. It is a risk to say, and it is the risk that opens a door.
after-release-cell-embassy-please = Say you want to speak to your embassy before you answer anything
    .feedback = A fair request, and your embassy can speak for you. Some countries have no embassy in Thailand at all, so it may take longer to reach.
after-release-cell-stay-quiet = Say nothing about the compound. Admitting where you were might make it worse
    .feedback = Fear of being punished is what the compound bosses count on. It is a reasonable fear, and it is not your fault. Without your story, though, officials can only see someone who entered without papers.

## The interview

after-release-screening-interpreter = Sit, please. This is a social worker; she will listen too. We speak slowly, and you can ask us to say it again.
after-release-screening-how = How did you come to Myanmar? Who took your passport? What work did they make you do?
    .discuss = What makes it hard to tell the whole story to an official?
after-release-screening-money = Did you take money from people? Tell us honestly.
after-release-screening-tell-all = Tell everything, including the scam chats you were forced to write
    .feedback = The hardest part to say, and often the part that shows most clearly that you were forced. People made to commit crimes in a compound should not be punished for them.
after-release-screening-leave-out = Tell how you were tricked and held, but leave out what they made you do
    .feedback = Many survivors hold that part back, from shame or fear. What you did say is enough for them to see you were trafficked. If you later want to tell the rest, the social worker is the person to tell.
after-release-screening-overstayed = Say only that you overstayed your visa and want to go home
    .feedback = It sounds like the quickest way out, and the safest. But officials can only protect a victim they know about: as an overstayer, you get no shelter, no help, and no record of the people who trafficked you.

after-release-overstay-processed = You are processed as someone who broke the immigration rules: more days in detention, forms in a language you cannot read, a line of men waiting for flights.
after-release-overstay-flight = Weeks later you are put on a plane. No one asked what happened to you, and no one will be waiting for you who knows.

after-release-embassy-where = Good afternoon. This is the Uganda High Commission in Kuala Lumpur. Our ambassador for Thailand works from here, in Malaysia; there is no one closer.
after-release-embassy-confirmed = The Thai authorities have confirmed that you are a victim of trafficking. That lets us begin your return. We are preparing an emergency travel document for you.
after-release-embassy-wait = IOM and the Thai government are keeping you in a shelter near the border until then. We cannot give you a date yet. Please be patient with us.

## Weeks in a shelter

after-release-shelter-weeks = The shelter is clean and quiet. There is a doctor on Tuesdays. One week becomes three, then five.
after-release-shelter-phone = A social worker lends you a phone to call home. Your { $relative } answers on the first ring.
    .discuss = How would your own family react to a call like this?
after-release-shelter-tell-everything = Tell your { $relative } everything: the compound, the agent's lie, and that you owe him nothing
    .feedback = The truth matters, and your family needs it: the agent is still out there. It can also be hard to hear, over a phone, from far away.
after-release-shelter-only-safe = Say only that you are safe and coming home. The rest can wait until you are there
    .feedback = Protecting your family from worry is kind, and some things are easier face to face. The cost: until you are home, they only have the agent's version.
after-release-shelter-social-worker = Ask the social worker to join the call and help explain what happened
    .feedback = It costs two days to arrange, and your { $relative } is hurt that you did not just call. But a second voice, from someone whose job this is, can carry weight a tired voice cannot.

after-release-disbelief-agent = The agent came to the house. He says you ran away from a good job, and now we owe him for your ticket.
after-release-disbelief-owe = Scam? You sound tired. The lender comes every month. We have paid interest on USh { $loan } since you left.
after-release-disbelief-brother = The agent has another job, a different company, a hotel in Bangkok, ${ $pay } a month. { $brother } wants to take it and pay off what we owe. He leaves next week.
    .discuss = Why might a family believe the agent rather than their own son?
after-release-disbelief-insist = Tell them again, slowly: the same agent, the same hotel in Bangkok. Beg { $brother } not to go
    .feedback = You did the right thing, as clearly as anyone could. Families often believe the agent: he sat in their house, spoke with confidence, and offered a way out of the debt. That is the trick, and it is not your fault if it works on them.
after-release-disbelief-ask-worker = Don't argue now. Ask the social worker to call them tomorrow, with you
    .feedback = A day's wait, and your { $relative } hangs up cross. But an official voice explaining how agents work can reach a family that a son's pleading cannot.
after-release-disbelief-let-go = Maybe this company is different. Ask { $brother } to send his location every day
    .feedback = After months away, arguing with your family down a phone line is hard, and a different company sounds possible. But the same agent and the same promise of a hotel job in Bangkok are the pattern that took you.

after-release-believed-listened = The social worker explains how the compounds recruit, and what the screening found. Your { $relative } is quiet for a long time.
after-release-believed-agent = Then your { $relative } says sorry: the family believed the agent. { $brother } will not take his job, and if the agent comes again, they will call the police.
after-release-believed-money = "But the lender still wants his money. Come home, and we will see."

after-release-end-brother-gone = { $brother } left nine days before your flight. His last message came from Mae Sot: a driver was taking him "to the hotel". At Entebbe you and your { $relative } go straight to the Ministry of Foreign Affairs and the police, with the agent's name, his number and every message. You told the truth, clearly and in time, and the agent was believed instead. That is how the trick works, and it is not your fault. Families who alert the ministry, the embassy and IOM early have brought people home.

## Home

after-release-home-land = The plane lands at Entebbe. Your { $relative } is at the gate, thinner than you remember.
after-release-home-lender = At home there is the lender. He has come every month, and now he wants USh { $loan } and the interest, soon.
after-release-home-neighbours = Neighbours ask why you came back with nothing after nine months abroad. Some nights you cannot sleep.
    .discuss = What would help someone in this place more: money, work, or people who believe them?

after-release-offer-post = Posted in "Back Home - Returnees Uganda": Came back from Asia with debts? Don't sit at home. Real company in { $abroad }, office and warehouse work, ${ $pay } a month, flight and visa paid. Returnees welcome: you already know computers. DM me.
after-release-offer-dm = Brother, I was in Myanmar too, I know the bad companies. This one is clean. I have sent six boys already. I can hold a place for you.
after-release-offer-reply = Reply to him. He was there too; he knows what a bad company looks like
    .feedback = Someone who went through the same thing feels like the safest person to trust, and a group for returnees feels like a safe place. Recruiters know both, and they know who has debts.
after-release-offer-ask-details = Ask him for the company's full name, the contract, and which licensed agency handles it
    .feedback = The right questions: a real employer has a name, an address and a written contract, and a real agency has a licence you can check. His answers will tell you a lot.
after-release-offer-ask-caseworker = Forward the post to your IOM caseworker and ask what she makes of it
    .feedback = A second opinion from someone who knows how recruiters work, and who wants nothing from you. It costs a day or two, and the "place" he is holding may go.
after-release-offer-find-iom = Find IOM's office in Uganda and ask them about the post, and about help for people who came home
    .feedback = Nobody gave you a caseworker, so you look for one yourself. It takes a few calls, and the "place" he is holding may go. IOM helps people who were trafficked, including those who were never identified abroad.

after-release-fee-company = The company name I give after you sign, it is confidential. Contract you get on arrival.
after-release-fee-fee = There is a processing fee, USh { $fee }, for the visa and the medical. Or the company takes it from your first salary; many boys do that.
after-release-fee-seats = Only three places left this month. I need your answer today.
after-release-fee-pay-fee = Borrow the fee. One good job abroad would clear all the debt
    .feedback = When the lender is at the door, a fee that could end it all feels worth the risk. That is exactly why recruiters look for people who have just come home with debts.
after-release-fee-from-salary = Have it taken from your first salary. At least you won't have to borrow more
    .feedback = It sounds like a kindness, and it is how the last debt began: you start the job already owing money to the people who control where you sleep and when you leave.
after-release-fee-check-first = Tell him you will check the agency with the labour ministry before anything else
    .feedback = A real agency can wait a day to be checked, and a real company has a name before you sign. The cost is real too: if the job were genuine, you might lose the place, and your family will want to know why you did not say yes.

after-release-checked-list = You search the labour ministry's list of licensed recruitment agencies. Neither { $recruiter } nor any company in { $abroad } that he works for is on it.
after-release-checked-blocked = When you ask him which licensed agency is handling the job, he calls you ungrateful, and blocks you.
after-release-checked-angry = Your { $relative } is angry: "A job came, and you said no? Who pays the lender now?"
    .discuss = How can someone say no to a risky offer when their own family wants them to say yes?
after-release-checked-report = Report { $recruiter } to the police, and post a warning in the returnees' group
    .feedback = Your report and your warning can reach people who have the same debts and the same hopes. It will not pay the lender, and your { $relative } may not see the point yet.
after-release-checked-stall = Take your cousin's offer: selling at her market stall in { $home }, for little pay
    .feedback = A real job, close to home, from someone you can see every day: not every offer is a trap, and this one is exactly what it says. The cost is the pay, and a debt that will take a long time.
after-release-checked-iom = Ask IOM what help there is for people who came home
    .feedback = Help that asks for nothing back exists, and survivors have a right to it. It is slower than a job abroad, and it does not pay the lender this month.

after-release-support-hello = Hello { $name }, this is IOM. Thank you for getting in touch.
after-release-support-post = A company with no name, pay far above what the work is worth, everything paid, and a recruiter who looks for people with debts: those are the same signs as the first time. If he asks for a fee, please don't send him anything.
after-release-support-offer = We can offer you counselling, and talk through what comes next, close to home. It will be slower than what he promises.
after-release-support-counselling = Accept the counselling, and ask about work near home
    .feedback = Talking to someone after what you went through is not weakness; it is help you have a right to. The work will be slower to come, and it will be real.
after-release-support-warn-group = Ask her to help you write a warning for the returnees' group
    .feedback = A warning from someone who was there, checked with someone who knows, can stop the next person from replying.
after-release-support-apply-anyway = Thank her, but the lender will not wait. Write to { $recruiter } again
    .feedback = The debt is real and the pressure is real. But a high salary, a fee and a recruiter who seeks out people with debts were the same signs as last time.

after-release-end-fee-gone = You borrowed USh { $fee } from a cousin and sent it. { $recruiter } thanked you, said the visa was "in process", and a week later his number and his post were gone. Now there are two debts. It is not your fault: he went looking for people who had just come home with debts, because a debt makes a quick "yes" feel like the only way. Keep every message and the payment record, report him to the police, and warn the group.
after-release-end-again = You agreed to have the fee taken from your salary. The ticket was to { $abroad }; then came a connection to Bangkok, a driver, and a long road to a border town. By the time you understood, the "fee" had become a debt again, and the story stops here. It happens to people who have been through it before: recruiters know the debts that wait at home. None of it is your fault, and the routes that help are the same: your embassy, IOM, and your family.
after-release-end-reported = The police take your statement about { $recruiter }, and your warning stays at the top of the returnees' group. Two men write that they were about to pay him. The lender still comes, and your { $relative } still worries. But nobody from that group went with { $recruiter } this month, and you know the signs now, better than anyone.
after-release-end-local = You start at your cousin's stall in { $home } on Monday. The pay is a fraction of what { $recruiter } promised, and the lender grumbles, but takes it in small amounts. Some nights are still hard. But you sleep at home, and the job is exactly what your cousin said it was.
after-release-end-support = The counselling starts the next week, with someone who has heard stories like yours before. It is slow, and the debt does not vanish. But every step is one you can check, and the people helping you ask for nothing back.

## The catalogue's red flags, in this story's setting

after-release-redflag-informal-border = A ride around the checkpoints
    .explain = After months in a compound, a driver who promises home in three days sounds like rescue. Leaving the border area away from the officials means no screening, no record of what was done to you, and a risk of being held as an illegal migrant instead of helped as a victim.
    .advice = Stay with the officials and the NGOs at the border, even when it is slow, and ask for your embassy. Never pay a driver to take you around a checkpoint.

after-release-redflag-pay-too-good = The same promise, a second time
    .explain = A family in debt wants to believe a good job is waiting. An offer that comes back, from the same agent or a new one, with the same kind of promise, is counting on that hope, and on the debt.
    .advice = Treat an offer from the same agent, or the same kind of offer, as the same danger. Check any job abroad with your labour ministry's list of licensed agencies, and tell your family what happened before they decide.

after-release-redflag-friend-vouches = Someone who was there too
    .explain = A fellow returnee understands what you went through, so his word feels safe. He may believe the offer himself, or be paid, or pressured, to bring people in.
    .advice = Thank him, and check the job yourself: its licensed agency, its contract, its employer. Ask IOM or your embassy before you answer.

after-release-redflag-social-media-ad = An advert in a group for returnees
    .explain = A group for people who came home feels like a safe place among friends. Recruiters post there because they know its members have debts and want work quickly.
    .advice = Look for work through licensed agencies and people you can check. Report posts like this to the group's admins and the police.

after-release-redflag-upfront-fee = A fee to go again
    .explain = When the lender is at the door, paying one fee to clear every debt feels reasonable. Once you have paid, walking away means losing that money too.
    .advice = Do not pay a person to get a job abroad. Ask the labour ministry which fees are legal, and always ask for an official receipt.

after-release-redflag-debt-bondage = A fee "taken from your salary"
    .explain = Having the fee taken from your pay sounds kind: nothing to borrow. But you arrive owing money to the people who decide where you sleep and when you can leave, and that is how the last debt began.
    .advice = Never start a job abroad already owing the employer or the recruiter. A real job has a written contract that says what you will be paid, and a licensed agency that answers for it.
