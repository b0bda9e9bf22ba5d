inside-title = Inside the compound
inside-summary = You are held in a scam compound and forced to work. Whom can you trust, and how do you get word out safely?
inside-content-note = This story is set inside a scam compound. It mentions threats, a "punishment room" and a ransom demand, but it shows no violence. You can pause or leave at any time with q.

## Characters

inside-character-leader = The team leader
inside-character-target = { $target }
inside-character-embassy = Embassy emergency line
inside-character-relative = Your { $relative }

## Variables

inside-who-wei-ling = Wei Ling, a business graduate from Malaysia who speaks Chinese
inside-who-nuwan = Nuwan, an IT worker from Sri Lanka
inside-who-ayu = Ayu, a hotel receptionist from Indonesia
inside-who-samuel = Samuel, a sales graduate from Ethiopia

inside-place-myawaddy = Myawaddy, in Myanmar
inside-place-sihanoukville = Sihanoukville, in Cambodia
inside-place-golden-triangle = the Golden Triangle zone, in Laos

inside-coworker-min = Min
inside-coworker-joy = Joy
inside-coworker-ravi = Ravi
inside-coworker-dina = Dina

inside-target-margaret = Margaret
inside-target-david = David
inside-target-helen = Helen
inside-target-kenji = Kenji

inside-relative-sister = sister
inside-relative-brother = brother
inside-relative-mother = mother
inside-relative-uncle = uncle

## The first days

inside-start-who = You are { $who }. Two months ago, you answered an online advert for a customer service job abroad.
    .discuss = People held in compounds are often young, educated and good with computers. Why would the bosses want them?
inside-start-compound = Now you live and work in a compound in { $place }. High walls with barbed wire. Armed guards at the gate. Cameras in every corridor.
inside-start-taken = On the first day, they took your passport and your phone "for safekeeping". You were given a work phone full of fake profiles.

inside-first-night-look = That night, from the window of your room, you count the guards at the gate, and the cameras on the wall.
inside-first-night-see-prison = Think: the guards at the gate face inwards, towards us
    .feedback = You read it right. Walls, guards and cameras are there to keep people in, not danger out. Seeing that clearly is the first step to looking for a safe way to get word out.
inside-first-night-for-safety = Think: the area must be dangerous. Maybe the guards are there to protect the staff
    .feedback = It is what the bosses say, and it is easy to believe when you are far from home and afraid. But guards who face inward, walls topped with wire and cameras in every corridor are there to stop people leaving.

inside-boss-passport = Your passport stays with me. It is safe. You get it back when your contract ends.
    .discuss = How do the passport, the debt and the quota work together to keep someone here?
inside-boss-debt = You owe the company ${ $debt }. Flight, visa, food, bed. You want to leave? Pay first.
inside-boss-quota = Every day, new contacts and new money. Miss your target, you pay a fine. Miss it again, you go to the punishment room. Or I sell you to another company.
inside-boss-try-pay = Nod. If you work hard, maybe you can pay it off and go home
    .feedback = The debt is invented, and it grows: fines for missed quotas, food, "fees". It is built so that it can never be paid off. Hoping to work your way out is natural, and it is what they want you to think.
inside-boss-see-trap = Nod, and do the sums in your head: the fines grow faster than any pay could
    .feedback = Right. A debt for being trafficked is not a real debt: it is a chain made of numbers, and the quota with its fines is the lock on it. Seeing that helps you look for a safe way to get word out, not a way to pay.

inside-call-phone = After a week, the team leader gives you your own phone for five minutes. He stands right beside you.
    .discuss = How can you tell your family something without the person listening noticing?
inside-call-listen = "Call your family. Say you are fine. Good job, good money. Nothing else."
inside-call-slip-place = Say you are fine. Then add, lightly, the name of the town, and that the company is "keeping your passport"
    .feedback = You saw why they took your passport and phone: to cut you off. A town's name and "they keep my passport" tell your family a lot. Only take the risks that feel safe to you.
inside-call-say-only = Say exactly what he wants. It's not safe to risk more today
    .feedback = Keeping yourself safe is a good reason. There will be other chances to get word out.
inside-call-believe = Say it, and half believe it. Maybe they really are keeping your passport safe
    .feedback = "For safekeeping" sounds caring, and that is why it works. Your passport and phone were taken so that you cannot leave or call for help. A real employer keeps neither.

## The desk

inside-desk-chat = At your desk, the work phone shows a chat with { $target }, who is retired and lives alone, far away. For two weeks you have chatted as a fake person.
    .discuss = What choices does a person still have when they are forced to scam others?
inside-desk-script = Today the script says: talk about a crypto app that "made you rich". Ask { $target } to try it with a small amount.
inside-desk-behind = You are behind your quota. The team leader walks past your desk twice.
inside-desk-follow-script = Follow the script. Missing the quota means a fine, or worse
    .feedback = You did what you were forced to do, under threat of fines and the punishment room. That is not your fault: the UN calls people in your place victims, not criminals. The cost is real: { $target } is drawn further in, and the quota will only grow.
inside-desk-slow-down = Keep the chat kind, but never mention money. Report "no progress today"
    .feedback = Doing the least harm you can is brave, and it has a cost: a missed quota brings fines and threats. Whatever you choose here, you are choosing under threat, and none of it is your fault.
inside-desk-warn-target = Take the risk: quietly tell { $target } never to put money into an app that someone online suggests
    .feedback = Chats are often checked, so this is a real risk. But one message can save someone's life savings.

inside-warn-why = Why are you telling me this?
inside-warn-son = My son said this chat was strange. Thank you for being honest.
inside-warn-okay = Are you alright? You can tell me.
inside-warn-tell-truth = Tell { $target } the truth: you are held in { $place }, and you need someone to contact your embassy
    .feedback = A big risk, and it can work: people who were being scammed have helped people inside to be found. Give only what is needed: your name, where you are, and "embassy".
inside-warn-just-warn = Write: "Please be careful. Never send money to anyone you met online." Then delete the chat
    .feedback = You protected { $target }, and yourself. Quietly warning the person you are told to scam is one way to fight back.
inside-warn-how-it-began = Tell { $target } how it began: your first message, "sorry, wrong number", was written by the script
    .feedback = Now { $target } knows the first move, not only the last. A stranger who writes "by mistake" and keeps chatting is how many of these scams begin, and compounds write that message into their scripts. It was a risk, and it can protect { $target }'s friends too.

inside-end-target-helped = { $target } did not send any money. { $target }'s son reported the chat, and wrote to your embassy with your name and where you were held. It took weeks, but the embassy found you and got you out, and then came weeks of screening and papers before you could fly home. One honest message saved { $target }'s savings, and helped bring you home.

## The wall

inside-wall-plan = That night, two men from your floor whisper a plan: climb the back fence after midnight. They ask you to come.
inside-wall-fence = The fence is three metres high, with barbed wire on top. There are cameras at every corner.
inside-wall-guards = At night, armed guards walk along the road outside.
inside-wall-climb = Go with them. It might be the only chance
    .feedback = Some people have escaped over a fence and reached help. It is also very dangerous: walls, cameras and armed guards are there to stop it, and those caught are punished. Trying to get out is never a mistake to blame yourself for.
inside-wall-stay = Stay. Wish them luck, and look for a safer way to get word out
    .feedback = Staying is also a choice made under threat, and it has its own cost: more days inside. Help from outside, from an embassy, an NGO or your family, is how many people get out.

inside-caught-back = The guards were waiting at the fence. All three of you are brought back before morning.
inside-caught-room = The two men are taken to the punishment room. The team leader tells you that you will be next if it happens again.
inside-caught-idea = He adds a fine to your debt. Then he says he has a better idea.

## Whom to trust

inside-offer-phone = At lunch, { $coworker }, who sits next to you, whispers: "I have a phone. Hidden. You can use it for two minutes tonight, in the bathroom. Don't tell anyone."
    .discuss = Three people offer to help. How can you tell whom to trust?
inside-offer-guard = Later, a guard who is always friendly says: "You want to go home? Write me a letter. My cousin is a police officer in town. He will help you."
inside-offer-accept-phone = Accept { $coworker }'s phone, and say thank you
    .feedback = { $coworker } is held here too, takes a risk to help you, and asks for nothing back. People inside helping each other is how a lot of news gets out.
inside-offer-give-letter = Give the letter to the guard. A police officer sounds official
    .feedback = The guard works for the compound. Near compounds, local police may be in contact with the bosses, and survivors say messages were passed back. Safer routes are your embassy, a national hotline, a trusted NGO or your family.
inside-offer-wait = Say no to all of them, for now. It feels too risky
    .feedback = Waiting is a real choice, and your safety matters. When the next chance comes, remember the routes you can trust: your embassy, a national hotline, a trusted NGO, your family.

inside-phone-bathroom = Night. The bathroom. { $coworker }'s phone is warm in your hand. One bar of signal. Two minutes.
    .discuss = Two minutes, one message. Who could help from outside, and what would they need to know?
inside-phone-who = Who do you contact?
inside-phone-local-police = Find the local police station's page and send them a message
    .feedback = It feels like the right thing to do. But near compounds, local police can be in contact with the bosses, and survivors say messages were passed back. Your embassy, a national hotline, a trusted NGO or your family are safer.
inside-phone-embassy = Find your embassy's emergency number on its official website, and message it
    .feedback = A good choice. Embassies have emergency lines for citizens in danger, and they work with trusted NGOs and with the authorities. Take the number from the official website only.
inside-phone-family = Message your { $relative }: where you are, the company's name, and "call the embassy"
    .feedback = A good choice. Your family can call your embassy and your national hotline for you, and keep calling. A place and a company name give them something to act on.

inside-leaked-office = Two days later, the team leader calls you into his office.
inside-leaked-shown = On his desk is what you wrote to the police. "My friend at the station gave it to me," he says. "Police are my friends."
inside-leaked-idea = He adds a fine to your debt. Then he says he has a better idea.

## The ransom

inside-demand-buy = You don't like it here? OK. Your family can buy you out. ${ $ransom }.
    .discuss = What should a family do when they get a demand like this?
inside-ransom-call = You call them now. Tell them to pay, fast. I am listening.
inside-demand-sell = If they don't pay, I sell you to another company. Worse than this one.
inside-demand-if-they-pay = Think: if your family pays, he lets you go. Maybe that is the way out
    .feedback = Anyone would hope so, and it is what he wants you to believe. A ransom paid alone rarely ends it: it shows the bosses that your family can find money, and the price goes up. Threats to you and demands to your family are how a compound controls people.
inside-demand-see-lever = Think: if they pay once, what would stop him asking again?
    .feedback = Right. Punishment, threats and a ransom demand are tools of control, and this one is aimed at the people who love you. A family that goes to the embassy or a trusted NGO before sending anything is much harder to squeeze.
inside-demand-not-alone = Think: whatever he makes you say, your family can still take the demand to the embassy
    .feedback = Yes. What you say with him listening is not what your family has to do. A ransom demand, with the number it came from, is exactly what an embassy or an NGO needs, and no family has to face it alone.
inside-ransom-beg-pay = Beg your { $relative } to pay, as fast as possible
    .feedback = You said what a man standing over you demanded. That is not your fault. The cost falls on your family: a ransom paid alone often brings more demands. They can still take the demand to the embassy or a trusted NGO before sending anything.
inside-ransom-embassy-first = Say what he wants. Then add: "Ask the embassy to help with the transfer"
    .feedback = With him listening, you made a request for help sound like help with paying. It was a risk taken under threat. An embassy that knows before any money moves can protect you both.
inside-ransom-remind = Say only what he wants. Your { $relative } already heard the town's name and "they keep my passport"
    .feedback = Saying only what he demands keeps you as safe as you can be. The small detail you gave on that first call helps now: your family can take it, with the ransom demand, to the embassy.

inside-paid-sent = Your family borrows the money and sends it.
inside-paid-more = The team leader smiles. A week later, he says the price has gone up.

inside-family-acts-went = Your { $relative } did not send the money. Instead, the demand and the number it came from went straight to your embassy and to the national anti-trafficking hotline.
inside-family-acts-wait = The embassy worked with a trusted NGO in { $place }. For weeks, nothing seemed to happen. Then one morning, names were read out at the gate. Yours was one of them.

## Word gets out

inside-embassy-reply-got = We have your message. You are not in trouble. We are here to help.
inside-embassy-reply-need = If you can, send a location pin, the name of the compound or building, and how many people are held with you.
inside-embassy-reply-safe = Please don't go to the local police. Delete this chat afterwards. We work with a trusted NGO and with the authorities.
inside-embassy-reply-send-all = Send the pin, the building, and that about forty people from many countries are held on your floor
    .feedback = Numbers and nationalities let several embassies act together, and people are often freed as a group. It takes a few more seconds, and it can help people you have never spoken to.
inside-embassy-reply-send-mine = Send only your own details, fast. The two minutes are nearly gone
    .feedback = Your own details are enough to start with. Every message that reaches an embassy makes the compound easier to find.

inside-family-reply-got = I got it. I love you. Don't answer if it's not safe.
inside-family-reply-calling = I'm calling the embassy and the national hotline now.
inside-family-reply-ask = They ask: how many people are with you? Which building?
inside-family-reply-send-others = Answer fast: about forty people, many countries, the grey building with the blue roof
    .feedback = Numbers and a building help your embassy, and other embassies, act for everyone held there, not only for you.
inside-family-reply-just-me = Write "only me, must go", and give the phone back
    .feedback = Getting your own word out is what matters most, and your family now has enough to act on. Giving the phone back quickly keeps { $coworker } safe too.

## Endings

inside-end-rescued = You are out. Your embassy and a trusted NGO, working with the authorities, made it happen. What came next was not quick: weeks in a shelter or immigration detention, interviews to screen who was trafficked, and papers to replace your passport. You have the right to be treated as a victim, not a criminal, and the made-up debt means nothing. Going home is not the end of the risk: recruiters may contact survivors again, so keep your embassy's and IOM's contacts close.

inside-end-others-found = Your message gave the embassy more than your name. With the numbers and the building, several embassies and an NGO worked together. Weeks later, a large group was released from the compound, and you were one of them. Then came weeks of screening and waiting for papers, with the right to be treated as victims, not criminals. People you had never spoken to went home because of what you sent.

inside-end-still-held = You are still inside, for now. Whatever you were forced to do, you are not a criminal: the UN calls people in your place victims. Thousands have been rescued after their families and embassies were alerted. Every message that gets out, from you or from others, brings that day closer.

## The catalogue's red flags, in this story's setting

inside-redflag-wrong-number = The "wrong number" in the script
    .explain = Many of these scams begin with a message sent as if by mistake, and the scripts in compounds are written that way. A polite reply to a stranger is all it takes to start weeks of friendly chat that ends in a request for money.
    .advice = If a stranger keeps chatting after you say it is the wrong number, stop replying and block them, and never take money advice from someone you only know by message. If you are made to send messages like this, warn people when you safely can and get word to your embassy: what you were forced to send is not your fault.

## New choices (whom to trust)

inside-character-ngo = Caseworker, anti-trafficking NGO
inside-first-night-first-weeks = Think: maybe it is only for the first weeks, until they trust the new people
    .feedback = Hoping it will ease is natural, and the bosses say so too. But nothing about the walls or the guards is built to change: they are there to keep people in for as long as the company wants.
inside-boss-ask-paper = Ask to see the debt written down
    .feedback = Asking was a risk, and it showed you something. He shows a sheet in a language you cannot read; the numbers are whatever he says they are. A debt that only the boss can read is a chain, not a debt.
inside-wall-not-tonight = Ask them to wait a few nights, until you know when the guards change
    .feedback = You tried to make a dangerous plan less dangerous. They go without you, or they don't; either way you are choosing under threat, and none of it is your fault.

inside-offer-broker = And in the smoking corner, a man from the office says he arranges "transfers": a company near the border, better food, and after three months they let you go home. Your family would pay him ${ $ransom }, and he takes care of the rest.
inside-offer-transfer = Say yes, and give him your family's number. Anywhere is better than here
    .feedback = Wanting out of this place at any price makes sense. But a "transfer" that your family pays a man from the office for is how people are sold from one compound to another: the buyer adds the price to your debt.
inside-sold-van = Your { $relative } borrows the money. A week later, a van takes you and three others at night, along the river.
inside-sold-new = The new compound is bigger. The new team leader has a paper with your name on it.
inside-sold-debt = "We paid for you," he says. "Your debt here is ${ $debt } plus the transfer."
inside-end-sold = The "transfer" was a sale. You hoped for a way out, and a man who knew what you hoped sold you one; that is not your fault. You are still held, your family has lost money, and the debt is bigger. People do get out of the second compound too, when word reaches an embassy or an NGO: the routes are the same, and the next message that gets out can start it.

inside-phone-ngo = Message the anti-trafficking NGO whose number { $coworker } wrote on a scrap of paper
    .feedback = An NGO that works on these cases is a route that helps, and { $coworker } took a risk to give you the number. Whether to trust a contact you cannot see is a hard call.

inside-ngo-hello = Hello. We received your message. You are not in trouble. We help people leave compounds in { $place }, with the embassies.
inside-ngo-never = We will never ask you or your family for money.
inside-ngo-pin = When it is safe, send a location pin and the building. Then delete this chat.
    .discuss = How could you tell this contact from the guard's "cousin" or the man who arranges "transfers"?
inside-ngo-send-pin = Send the pin and the building now, and delete the chat
    .feedback = You trusted a contact that asked for nothing and worked with your embassy, and this time the trust was right. A real helper asks for information, never for money.
inside-ngo-check-first = Ask for something you can check first: who at your embassy knows them
    .feedback = A fair question, and a real NGO does not mind it. It cost you one more night with the phone hidden, which was a risk of its own.
inside-ngo-delete = Delete it. Anyone can say they are an NGO
    .feedback = After the guard's "cousin" and the man with the "transfers", doubting everyone makes sense. This contact asked for nothing and pointed you to your embassy: those are the signs of real help. Not trusting it was a choice made in fear, and it is not your fault.
inside-ngo-checks-fair = That is a fair question. Good that you ask.
inside-ngo-checks-embassy = Your embassy's consular officer knows our office. Your { $relative } can call the embassy and ask about us. Send the pin when you feel safe.
inside-ngo-works-days = You send the pin and the building's colour. Ten days pass, with nothing. You keep your head down and meet the quota as best you can.
inside-ngo-works-gate = Then, one morning, officials from the capital and a woman from the NGO are at the gate, with a list of names. Yours is on it.
inside-end-ngo = You are out, because you trusted a contact that deserved it: it asked for nothing, and worked with your embassy. Then came weeks in a shelter, screening interviews and new papers; you have the right to be treated as a victim, not a criminal, and the made-up debt means nothing. Checking who to trust is not the same as trusting no one. Recruiters may contact survivors again: keep the NGO's and your embassy's numbers close.

inside-embassy-reply-wait-safer = Wait until tomorrow night to send the pin, when the corridor is quieter
    .feedback = Waiting for a safer moment is careful, and it was a reasonable choice. It was not your doing that the company moved first.
inside-family-reply-name-coworker = Add { $coworker }'s name and country, so they look for { $coworker } too
    .feedback = { $coworker } took a risk for you, and now you took one back. Names and nationalities let embassies act for more than one person.

inside-transfer-dawn = Before dawn, guards go from room to room with a list. Thirty people, your name among them, are told to pack.
inside-transfer-vans = Vans wait at the gate. "A new company," the team leader says. "They paid for you."
inside-transfer-memorise = Watch the road, and remember every sign you pass
    .feedback = You did what you could under threat. Anything you remember may help someone find you later. None of this is your fault.
inside-transfer-tell-coworker = Whisper to { $coworker }: "Tell them where I went, if you can"
    .feedback = A risk taken under threat, for a chance that someone will know. None of this is your fault.
inside-transfer-head-down = Keep your head down and say nothing
    .feedback = Staying safe in the van was a choice made under threat, and a fair one. None of this is your fault.
inside-end-resold = You did what a careful person could: you found a safe contact, you did not go to the local police, and you got word out. The company sold a group of workers on before help came, and you were in it; it was not your doing. Your message is on file: your embassy and the NGOs keep looking, and people have been found after a second and a third compound. When you can, send word again: the same routes still help.
