half-knew-title = The one who half-knew
half-knew-summary = A recruiter tells you straight: the work abroad is "online marketing, a bit grey". You need the money. What did you really agree to?
half-knew-content-note = This story goes from a job offer into a scam compound. It mentions threats, a made-up debt and people being "sold" to another compound, but it shows no violence. You can pause or leave at any time with q.

## Characters

half-knew-character-recruiter = { $recruiter }, recruiter
half-knew-character-cousin = Your cousin
half-knew-character-consul = Your embassy in Phnom Penh
half-knew-character-leader = The team leader
half-knew-character-embassy = Embassy emergency line
half-knew-character-relative = Your { $relative }

## Variables

half-knew-who-khamla = Khamla, 24, a man from Savannakhet in Laos
half-knew-who-thu = Thu, 22, a woman from Nghe An in Viet Nam
half-knew-who-aung = Aung, 26, a man from Mandalay in Myanmar

half-knew-place-sihanoukville = Sihanoukville
half-knew-place-bavet = Bavet
half-knew-place-poipet = Poipet

half-knew-recruiter-nok = Nok
half-knew-recruiter-tony = Tony
half-knew-recruiter-linda = Linda

half-knew-coworker-mai = Mai
half-knew-coworker-joy = Joy
half-knew-coworker-bayu = Bayu

half-knew-relative-sister = sister
half-knew-relative-brother = brother

## Home

half-knew-start-who = You are { $who }. You finished school, you speak some English and you are quick on a phone. The work at home pays little, and not every month.
    .discuss = Who around you would take a job that was "a bit grey", and why?
half-knew-start-money = Your family borrowed money last year, and the lender wants it back. In a jobs group on Telegram, a recruiter writes to you first.

half-knew-offer-job = Hi! Online marketing job in { $place }, Cambodia. ${ $salary } a month. You chat with customers in English and your language.
    .discuss = The recruiter is honest that the work is "grey". Does that make the rest of the offer more believable, or less?
half-knew-offer-grey = I am honest with you: it is a bit grey. Sales chats with foreigners, some stories not 100% true. Nothing dangerous. Many people from your country work there.
half-knew-offer-paid = Bus, car and room are paid by the company. You start next week.
half-knew-offer-ask-grey = Ask what "a bit grey" means, exactly, before you answer
    .feedback = A fair question. "Online marketing" says nothing about the work, and "a bit grey" hides more than it tells. The answer, or the lack of one, is worth having before you go anywhere.
half-knew-offer-say-yes = Say yes. Grey is how a lot of people get by, and the pay is good
    .feedback = Many people say yes to this, and it is easy to see why: the debt is real and the recruiter sounded honest. But "a bit grey" is a vague role, and pay several times the local rate for chatting is the hook. What waits at the other end is not what was described.
half-knew-offer-ask-cousin = Before you answer, ask your cousin, who works abroad through a licensed agency
    .feedback = Asking someone who went the official way gives you something to compare with. Pay this far above what a job with no skills pays anywhere nearby is a warning sign on its own.

half-knew-grey-answer-explain = You chat as a friendly person, you talk about investing, the company does the rest. You don't steal from anyone. You just talk.
half-knew-grey-answer-contract = Contract you sign there. The boss is in { $place }.
half-knew-grey-answer-friday = Only three seats left. Tell me by Friday.
half-knew-grey-answer-ask-contract = Say maybe. First you want the contract and the company's name in writing
    .feedback = You held your ground against a deadline. "Sign it there", after you have crossed a border, means no contract when it matters, and a hurry is there so that you do not ask more.
half-knew-grey-answer-go-now = Say yes before the seats go. "Talking about investing" sounds like sales
    .feedback = A deadline makes anyone decide faster, and "only three seats" is made up to do exactly that. With no contract before you leave, nothing says what the job is, what you are paid or that you can leave.
half-knew-grey-answer-decline = Say no. Talking people into "investing" sounds like lying for money
    .feedback = You listened to what the words meant. Saying no has a cost: the debt is still there, and the jobs group keeps offering more of the same.

half-knew-end-declined = You say no, and { $recruiter } blocks you within a minute. The debt is still there, and so is the low pay at home. A few months later, a neighbour's son comes back from { $place } after his family paid to get him out; he will not talk about it. You keep looking, and you ask the labour office about licensed work abroad.

half-knew-cousin-heard = I heard about jobs like this. Two boys from our district went to { $place }. Their families had to pay to get them back.
    .discuss = The cousin's way is slower, smaller and costs money. Why does it still matter that it goes through an office you can visit?
half-knew-cousin-official = If you want work abroad, go to the labour office in town. Ask for licensed agencies. Mine is on their list.
half-knew-cousin-slow = It is slower. There is a health check, a legal fee with a receipt, and maybe three months of waiting. Less money than this. But you know where you are going.
half-knew-cousin-labour-office = Go to the labour office with the name of your cousin's agency
    .feedback = A job through a licensed agency can be checked, and it is not done in a chat. It costs you months and a fee, and it pays less: that is the price of a job you can leave.
half-knew-cousin-tell-recruiter = Tell { $recruiter } what your cousin said, and see what the answer is
    .feedback = Testing the recruiter is natural. Listen to what comes back: a real employer answers with names, papers and an address, not a deadline.
half-knew-cousin-take-grey = Take the grey job. Three months is too long when the lender is at the door
    .feedback = Money pressure is real, and recruiters count on it. A job that lives only in a Telegram chat, with no licensed agency and no office at home, gives you no protection at all if it goes wrong.

half-knew-end-genuine = The labour office has your cousin's agency on its list. Four months later, after a health check and a legal fee with an official receipt, you start in a factory abroad. The pay is less than { $recruiter } promised, and the work is hard, but you have a contract, your own passport and a day off. You send money home every month.

half-knew-written-pdf = OK, no problem. Here is the contract: company name, salary ${ $salary }, stamp of the director.
half-knew-written-website = And our website. We are registered, see the number at the bottom.
half-knew-written-trust-papers = Read it and feel better. A stamp, a website and a registration number: it is a real company
    .feedback = Papers like these are easy to make, and a website with a number takes an afternoon. That is why they are used: they make careful people feel they have checked.
half-knew-written-copy-relative = Send the contract, the website and { $recruiter }'s number to your { $relative }, with the address
    .feedback = Good: you did not take the papers as proof, and now someone at home has every detail. That may matter a great deal later.
half-knew-written-call-embassy = Call your country's embassy in Phnom Penh and ask if they know the company
    .feedback = Checking through a number you found yourself, not one the recruiter gave you, is the way to test papers like these.

half-knew-embassy-check-no-record = We have no record of this company as an employer. That does not prove it is false, but we cannot say it is real.
half-knew-embassy-check-addresses = We have helped citizens who left compounds in { $place }. Many were told the work was marketing.
half-knew-embassy-check-if-you-go = If you go anyway: register with us, keep your passport, and send us your address when you arrive. Save this number.
half-knew-embassy-check-stay-home = Stay home. Tell { $recruiter } it is off
    .feedback = A hard choice, made with real information. The debt is still there, but you know what the job probably was.
half-knew-embassy-check-go-registered = Go, but register with the embassy, save the number and leave everything with your { $relative }
    .feedback = You need the money, and you did what you could to be findable. Whatever happens next is not because you were careless.

half-knew-end-checked = You tell { $recruiter } you will not come. The messages turn angry, then stop. At the labour office, a clerk gives you a list of licensed agencies. It is slower and the pay is lower, and your family is not pleased at first. Then a cousin's friend comes home from { $place } with nothing, and nobody asks again why you stayed.

## The road

half-knew-travel-brief-bus = Good! Take the night bus to the border on Monday. Ticket is in your inbox.
half-knew-travel-brief-friend = My friend waits with a car. He will do your entry stamp, it is faster.
half-knew-travel-brief-quiet = Don't talk to officers. If they ask, you visit a friend.

half-knew-border-night = The bus arrives at the border after dark. A man in a cap holds a sign with your name. He smiles and takes your bag.
    .discuss = What could you still do here, and what would each choice cost?
half-knew-border-passport = "Give me your passport," he says. "I do the stamp for you, you wait in the car."
half-knew-border-road = The car does not go to the checkpoint. It turns onto a dirt road. "Faster this way," he says.
half-knew-border-hand-over = Hand it over. You are tired, and he does this every day
    .feedback = After a long night, a man who "handles the papers" is a relief. But your passport left your hand, and the car went round the checkpoint: no stamp, no record, and no proof of how you came in.
half-knew-border-keep-and-share = Keep your passport in your hand. Send your { $relative } a live location and the car's number plate
    .feedback = You kept hold of your passport and left a trail. You still went on, and that was your choice to make: now someone at home knows exactly where you crossed.
half-knew-border-get-out = Ask him to stop. Get out and walk back to the official checkpoint
    .feedback = A crossing away from the checkpoint leaves no record. Walking back is frightening, at night, with a stranger angry at you, and it costs you the job and the bus fare.

half-knew-end-border = The driver swears, throws your bag on the road and drives off. At the checkpoint, on your own side of the border, an officer listens and writes down the car's number plate. You sleep on a bench and take the first bus home, owing the bus fare to a friend. { $recruiter } writes that you owe the company for the "seat". You do not answer, and you report the account.

## The compound

half-knew-arrive-gate = The office is a row of tall buildings behind a wall with wire on top. Guards at the gate open it for the car and close it behind you.
half-knew-arrive-taken = A woman at a desk takes your passport and your phone "for safekeeping" and gives you a work phone full of fake profiles.
half-knew-arrive-floor = Your floor has sixty desks. Nobody looks up.
half-knew-arrive-for-staff = Think: it is a rough town. The guards and the safe for passports are there to protect the staff
    .feedback = It is what you are told, and after a long night it is easier to believe. But guards who lock the gate behind you, wire on top of the wall, and your passport and phone in someone else's drawer are there to keep you in and cut you off. A real employer needs none of them.
half-knew-arrive-locked-in = Think: the gate is locked behind you, and your passport and phone are in a drawer. You could not leave if you wanted to
    .feedback = You read it clearly. Walls, guards, and a passport and phone taken "for safekeeping" keep people in and cut them off from help. Seeing it is the first step to finding a safe way to get word out.
half-knew-arrive-grey-looks = Think: you knew it was grey. Maybe this is just what grey work looks like
    .feedback = The word "grey" was chosen so that this would feel like something you agreed to. You agreed to sales chats, not to a locked gate and guards. Nobody can agree to being held.

half-knew-boss-knew = You knew what this job was. Nobody tricked you. You said yes.
    .discuss = Why would the bosses keep repeating "you knew"? What does it do to the person who hears it?
half-knew-boss-debt = Bus, car, room, food: you owe ${ $debt }. Miss your quota, and the fine goes on top. You want to leave? Pay first. You make trouble, I sell you to another company.
half-knew-boss-police = And the police? They arrest scammers. You are a scammer now.
half-knew-boss-my-fault = Think: he is right. You knew it was grey. You did this to yourself
    .feedback = This is the trap talking, and it is built to feel true. You agreed to a job that sounded dodgy. You never agreed to locked gates, a made-up debt or being sold, and no one can agree to those. Knowing something was off does not make you a criminal or make this your fault.
half-knew-boss-not-this = Think: you said yes to sales chats. You never said yes to walls, a debt and guards
    .feedback = Right. What you agreed to and what was done to you are different things. The debt is invented to hold you, and "you knew" is said to keep you ashamed and quiet. People forced to scam are victims, whatever they knew when they left. The quota and its fines are there to keep the debt growing.
half-knew-boss-pay-off = Think: work hard, pay the debt in a few months, then go home
    .feedback = Hoping to work your way out is natural. But the debt is made up and it grows: fines, food, "fees". It is built never to be paid off, and it is backed by the threat of being sold. Every missed quota adds a fine, and the fear of punishment is what keeps people working.

half-knew-desk-script = The script on the work phone: be a rich young trader, make a friend, then show them a crypto app. Your quota is three new "friends" a day.
half-knew-desk-behind = It is your second week and you are behind. The team leader stops at your desk and reads your screen.
half-knew-desk-follow = Follow the script. Missing the quota means a fine, or worse
    .feedback = You did what you were forced to do, with a debt and a threat over you. That is not your fault: the UN calls people in your place victims, not criminals, and that does not change because the job was called grey. The cost is real: someone far away is being drawn in.
half-knew-desk-slow = Keep the chats friendly and never get to the app. Report "no progress"
    .feedback = Doing the least harm you can is brave, and it has a cost: a fine on your debt and the team leader's eyes on you. Whatever you choose here, you choose under threat.
half-knew-desk-refuse = Tell the team leader you will not do this. You came for marketing
    .feedback = Saying no out loud took courage. It cost you: a fine, a warning about being sold, and a night without food. It was not your fault, and it was not a mistake to say what is true.

half-knew-afraid-phone = That night, { $coworker }, from the bunk above yours, whispers: "I have a phone. Hidden. Two minutes, in the bathroom."
    .discuss = Many people inside believe that knowing something was off means they cannot ask for help. What would you want them to know?
half-knew-afraid-fear = "But who will you call? If we call the embassy, they ask what we did. We knew it was grey. Maybe they arrest us too."
half-knew-afraid-we-are-victims = Whisper back: "We agreed to a job. Not to this. We can ask for help."
    .feedback = That is the truth, and saying it helps you both. Embassies help citizens who left for work they knew was dodgy; what matters to them is that you are held and forced.
half-knew-afraid-just-phone = Say nothing about it. Just take the phone and say thank you
    .feedback = { $coworker } is held too, and takes a risk for you. People inside helping each other is how a lot of news gets out.
half-knew-afraid-no-one = Say no. { $coworker } may be right: who helps someone who knew?
    .feedback = This fear is what "you knew" is for: it keeps people quiet. It is not true. Knowing a job was grey does not take away the right to be helped, and embassies help people in exactly your place.

half-knew-end-silent = You give the phone back unused. The weeks go on, and the debt grows. You are still inside, for now. You are not a criminal, and you did not give up your right to help when you said yes to a grey job: that is what the bosses want you to believe. Thousands have been freed after a message got out, from them or from their families. { $coworker } still has the phone.

half-knew-phone-bathroom = The bathroom. One bar of signal. Two minutes.
half-knew-phone-who = Who do you write to?
half-knew-phone-local-police = The local police station's page. They are close, and they can come tonight
    .feedback = It feels like the fastest help. But near compounds, local police can be in contact with the bosses, and survivors say messages were passed back. Your embassy, a national hotline, a trusted NGO or your family are safer first steps.
half-knew-phone-embassy = Your embassy's emergency line, from its official page: where you are and that you are held
    .feedback = Embassies have emergency lines for citizens in danger, and they work with trusted NGOs and the authorities. They do not ask whether you deserve help.
half-knew-phone-consul-again = The embassy number you saved before you left. They have your name already
    .feedback = Registering before you went was careful, and it pays off now: the embassy knows who you are and where you said you were going.
half-knew-phone-relative = Your { $relative }: where you are, the company's name, and "call the embassy"
    .feedback = Your family can call your embassy and your national hotline for you, and keep calling. A place and a company name give them something to act on.
half-knew-phone-relative-knows = Your { $relative }, who already has the contract, the number plate and the address: "It's real. Call the embassy."
    .feedback = What you left with your family before you went now does the work: they can give the embassy everything in one call.

half-knew-leaked-office = Two days later, the team leader calls you into his office and puts your message to the police on the desk.
half-knew-leaked-shown = "My friend at the station sent it. You see? Nobody helps a scammer." He says you are "transferred" to another company.

half-knew-embassy-reply-got = We have your message. You are not in trouble. We are working to help you.
half-knew-embassy-reply-victim = People forced to work in these places are victims. We don't ask why you went.
half-knew-embassy-reply-pin = If it is safe, send a location pin and the name of the building.
half-knew-embassy-reply-send-now = Send the pin now, with the guard at the end of the corridor
    .feedback = A real risk, taken quickly. A location is what lets an embassy and the authorities act.
half-knew-embassy-reply-tell-knew = First write the truth: "I knew the job was grey. Will I be arrested?"
    .feedback = Many people are afraid to ask this. Asking it of the embassy, and not of the bosses, is how you get a true answer.
half-knew-embassy-reply-wait-night = Delete the chat and wait for tonight, when the corridor is empty
    .feedback = Waiting for a safer moment is a sound choice; the guard was close. What happened next was not something you could know.

half-knew-embassy-answers-knowing = Knowing a job was grey does not mean you agreed to be locked in, threatened or sold. You are a victim of trafficking, and you will be treated as one.
half-knew-embassy-answers-pin = Now, if it is safe: the pin and the building.

half-knew-family-reply-got = I got it. I love you. Don't answer if it's not safe.
half-knew-family-reply-calling = I'm calling the embassy and the hotline now.
half-knew-family-reply-ask = They ask: how many people, which building?
half-knew-family-reply-send-others = About sixty on my floor, many countries, the tall grey building by the gate
    .feedback = Numbers and a building let several embassies act together, and people are often freed as a group.
half-knew-family-reply-just-me = Write "only me, must go" and give the phone back
    .feedback = Your own word getting out is what matters most, and giving the phone back fast keeps { $coworker } safe too.
half-knew-family-reply-what-i-did = Write: "Don't be angry. I knew the job was grey."
    .feedback = Shame travels with people into compounds, and out again. Families who hear the truth usually care far more that you come home.

half-knew-family-answers-answer = I don't care what the job was called. You are my family. Send me the building.

half-knew-transfer-dawn = Before dawn, guards wake a dozen people from your floor, you among them. "New company," the team leader says. "Your debt goes with you."
half-knew-transfer-vans = Two vans wait at the gate with the windows covered.
half-knew-transfer-memorise = Watch the road through a gap in the cover, and remember every sign
    .feedback = Quietly gathering what you can is a way to keep some control. It was done under threat, and nothing about this move was your fault.
half-knew-transfer-whisper-name = Whisper your name and your family's town to { $coworker }, who stays behind
    .feedback = It was a risk, taken with a guard close by. A name passed on can reach an embassy even when you cannot.
half-knew-transfer-head-down = Keep your head down and do what they say
    .feedback = Keeping yourself as safe as you can is a real choice under threat. It was not giving up, and it was not your fault.

## Endings

half-knew-end-rescued = Three weeks later, names are read out at the gate: the embassy, a trusted NGO and the authorities came together. Yours is one of them. Then come days of screening and papers, and a shelter, before the journey home. Nobody asks you to prove you did not know. Knowing a job was grey never meant agreeing to be held, threatened or sold, and you are treated as a victim of trafficking, which is what you are. The debt was never real. Recruiters may contact survivors again: keep the embassy's number close.

half-knew-end-group = Your message gave the embassy a building and a number. Several embassies and an NGO acted together, and weeks later a large group was released, you among them. Then came screening, waiting for papers, and the right to be treated as victims, not criminals. Some of the people freed with you had known the work was dodgy, and some had not; it made no difference to what was done to them, and none to their right to go home.

half-knew-end-moved = You are in another compound, in another town, with a new team leader and the same debt. Nothing you did caused this: groups are moved and sold all the time, sometimes just as help is getting close. Whatever word got out about you, from you, your family or { $coworker }, is still out there, and the people who have it keep asking. People moved like this have been found and freed. You agreed to a grey job once; you never agreed to this, and you are still a victim, not a criminal.

## The catalogue's red flags, in this story's setting

half-knew-redflag-vague-role = "Online marketing, a bit grey"
    .explain = A recruiter who admits the work is "a bit grey" sounds honest, and makes you feel you are in on it. That is the point: the word hides the real job, being locked in and forced, and later it is used against you as "you knew".
    .advice = Ask exactly what the work is, who the employer is and where, in writing. A job you cannot describe is one you cannot check, and a grey job gives you no contract, no law and no agency on your side.

half-knew-redflag-passport-handover = Passport taken at the border
    .explain = A driver who "does the stamp for you" saves time after a long trip. But once your passport leaves your hand, and the car goes round the checkpoint, there is no record of how you came in and nothing to leave with.
    .advice = Keep your passport and cross only at the official checkpoint, where an officer stamps it in front of you. If someone takes it, tell your embassy and your family where you are as soon as you safely can.

half-knew-redflag-informal-border = Going round the checkpoint
    .explain = "Faster this way" sounds like local know-how, and at night, tired, in a stranger's car, it is hard to argue. A crossing away from the checkpoint leaves no stamp and no record, so you are in the country illegally from the first minute, and easier to hold.
    .advice = Cross only at the official checkpoint, with your passport stamped in front of you. If a driver turns off, ask to get out before the border, and tell your family and your embassy where you are.

half-knew-redflag-debt-bondage = "You knew": a debt and a guilt
    .explain = A made-up debt for travel and a room holds people in place, and "you knew what this was" holds them silent. Both are lies. Knowing a job was grey is not consent to being held, threatened, beaten or sold: under international law, consent does not count once deception or force is used, and the UN calls people forced to scam victims, not criminals.
    .advice = You owe nothing for being trafficked. Get word to your embassy, a national hotline or your family, whatever you knew when you left. Embassies help citizens who knew the work was dodgy; what matters is that you are held.
