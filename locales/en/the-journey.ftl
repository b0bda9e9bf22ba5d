the-journey-title = The journey
the-journey-summary = You have said yes to a job abroad, and now you are on your way. Every step of the trip has a warning sign, and a way out.
the-journey-content-note = This story touches on human trafficking and on threats. No violence is shown. You can pause or leave at any time with q.

## Characters

the-journey-character-recruiter = { $recruiter }, HR Manager
the-journey-character-officer = Immigration officer
the-journey-character-contact = { $contact }, company driver

## Variables

the-journey-traveller-linh = Linh, an accountant from Vietnam
the-journey-traveller-arjun = Arjun, a software tester from India
the-journey-traveller-grace = Grace, a teacher from Uganda
the-journey-traveller-joseph = Joseph, an IT graduate from Kenya
the-journey-traveller-minh = Minh, 17, from a village in Nghe An, Vietnam, who left school to help the family

the-journey-hub-dubai = Dubai
the-journey-hub-hong-kong = Hong Kong
the-journey-hub-singapore = Singapore
the-journey-hub-kuala-lumpur = Kuala Lumpur

the-journey-recruiter-vicky = Vicky
the-journey-recruiter-anna = Anna
the-journey-recruiter-kelly = Kelly

the-journey-contact-tony = Tony
the-journey-contact-ben = Ben
the-journey-contact-jack = Jack

the-journey-relative-sister = sister
the-journey-relative-brother = brother
the-journey-relative-mother = mother
the-journey-relative-cousin = cousin

## Home, the night before the flight

the-journey-start-who = You are { $traveller }. Three weeks ago, a recruiter called { $recruiter } offered you a customer support job in Bangkok: ${ $salary } a month, with the flight and housing paid. Nobody asked how old you are, or for a single reference.
    .discuss = What would you already have done and spent by the night before you fly?
the-journey-start-tonight = Your family helped you get ready, and you have said goodbye to your friends. Tomorrow morning you fly. Your bag is packed when your phone buzzes.

the-journey-briefing-ticket = Good evening! Your ticket is in your email. First flight is to { $hub } only. I send the next ticket when you land.
    .discuss = Which of these messages would worry you, and which sound normal?
the-journey-briefing-visa = You travel on a tourist visa. Work visa takes too long, we change it in Bangkok. Everybody does like this.
the-journey-briefing-holiday = At immigration, say holiday. Don't say job. Don't say company name.
the-journey-briefing-delete = And please delete this chat before the airport. Company rule.
the-journey-briefing-ask-visa = Ask why a real job needs a tourist visa, and ask to see the contract first
    .feedback = A good question. A real employer gets you a work visa before you travel. "We change it later" is how a job turns into a trip with no right to work and no protection.
the-journey-briefing-forward = Say OK, but forward the whole chat to your { $relative } before you delete it
    .feedback = Keeping a copy with someone you trust is wise, and it may matter later. But the warning sign was the tourist visa: a real job abroad starts with a work visa.
the-journey-briefing-agree = Say OK. They have done this many times, they must know
    .feedback = The tourist visa is the warning sign. Recruiters make it sound like a normal shortcut. It works because they sound calm and sure, and you have already said yes to the job.

the-journey-pushback-normal = Why so many questions? Everyone comes like this.
the-journey-pushback-contract = Contract you sign in the office. The boss is very busy.
the-journey-pushback-cancel = The flight is in the morning. If you cancel now, you pay back the ticket: ${ $ticket }.
the-journey-pushback-trust = I thought you trust me. Many people want this job.
the-journey-pushback-check-agency = Before you decide, call the national migrant-worker agency and ask about this job
    .feedback = You saw the pressure: no contract, a threat about money, and guilt. A real employer can wait one day while you check. The agency can tell you if the recruiter has a licence and the job is registered.
the-journey-pushback-go-anyway = Go. You can't pay back the ticket, and your family is counting on you
    .feedback = A rush, a "debt" for the ticket and no written contract are pressure tactics. They work on anyone who has already made plans and told their family. A real job can wait one day for you to check.
the-journey-pushback-go-watchful = Go, but promise yourself you will turn back at the first thing that doesn't fit
    .feedback = A promise to yourself is worth having, and many people make it. It is hard to keep once you are on the way: every step makes the next one feel smaller. Telling someone at home what that "first thing" would be makes it easier to keep.

the-journey-end-agency = The officer at the migrant-worker agency checked for you. The recruiter had no licence, and the job was not registered. "A real job abroad comes with a work visa and a contract you sign before you fly," she said. You stayed home. { $recruiter } stopped answering, and nobody ever asked for the ticket money.

## The home airport

the-journey-departure = At the airport you reach passport control. The officer looks at your tourist visa, then at you. "What is the purpose of your trip?" In your head you hear { $recruiter }: say holiday.
    .discuss = Why would a recruiter want you to lie to the one official who might ask questions?
the-journey-departure-say-holiday = Say "holiday", as you were told
    .feedback = Being told what to say at immigration is a warning sign. Officers ask because they are trained to spot trafficking. A lie cuts you off from the one person here whose job is to protect you.
the-journey-departure-tell-truth = Tell the truth: you are going for a job, on a tourist visa
    .feedback = That took courage. A real employer never needs you to lie at the border, and telling the truth lets the officer help you.
the-journey-departure-turn-back = Say nothing. Step out of the queue and go home
    .feedback = It is fine to listen to a bad feeling. Turning back costs a ticket. Going on could cost much more.

the-journey-officer = The officer puts your passport down. "Thank you for telling me. You are not in trouble. We see many job offers like this one, and some end in scam compounds across a border. Can you show me the messages?"
the-journey-officer-show = Show the officer the messages
    .feedback = The officer is a real helper here. Airport officials see these routes every week. The chat lets them check the recruiter, and warn others.
the-journey-officer-back-out = Panic. Say it was a misunderstanding and it really is a holiday
    .feedback = Fear of getting into trouble is exactly what recruiters count on. Here, the officer was on your side. You can still change your mind later on the way.
the-journey-officer-take-card = Show the messages, but say you have decided to go. Take the officer's card.
    .feedback = The officer cannot always stop an adult with a valid visa, and you have a right to decide. The card matters: an official at home who knows your name and your route is someone your family can call.

the-journey-end-officer = The officer read the chat and called a colleague who works on trafficking cases. There was no work visa and no licensed agency, only a holiday story. You missed the flight, and you were not in any trouble. Your report helped them warn other people who got the same offer.

the-journey-end-turned-back = You turned back. It felt like failure, and you worried about the money. But you owe nothing to people who asked you to lie. At home, you reported { $recruiter } to the national migrant-worker agency, and it now warns others about this offer.

## The transit city

the-journey-transit-landed = You are in { $hub }? Good. Next ticket is in your email: { $hub } to Bangkok.
    .discuss = Changing planes is normal. What about this trip is not?
the-journey-transit-others = Three more new staff are on your flight. Don't sit with them. Don't talk. You don't know each other.
the-journey-transit-hotel = If Bangkok immigration asks, show the hotel booking. It's a holiday.
the-journey-transit-turn-back-hub = Too many secrets. Go to the airline desk and ask about a flight home
    .feedback = A ticket in pieces, a transit city and "don't talk to the others" make your route hard to follow, for officials and for your family. Turning back here is still possible.
the-journey-transit-tell-family = Board, but first send your { $relative } both tickets, the recruiter's number and a photo of your passport
    .feedback = You saw that the route is built to be hard to follow. Now someone you trust can follow it. Whatever happens next, that copy can help.
the-journey-transit-ask-others = Sit with the other recruits anyway, and quietly compare what each of you was told
    .feedback = You saw that the route is built to keep you apart. Comparing stories is how recruits notice that the promises do not match: one was told customer service, another data entry, one Bangkok, another "near Bangkok".
the-journey-transit-board = Board. Lots of people change planes
    .feedback = Changing planes is normal. A ticket sent in pieces, and orders not to talk to the other recruits, are not. They hide where you are really going, and stop the recruits from comparing stories.

## Bangkok airport

the-journey-arrival-welcome = Welcome to Bangkok! I am { $contact }, from the company. Good flight?
    .discuss = Why ask for the passport here, right after a long flight? What could a person say to keep it?
the-journey-arrival-passport = Give me your passport. I take it to the office for your work permit.
the-journey-arrival-back = You get it back in two, three days. The others already gave.
the-journey-arrival-hand-over = Hand it over. It's for the work permit
    .feedback = Your passport is your way home and your proof of who you are. A real employer has no need to keep it. They ask at the airport because you are tired and the others have already said yes.
the-journey-arrival-keep = Smile, and say you will keep it and bring it to the office yourself
    .feedback = Right. An employer has no reason to hold your passport. A real company can copy it in front of you and hand it straight back.
the-journey-arrival-photo = Offer to let him take a photo of the passport page instead
    .feedback = A good middle way: an employer who needs your details can copy them in front of you and hand the passport straight back. Watch how he answers: someone who only needs a copy will take the photo.

the-journey-refuse-unhappy = Hm. The boss will not be happy.
the-journey-refuse-permit = No passport, no work permit. Then you pay for the permit yourself. Very expensive.
the-journey-refuse-van = Come now. The van is waiting. Everyone is waiting for you.
the-journey-refuse-call-embassy = Walk back into the terminal and call your embassy in Bangkok, using the number on its official website
    .feedback = A strong move. Use the number from the embassy's own website, not one someone gives you. The terminal is a safe place to call from: there are staff, cameras and people all around.
the-journey-refuse-give-in = Hand it over. Everyone is staring, and you are so tired
    .feedback = Pressure from a group is hard to resist after a long trip, and they planned it that way. Without your passport you are easier to control. Remember: even without it, your embassy can still help you.
the-journey-refuse-keep-go = Keep your passport in your pocket and get in the van
    .feedback = Keeping your passport matters. But you are getting into a van with people who just pressured you. Make sure someone you trust knows where you are.

the-journey-end-embassy = The embassy told you to stay inside the terminal, and sent someone to meet you. You told them about the van. Thai officials stopped it before it left, with the other three recruits still inside. The company had no work permits for anyone. You all flew home, with your passports in your own pockets.

## The road north-west

the-journey-van-road = The van drives north-west for hours. Bangkok is far behind you.
    .discuss = The job has just moved. What can you still do from inside the van?
the-journey-van-change = { $contact } turns round: "Small change. The office is not in Bangkok now. It is near Mae Sot. New building, bigger company. Same job."
the-journey-van-whisper = The woman next to you whispers: "Mae Sot is on the border. My cousin says people go across the river from there."
the-journey-van-share-location = Quietly share your live location with your { $relative }: "They changed the job place. Call the embassy if I stop answering."
    .feedback = A job that moves after you said yes, and moves towards a border, is a serious warning sign. Your location and the word "embassy" give your family something to act on.
the-journey-van-call-relative = Text your { $relative }, who already has your tickets: "Not Bangkok. Mae Sot. Call the embassy." Share your live location
    .feedback = A job that moves after you said yes, and moves towards a border, is a serious warning sign. Your family already has the tickets and the recruiter's number, so this message is enough for them to act.
the-journey-van-ask-stop = Ask { $contact } to stop: you want to go back to Bangkok
    .feedback = You saw it: the job moved without your agreement, towards a border. { $contact } laughs and says it is too late, and the van does not stop. Asking was right; it tells you that you are no longer free to leave, and that is the moment to find any way to tell someone outside.
the-journey-van-stay-quiet = Stay quiet. It's still Thailand, and a bigger company could mean more pay
    .feedback = The job moved without your agreement, towards a border. This is planned from the start: Thailand becomes Myanmar or Cambodia one small step at a time, so that no single step feels big.

the-journey-checkpoint-stop = Two hours later, the van slows down at a road checkpoint. An officer walks along the van, looking at faces.
the-journey-checkpoint-text = Your phone buzzes. Your { $relative }: "I called your embassy. They told the Thai officials about your van. Speak up!"
the-journey-checkpoint-order = { $contact } says quietly: "If they ask, we are tourists going to the market. Say nothing else."
the-journey-checkpoint-speak-up = Open the window and say: "We came for jobs in Bangkok. They are taking us to the border."
    .feedback = You saw where this road leads: to a border you have no legal way to cross. Officials who are already looking for the van are the people to tell.
the-journey-checkpoint-show-phone = Hold your phone up to the window with your { $relative }'s message on the screen
    .feedback = You saw where this road leads, and found a way to speak without words. Officials who are already looking for the van know what the message means.
the-journey-checkpoint-stay-silent = Say nothing. { $contact } is right beside you
    .feedback = Fear in that moment is normal, and staying silent is not your fault. But help is often there only for a moment, and silence lets that moment pass.

the-journey-checkpoint-alone-stop = Two hours later, the van slows down at a road checkpoint. An officer walks along the van, looking at faces.
the-journey-checkpoint-alone-order = { $contact } says quietly: "If they ask, we are tourists going to the market. Say nothing else."
the-journey-checkpoint-alone-speak-up = Open the window and say: "We came for jobs in Bangkok. They are taking us to the border."
    .feedback = You saw where this road leads, and you said it out loud to an official. That is exactly what to do, and it took courage.
the-journey-checkpoint-alone-ask-toilet = Ask to use the toilet at the checkpoint, and tell the officer there, away from { $contact }
    .feedback = You saw where this road leads, and found a way to speak to an official out of { $contact }'s hearing. That is careful and brave.
the-journey-checkpoint-alone-stay-silent = Say nothing. { $contact } is right beside you
    .feedback = Fear in that moment is normal, and staying silent is not your fault. But help is often there only for a moment, and silence lets that moment pass.

the-journey-waved = The officer listens. Then he walks to the front of the van and talks with { $contact } for a long minute. Something passes between their hands. The barrier goes up. Nobody in the van says a word. That night, at a river with no border post, there is no moment to refuse: four men, a small boat, your phone in their bag.

the-journey-end-checkpoint = You spoke up, and the officer opened the door. Because your { $relative } had called the embassy, the officials knew what to look for. All four of you were taken off the van and looked after, and { $contact } was questioned. Your embassy helped you get home.

## The river near Mae Sot

the-journey-river-night = Night. The van stops at the end of a dirt road. You can hear water.
    .discuss = What tells you this is not a normal way to go to work?
the-journey-river-bank = There is no border post here. No flag, no officer, no stamp. Only a small boat and two men waiting.
the-journey-river-phones = { $contact }: "Phones in the bag, only for the crossing. The office is on the other side. Quick, quick."
the-journey-river-get-in = Give your phone and get in the boat, like the others
    .feedback = A job never starts with a river crossing at night, away from any border post. Crossing without a stamp leaves you in another country with no papers, which is exactly what the traffickers want.
the-journey-river-refuse-boat = Refuse. Say you will not cross a border without a border post
    .feedback = You saw it: an informal crossing, at night, with phones taken. Across this river are the scam compounds around Myawaddy. Refusing here is hard and brave.
the-journey-river-last-message = Turn away for a second. Send your { $relative } your live location and "River near Mae Sot. Call the embassy." Then hand over the phone
    .feedback = You saw the crossing for what it is. Even when you can't stop what is happening, a location and the word "embassy" in the right hands can change what happens next.

the-journey-riverbank-angry = You want to stay here alone? In the dark?
the-journey-riverbank-owe = You owe the company ${ $debt }. Flight, visa, hotel. Pay now, or get in.
the-journey-riverbank-walk-away = Keep your passport in your hand, walk back to the road, and call your embassy
    .feedback = The "debt" was made up on the spot: you owe nothing to people who lied to you about the job. Embassies have emergency lines for nights like this.
the-journey-riverbank-walk-away-no-passport = Walk back to the road and call your embassy. They can help you even without your passport
    .feedback = Without your passport you may feel trapped, and that is why they took it. But your embassy can confirm who you are and give you an emergency travel document. The "debt" is made up: you owe them nothing.
the-journey-riverbank-call-relative = Call your { $relative }, say exactly where you are, and stay on the line while you walk back to the road
    .feedback = The "debt" was made up on the spot, and you owe nothing. A voice on the line, and someone at home who knows where you are, make the walk back safer, and your { $relative } can call the embassy's emergency line while you walk.
the-journey-riverbank-give-up = Get in the boat. It feels like there is no choice
    .feedback = Threats, darkness and a made-up debt can make anyone feel they have no choice. The traffickers built that feeling on purpose. It is not your failure.

the-journey-end-riverbank = You walked back to the road in the dark and called your embassy. They told you to wait near lights and people, and asked Thai officials to come for you. By morning you were safe. The debt was invented: you owed nothing. The embassy helped you travel home.

the-journey-end-crossed = The boat crossed the river into Myawaddy, in Myanmar. No stamp, no papers, and on the other side a guarded compound was waiting. This is the traffickers' crime, not your mistake. People held in these compounds do get out: some after their family or their embassy is alerted, others when compounds are raided or forced to release people.

the-journey-end-crossed-alerted = The boat crossed into Myawaddy, and your phone was taken. But your { $relative } had your location and the word "embassy", and called that same night. Weeks later, after your embassy and a trusted aid group pushed for it, you were among a group released and brought back to Thailand. Weeks of screening and papers followed before you could fly home, with the right to be treated as a victim, not a criminal. One message made the difference.

the-journey-end-waved = The boat crossed into Myawaddy. At the checkpoint you did exactly what this game teaches: you saw where the road led, and you told an official. He had been paid to look away; officials who take money from traffickers are part of how these routes work. This was not your fault, and speaking up was not wasted: your { $relative } had your location, and the embassy can ask why a van was waved through. People held in these compounds do get out, some after their family or their embassy is alerted.
