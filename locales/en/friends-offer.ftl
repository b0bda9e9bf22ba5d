friends-offer-title = A friend's offer
friends-offer-summary = An old friend who works abroad sends you photos of a good life, and offers to get you a job too.
friends-offer-content-note = This story touches on human trafficking and on people held against their will. No violence is shown. You can pause or leave at any time with q.

## Characters

friends-offer-character-friend = { $friend } (your { $bond })
friends-offer-character-group = Team { $city } (group chat)
friends-offer-character-hr = { $hr }, HR, { $company }
friends-offer-character-other = { $other }
friends-offer-character-hotline = Migrant-worker agency hotline

## Variables

friends-offer-you-ramon = Ramon, a delivery rider in Quezon City, the Philippines
friends-offer-you-maricel = Maricel, a factory worker in Laguna, the Philippines
friends-offer-you-budi = Budi, a construction worker in Bandung, Indonesia
friends-offer-you-siti = Siti, a shop assistant in Surabaya, Indonesia
friends-offer-you-tuan = Tuan, a construction worker in Da Nang, Vietnam
friends-offer-you-thu = Thu, a garment worker in Hai Phong, Vietnam
friends-offer-you-kiran = Kiran, a delivery rider in Kathmandu, Nepal
friends-offer-you-nuwan = Nuwan, a construction worker in Kandy, Sri Lanka
friends-offer-you-anjali = Anjali, a beautician in Pune, India
friends-offer-you-rahul = Rahul, a delivery rider in Hyderabad, India

friends-offer-friend-ace = Ace
friends-offer-friend-jay = Jay
friends-offer-friend-max = Max
friends-offer-friend-tiger = Tiger

friends-offer-bond-cousin = cousin
friends-offer-bond-schoolfriend = old schoolfriend

friends-offer-other-sunny = Sunny
friends-offer-other-lucky = Lucky
friends-offer-other-rocky = Rocky

friends-offer-member-joy = Joy
friends-offer-member-dewi = Dewi
friends-offer-member-mai = Mai

friends-offer-city-bangkok = Bangkok
friends-offer-city-chiang-mai = Chiang Mai

friends-offer-company-sunrise = Sunrise Digital Group
friends-offer-company-gold-river = Gold River Trading
friends-offer-company-blue-ocean = Blue Ocean Tech

friends-offer-hr-cindy = Cindy
friends-offer-hr-grace = Grace
friends-offer-hr-may = May

friends-offer-real-job-japan-building = a building site in Japan
friends-offer-real-job-malaysia-factory = a factory in Malaysia
friends-offer-real-job-dubai-warehouse = a warehouse in Dubai

## The friend gets in touch

friends-offer-start = You are { $you }. The days are long, the pay is small, and most of it goes home to your family. One night your phone lights up: your { $bond } { $friend }. You have not talked in two years. Everyone says he is "working abroad" now, and doing well.
    .discuss = How do people in this story hear about jobs abroad? Which ways can be checked, and which cannot?

friends-offer-photos-hey = Hey!! Long time! How are you?
    .discuss = Why does an offer from someone you know feel safer than one from a stranger?
friends-offer-photos-photo = (Photo: { $friend } at a rooftop pool at night, city lights behind him, a new phone in his hand.)
friends-offer-photos-life = Life in { $city } is good. ${ $salary } a month, free room. Office work, with air con!
friends-offer-photos-offer = My company needs more people. I told my boss about you. You want it? I can help you.
friends-offer-photos-sounds-great = "Yes! If you say it's good, I believe you. How do I join?"
    .feedback = An offer from someone you know feels safe, and that is exactly why recruiters use friends and family. Your friend may believe in it, or may be under pressure himself. His word is not a check.
friends-offer-photos-ask-proof = Be happy for him, and ask for the company's name so you can check it yourself
    .feedback = You can trust your friend and still check the job. Recruiters use friends because trust skips the questions. A real job will still be there after you check.
friends-offer-photos-ask-family = Ask his mother first how he is really doing over there
    .feedback = A kind thought. She says he sends money home and sounds busy. But his family only knows what he tells them, or what he is allowed to tell them. It is still the job that needs checking.

friends-offer-details-company = The company is { $company }. Customer service for online shops. Easy, only chatting with customers.
friends-offer-details-training = No experience, no problem, they teach you everything. My English was bad too!
friends-offer-details-group = Five people from home are coming on the same flight, the 14th. { $member } from your street is coming too! I add you to the group.
friends-offer-details-hr = The HR lady, { $hr }, will message you. She is very nice.

## The group from home, leaving together

friends-offer-group-welcome = Coordinator: Welcome to Team { $city }!! We fly together on the 14th 🎉
    .discuss = What does a group chat like this do to the way a person decides?
friends-offer-group-paid = { $member }: Paid my reservation today!! So excited, see you at the airport 😍
friends-offer-group-seats = Coordinator: Only 2 seats left on the group flight. Who is serious, confirm today.
friends-offer-group-hr = Coordinator: { $hr } from HR will do your interview. Easy!
friends-offer-group-join-in = Post a happy hello. If everyone is going, you're going too.
    .feedback = A group leaving together feels safe: people you know, the same flight, the same plan. That is why recruiters build one. "Only two seats left" is there to make you decide before you check, and nobody in the group has seen a contract either.
friends-offer-group-ask-group = Ask the group: "Has anyone seen the contract, or checked the company?"
    .feedback = A fair question, and a hard one to ask in a happy group. A deadline and a crowd are what stop people checking. Watch who answers, and how.
friends-offer-group-call-other = Before you answer anyone, call { $other }, who works abroad the legal way
    .feedback = Good idea. Your friend's word and a happy group are not checks. Someone who went abroad through a licensed agency knows what the real process looks like.

friends-offer-group-reply-contract = { $member }: The contract is at the office, everyone says so.
friends-offer-group-reply-negative = Coordinator: Please no negative energy in the group 😅 { $friend } is already there and he is happy.
friends-offer-group-reply-hr = Coordinator: { $hr } will answer your questions. She is messaging you now.

## The friendly HR lady

friends-offer-hr-chat-hello = Hello! I am { $hr } from HR. { $friend } told us many good things about you.
friends-offer-hr-chat-patient = Any question, you ask me any time. No rush, OK?
friends-offer-hr-chat-interview = The interview is easy, here in chat. Tell me about yourself, then a short typing test.
friends-offer-hr-chat-test = Please type this and send it: "Hello dear, how is your day? I am so happy to talk with you."
friends-offer-hr-chat-do-test = Answer her questions and do the typing test
    .feedback = A chat and a typing test are not a real interview. They only check that you can chat and type in English, the skill a scam compound needs. Look at the words they asked you to type.
friends-offer-hr-chat-ask-call = "Can I have a video call with the manager, and read the contract first?"
    .feedback = A real employer will talk to you face to face and show you the contract. A chat-only "interview" keeps the employer hidden. A video call helps, but it can be faked, so check the employer through official channels too.
friends-offer-hr-chat-screenshot = Do the test, and keep a screenshot of the whole chat, just in case
    .feedback = Keeping a record is wise, and it may matter later. But the warning sign is the interview itself: a chat and a typing test, with words that sound like flirting with a stranger. That is the skill a scam compound needs.

friends-offer-hr-dodge-sure = Of course, I understand you. Good that you are careful!
friends-offer-hr-dodge-later = The manager is at the other branch. He will call you after the processing. The contract you sign when you arrive, like all our staff.
friends-offer-hr-dodge-proof = Your friend is happy here, and your whole group is coming. You can trust us.
friends-offer-hr-dodge-fine = "OK. Sorry for all the questions." Do the test.
    .feedback = Friendly and patient, but still no contract and no manager. Being nice costs them nothing. "Sign when you arrive" means signing far from home, when you can no longer say no.
friends-offer-hr-dodge-check = "I will wait for a written contract, and check it with my country's migrant-worker agency."
    .feedback = Good. Never agree to go without a written contract that names the employer, the job, the place and the salary. A real offer can wait while you check.
friends-offer-hr-dodge-leave = Leave the group quietly, and stop answering
    .feedback = You can say no to an offer you cannot check. It costs something: the group will talk, and { $friend } may be hurt. You do not owe anyone an explanation.

friends-offer-fee-passed = Congratulations, you passed!
    .discuss = Why does the fee come right after the good news? How does paying change what a person feels able to do next?
friends-offer-fee-fee = For the visa and the ticket there is a processing fee: ${ $fee }. We give it back from your first salary.
friends-offer-fee-friday = Please send it by Friday, so we can book your seat on the group flight. Here is the account.
friends-offer-fee-pay = Borrow the money and send it. You will get it back from the first salary.
    .feedback = Once you have paid, walking away means losing the money, so you keep going. A real job abroad only charges the fees the law allows, with an official receipt, never into a person's account.
friends-offer-fee-refuse = "A real employer doesn't make me pay to get hired. I won't pay."
    .feedback = Right. An upfront "processing fee" sent to a person is a warning sign. Ask your migrant-worker agency which fees are legal, and pay only with an official receipt.
friends-offer-fee-ask-agency = Say you will pay once the migrant-worker agency tells you the fee is legal, and call them
    .feedback = A good way to check without a fight. The agency knows which fees are legal for a job abroad, and that they are paid with an official receipt, never into a person's account.

friends-offer-friend-push-heard = { $hr } told me you don't want to pay?
friends-offer-friend-push-paid = I paid too when I came. You get it back fast, I promise.
friends-offer-friend-push-half = Look, I already sent half for you. Please don't make me look bad with my boss.
friends-offer-friend-push-accept = Say yes. He already paid half for you. How can you say no to that?
    .feedback = It is hard to say no to someone who is kind to you, and he may mean it. But his word and his money do not make the job real. He may be under pressure from the same people.
friends-offer-friend-push-ask-other = Before you answer, ask your friend { $other }, who works abroad the legal way, what he thinks
    .feedback = Good idea. Someone who went abroad through a licensed agency knows what the real process looks like. Trusting a friend is fine; checking what he says is wiser.
friends-offer-friend-push-say-no = "Thank you, really. But I can't. Maybe later."
    .feedback = Saying no kindly is enough. You don't need to prove the job is fake to stay home.

## Said no, and the money he "advanced"

friends-offer-repay-boss = (Two days later, 2:40 a.m.) They say I must give back the money I sent for you. Today.
    .discuss = Who is really asking for this money? What could the player do that does not put anyone in more danger?
friends-offer-repay-debt = If not, they add it to my debt. Please. I'm not joking.
friends-offer-repay-watching = They are standing here while I write this.
friends-offer-repay-send = Send what you have. You can't leave him like this.
    .feedback = You paid to protect someone you love, with people standing over him. That is not a mistake: it is what this threat is built to make people do, and it was not your fault. The demands may come again. Keep every message, and tell the national anti-trafficking hotline and your embassy what he wrote.
friends-offer-repay-hotline = Don't send it yet. Call the national anti-trafficking hotline with every message he wrote
    .feedback = A hard choice, made under threat, with no good option. The hotline can pass his location and messages to the embassy, and tell you how to answer without putting him in more danger. Whatever you chose here, none of it was your fault.

## The group flight, and the script for the airport

friends-offer-pressure-booked = Coordinator: Group flight on the 14th! Seats are held for everyone who paid. Final list tonight.
    .discuss = Why would a real employer need its new staff to pretend not to know each other?
friends-offer-pressure-airport = At the airport, don't stand together. If immigration asks, you are going on holiday, and you don't know each other.
friends-offer-pressure-contract = The contract you sign in the office. Everything is the same as we told you.
friends-offer-pressure-quiet = And don't tell too many people. Some people get jealous and make trouble.
friends-offer-pressure-go = Say you're in, and pack your bag.
    .feedback = A lie for immigration, no written contract, and "don't tell anyone": each of these stops someone from checking or helping. The officers ask their questions to find people being trafficked. A real job never needs you to lie to them.
friends-offer-pressure-wait = "Not without a written contract, and not with a lie at the airport." Then message { $friend } and ask what is really going on.
    .feedback = You saw it. Being told what to say to immigration, and to pretend you don't know the others, is a serious warning sign: the truth would stop the trip. Keep the messages.
friends-offer-pressure-ask-group = Write in the group: "Why would a real job need us to lie at the airport?"
    .feedback = You asked the question everyone was avoiding. A minute later the coordinator removes you from the group. Being told to lie to immigration is a serious warning sign, and a group can stop a person from saying so.

## The friend's slip, and the truth

friends-offer-ask-friend-late = (3:12 a.m.) Please. Just come.
    .discuss = What do you notice in these messages? What might be happening to him?
friends-offer-ask-friend-slip = If I bring two more people, they said I can
friends-offer-ask-friend-deleted = This message was deleted.
friends-offer-ask-friend-again = Sorry. Everything is fine here. Come on the 14th, OK?
friends-offer-ask-friend-gently = Ask him gently: "Are you OK? Can you leave if you want to?"
    .feedback = A calm, kind question, with no blame, is the one most likely to get an honest answer.
friends-offer-ask-friend-screenshot = Screenshot everything before more is deleted, then ask him gently if he is OK
    .feedback = Keeping what he wrote can help him later: the time, the cut-off line, the deleted message. Then a calm, kind question, with no blame, is the one most likely to get an honest answer.
friends-offer-ask-friend-block = Block him. You are not going.
    .feedback = Protecting yourself is right. But look again: the time of night, the cut-off message, the deleted line. People held in scam compounds are often forced to recruit friends and family. He may be a victim too.
friends-offer-ask-friend-block-report = Block him, and report { $hr } and the fee you paid to your migrant-worker agency
    .feedback = Reporting the fee helps stop the recruiters, and paying it was not your fault. But look again at { $friend }'s messages: people held in scam compounds are often forced to recruit. He may be a victim too.

friends-offer-truth-quick = Can't talk long. They check our phones.
friends-offer-truth-passport = They took my passport when I came. They say I owe them for the trip.
friends-offer-truth-recruit = They make us bring new people. I'm sorry. I didn't want to.
friends-offer-truth-mother = Don't come. Please tell my mother.
friends-offer-truth-embassy = Call your country's embassy and the national anti-trafficking hotline, and tell his family
    .feedback = These are the right people: your embassy, a national hotline, trusted aid groups, and his family. Tell them where he is, his number and the company's name. None of this is his fault: he was trafficked and forced to recruit.
friends-offer-truth-post = Post his messages on Facebook, to expose the company and warn everyone
    .feedback = Wanting to warn others is good, and the people in the group need to know. But a public post can be seen by the bosses and put him in danger. Send the details quietly to the embassy or a hotline first, and warn the group one by one.
friends-offer-truth-his-mother = Go to his mother first, as he asked, and call the hotline together
    .feedback = He asked you to tell her, and family is one of the routes that helps. Together you can give the hotline and the embassy what they need: where he is, his number, the company's name. None of this is his fault.

friends-offer-posted = You post the screenshots with the company's name. In an hour, hundreds of shares; { $member } writes that she is not going. Then { $friend }'s messages stop. The next day a worker at the national hotline asks you to take the post down: if the bosses see it, he can be punished or moved. You take it down, and give her everything he wrote.

## The other friend, the agency, and the genuine job

friends-offer-advice-careful = Hey! Good that you asked me first. Be careful, there are many fake jobs now.
friends-offer-advice-mine = I work at { $real-job }. I got the job through a licensed agency, and I checked the agency on the government list before I paid anything.
friends-offer-advice-contract = I had a video interview with the employer, a written contract and a work visa before I flew. The pay is normal, not crazy, but it's real.
friends-offer-advice-hiring = My company needs more workers, through the same agency. Want the details? But check them too, the same way.
friends-offer-advice-check-job = Check { $other }'s agency and job with the migrant-worker agency
    .feedback = The same checks for every offer, even one from a friend you trust. That is how you find the good ones.
friends-offer-advice-check-both = Ask { $other } to help you check { $friend }'s offer first
    .feedback = A friend who knows the legal way can help you ask the right questions.
friends-offer-advice-thanks = Thank { $other }. You are not ready to go abroad yet.
    .feedback = That is your right. When you are ready, you know how to check an offer: the agency's licence, a named employer, a contract, a work visa.

friends-offer-agency-check = You call the hotline of your government's agency for workers going abroad. { $company } is not licensed to hire workers from your country, and there is no approved job like this. "Offers like this, for Thailand, often end across the border in Myanmar, in scam compounds," the officer says. "Do you know someone who went?"
    .discuss = How would you find your own country's agency for workers going abroad?
friends-offer-agency-check-ask-friend-ok = Think of { $friend }. Message him and ask how he really is.
friends-offer-agency-check-ask-other = Ask { $other }, who works abroad the legal way, what he thinks
friends-offer-agency-check-other-job = Ask the officer to check { $other }'s agency and job too
friends-offer-agency-check-walk-away = Say no to { $friend }'s offer, and stop there

friends-offer-genuine-check = The officer checks { $other }'s agency: licensed, and on the government list. The job at { $real-job } is approved, with a named employer, a written contract, a work visa, and only the legal fee, with an official receipt. The pay is normal for the work, and the next group leaves in four months. "This one is real," she says.
friends-offer-genuine-check-apply = Apply for the job through { $other }'s agency
    .feedback = { $friend }'s offer was high pay for easy work with no experience: that was the hook. This job pays a normal wage for real work, it means four months of waiting and a fee, and every part of it checks out.
friends-offer-genuine-check-friend-instead = { $friend }'s offer sounds better: easy office work, air con, ${ $salary } a month, and the group leaves on the 14th. Go with his.
    .feedback = High pay for easy work with no experience is the hook, and it pulls hardest when money is tight and friends are going. { $other }'s job is harder and slower, but it has what the other lacks: a licensed agency, a contract and a work visa.
friends-offer-genuine-check-worry-friend = Before anything else, message { $friend } and ask gently how he really is

## Endings

friends-offer-end-walk-away = You stayed home. It was not easy to say no to { $friend }, or to a salary like that, or to watch the group get ready without you. A week later, { $hr }'s account was gone. You still think about { $friend }. If he writes again, you know who can help him: your embassy, the national hotline, his family.
friends-offer-end-trafficked = You flew with the group and said "holiday" at immigration, as you were told. In { $city }, a van drove the six of you for hours, to a walled compound across a border. Your passports and phones were taken "for safekeeping". This was the criminals' plan: not your fault, and not { $friend }'s. People do get out, with help from embassies, hotlines and families.
friends-offer-end-helped = The embassy passed { $friend }'s name and location to the people working to get its citizens out. It took weeks. Then his mother called you: he was out, in a shelter, waiting for papers to fly home. "They treated him as a victim, not a criminal," she said. "Because that is what he is."
friends-offer-end-posted = The group did not fly on the 14th, and nobody else from your street paid. That was your post. But { $friend } did not write again. The hotline passed his details to the embassy, and weeks later there was still no news. Wanting to warn people was right; the quiet routes first are safer for the one still inside. Not knowing is one of the hardest parts, and it is not your fault.
friends-offer-end-paid = You sent what you had. Two weeks later the same demand came again, for more. You did what the threat was built to make you do, to protect someone you love: it was not your fault, and you did not refuse the job in vain. You keep every message, and the national hotline and your embassy now have { $friend }'s number, the account you paid and the company's name. Paying again would not buy his freedom; telling them can help.
friends-offer-end-genuine = You applied through { $other }'s agency. The interview was a video call with the real employer, the contract was in writing, and the work visa came before the flight. Now you work at { $real-job }. It is hard work for honest pay, and your family knows exactly where you are.
