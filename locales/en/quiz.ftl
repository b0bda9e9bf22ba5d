# The discernment quiz: each item as the player sees it (quiz-<id>), a short name for it in the list of answers
# (.title: says what the item is, never whether it is genuine), where it appears (.source), and why it is genuine or
# which warning signs it shows (.explain, shown only after the quiz that follows a session).
# Ids follow scenarios/quiz.toml; docs/quiz.md says how the items are matched and where the facts come from.
# Names of people and companies are made up; wages and rules are real.

## Adverts

quiz-ad-electrician-nz = Tui Build Ltd in Auckland, New Zealand, needs 3 registered electricians with 3+ years on commercial sites 🔌 NZ$36-42 an hour, 40 hours a week. We are an accredited employer, so we support your work visa. Video interview with our site manager; you book your own flight. Applications close this Friday.
    .title = Electricians for Auckland
    .source = A job website advert
    .explain = The pay is high, but it is normal for a skilled trade in New Zealand, and the job asks for experience. It names the employer, offers a real interview and a work visa, and does not promise to pay for everything.

quiz-ad-factory-taiwan = 📢 Now hiring: 40 machine operators for an electronics factory in Taoyuan, Taiwan. Basic pay NT$29,500 a month (Taiwan's minimum wage) plus paid overtime, 3-year contract, work permit arranged by the employer. Men and women 20-38. Walk-in interviews this Saturday, 9am-3pm, at our agency office: Unit 5, Garden Plaza, Station Road.
    .title = Factory work in Taiwan
    .source = An agency's Facebook post
    .explain = A factory job at Taiwan's legal minimum wage for 2026, a contract length that is usual there, a work permit, and an office you can walk into. Many real agencies post on Facebook; what matters is a named agency you can visit and check.

quiz-ad-hotel-dubai = Housekeeping attendants wanted for the Al Noor Creek Hotel, Dubai ✨ AED 1,600 a month plus shared staff housing, meals, transport and medical insurance. As UAE law requires, the hotel pays your visa, flight and recruitment costs. 2-year contract, sent to you in full before you sign. Online interviews with the hotel's HR team 10-14 March.
    .title = Hotel housekeeping in Dubai
    .source = A recruitment agency's Instagram post
    .explain = Flights and housing paid can be genuine: UAE law makes the employer pay for recruitment, and the pay is normal for the job. The hotel is named, the role is clear, there is a real interview and the whole contract comes first.

quiz-ad-cousin-dubai = Hey, my friend's boss in Dubai needs 4 people for hotel IT support, no experience needed, and they pay for everything 🙏 I know him, he's legit, my friend has worked there a year. Salary is good, more than double what we get here. Can I give him your number? He needs names by Friday.
    .title = Your cousin's Dubai tip
    .source = A message from your cousin
    .explain = An offer from someone we trust feels safe, and your cousin may believe in it too. But a vague "hotel IT" job that needs no experience, with everything paid and no employer's name, shows the same warning signs whoever passes it on.

quiz-ad-marketing-tiktok = We're growing! Join our international team in Bangkok as a Digital Marketing Executive 🌏 40,000 baht a month plus performance bonus, full training, English required, no experience needed. Visa support and a shared condo close to the office. Interviews start next week; send your CV through the link in our bio.
    .title = Marketing team in Bangkok
    .source = A TikTok job advert
    .explain = It looks professional, but there is no company name, no address and no real job description, only "digital marketing" for anyone. Adverts like this on social media are a common way into scam compounds.

quiz-ad-support-cambodia = Customer service staff (English chat) wanted in Sihanoukville, Cambodia. USD 1,300 a month, training provided, no experience needed, basic English is enough. The company covers your flight, visa, housing and meals. Interviews by Telegram this week: send your CV and a recent photo, and our HR team will reply.
    .title = Chat support in Cambodia
    .source = A Facebook job post
    .explain = Pay far above the local rate for work that needs no experience, everything paid, and an "interview" by chat. There is no company name or address to look up. Sihanoukville is one of the places where scam compounds hold workers.

quiz-ph-ad-household-riyadh = 🇵🇭 Hiring household service workers for families in Riyadh. SAR 1,500 a month, own room, food, one rest day a week, 2-year contract. No placement fee, as the rules for domestic workers require. Apply at our office: 3/F Lanuza Building, Ermita, Manila. Bring your passport for copying; medical and PDOS follow.
    .title = Domestic work in Riyadh
    .source = A licensed agency's Facebook post
    .explain = SAR 1,500 is the minimum the Philippines sets for household workers in Saudi Arabia, and no placement fee may be charged to them. It names an office you can visit and the steps every worker goes through (medical, PDOS).

quiz-ph-ad-boutique-dubai = Looking for sales associates for a mall boutique in Dubai 🛍️ AED 4,500 a month plus commission. Direct hire: no agency, no long processing. You fly out on a visit visa within 2 weeks and the employer changes it to a work visa there. Limited slots; message Ma'am Joy for the list of requirements.
    .title = Boutique sales in Dubai
    .source = A Facebook job post
    .explain = "Direct hire" with no agency, and leaving on a visit visa to be changed later, skips every step that protects a worker leaving the Philippines. Without a work visa and a verified contract, you have no legal status there.

## Recruiter messages

quiz-rec-careworker-japan = Hello, this is Lan from Sakura Bridge Recruitment. You passed our first interview for the care worker job in Osaka, under Japan's Specified Skilled Worker visa. Pay is about ¥190,000 a month before tax. Next: the Japanese language test and the care skills test; we will send the dates. Training lasts about 6 months before departure.
    .title = Care work in Osaka
    .source = A text from an agency
    .explain = It names a real visa programme and its real steps (a language test and a skills test), normal pay for the job, and months of training before anyone travels. Nothing is asked of you now except to sit the tests.

quiz-rec-contract-riyadh = Congratulations on passing your interview with Wadi Sahra Medical Centre. Attached is your contract: staff nurse, Riyadh, SAR 6,500 a month, 2 years, housing and flights paid by the employer, no fee to you. Please read it carefully and reply by 20 May if you accept, so that we can start your work visa.
    .title = A nurse's contract for Riyadh
    .source = An email from an agency
    .explain = A written contract with the job, the place and the pay before anything else, normal pay for a nurse, and a work visa. The deadline is real but reasonable, and nothing is asked of you except an answer.

quiz-rec-developer-kl = Hi, I saw your CV on this site. Meranti Software in Kuala Lumpur is hiring a Java developer, MYR 9,000-11,000 a month. I've attached the job description and their website. Next steps: two video interviews with their tech team, then a written offer and an Employment Pass. Could you reply by Thursday?
    .title = A developer's job in Kuala Lumpur
    .source = A job website message
    .explain = It came without you asking and the pay is high, but it is normal for a skilled job that matches your CV. It names the company, sends a job description, and offers real interviews, a written offer and a proper work pass.

quiz-rec-fee-dubai = Good afternoon, Ms Reyes. Your application for the warehouse assistant post in Dubai has been shortlisted. To reserve your place, kindly transfer the processing fee of USD 1,150 by Thursday. Your employment contract will be handed to you on arrival in Dubai. Please find our bank details below; we look forward to welcoming you.
    .title = A warehouse post in Dubai
    .source = An email from a recruiter
    .explain = A fee before you have a job, a deadline to pay, and no contract until you arrive. Without a written contract you have nothing to hold the recruiter to; and in the UAE the employer, not the worker, pays for recruitment.

quiz-rec-location-maesot = Good news, you passed the typing test! One small change: our Bangkok office is full, so you will work at our branch near Mae Sot, same salary and same team. Our driver will meet you at the airport and take you across the river to the office. Please send your flight details when you have them.
    .title = A change of office
    .source = A recruiter's Telegram message
    .explain = A typing test is not a real interview, and the place of work changed after you said yes. Across the river from Mae Sot is Myanmar: being driven over a border without passing immigration is how many people are taken to scam compounds.

quiz-rec-polished-visa = Dear Applicant, thank you for completing our assessment. Velmora Global Services Ltd (Reg. No. 2019/448213) is pleased to offer you the post of Client Relations Officer in Phnom Penh. To speed things up, you will enter on a tourist visa; we will change it to a work permit after you arrive.
    .title = A client relations offer
    .source = An email from a recruiter
    .explain = Good grammar and a registration number are easy to fake. A real job abroad comes with a work visa before you travel; working on a tourist visa leaves you without legal status or protection.

quiz-ph-rec-factory-taichung = Hi Ms Santos, this is Carla from Luzon Overseas Manpower. Good news: the factory in Taichung accepted you as a machine operator, NT$29,500 a month plus overtime, 3 years. Your medical is on Tuesday at St. Jude Clinic; after that we file your visa and book your PDOS. Your contract is ready for you to read at our office.
    .title = Factory work in Taichung
    .source = A text from an agency
    .explain = Taiwan's minimum wage, a usual contract length, and the steps every Filipino worker goes through (medical, visa, PDOS). The contract is waiting at an office you can visit, before you go.

quiz-ph-rec-airport-script = Hi, your job in Bangkok is confirmed 🙂 To avoid long processing you will travel as a tourist. If immigration asks, say you are visiting your cousin for a week and show the return ticket we book for you. Our staff will meet you at the gate in Bangkok. Please keep this between us for now.
    .title = Travel tips for a job in Bangkok
    .source = A recruiter's Messenger message
    .explain = You are told what to say to immigration, to travel as a tourist for a job, and to keep it secret. A real employer never needs you to lie at the airport; the questions there exist to stop people being trafficked.

quiz-id-rec-carer-taichung = Good afternoon, Ms Sari, this is Dewi from PT Karya Mandiri Sejahtera, a licensed placement company (P3MI). The family in Taichung chose you as their elderly carer. Under the zero-cost rule for caregivers, you pay no placement fee. Please bring your ID card, family permission letter and medical result to our Malang office on Monday.
    .title = Elderly care in Taichung
    .source = A text from an agency
    .explain = A licensed company, a rule that really exists (placement costs may not be charged to caregivers and other household workers), and the documents the law asks for, such as a family permission letter, brought to an office.

quiz-id-rec-callcentre-batam = Hi, a call centre in Phnom Penh needs Indonesian staff: 12 million rupiah a month, no experience, free housing 😊 No need to register as a migrant worker, that takes months. You fly to Batam, cross to Singapore as a tourist, and the company arranges your work permit there. Tickets are ready for next week.
    .title = A call centre in Phnom Penh
    .source = A WhatsApp message from a stranger
    .explain = High pay for no experience, a route that avoids registering as a migrant worker, and a tourist entry for a job. Going round the official process removes all protection, and Phnom Penh is a known destination of scam compounds.

quiz-vn-rec-eps-korea = Hello Mr Tuan, congratulations: you passed the EPS-TOPIK Korean test 🎉 Your file now goes into the pool for manufacturing jobs in Korea. When an employer picks you, the pay is at least Korea's minimum wage (about 2.16 million won a month full time), and you sign a standard contract before your visa. Skills test: 14 April.
    .title = The Korean employment permit
    .source = A text from the Centre of Overseas Labour
    .explain = The Employment Permit System is run between the two governments: a Korean test, a skills test, the legal minimum wage and a standard contract before the visa. No broker is needed and no large payment is asked.

quiz-vn-rec-deposit-japan = Hello Mr Tuan, we have 6 places for a food factory in Aichi, Japan, ¥250,000 a month, no Japanese needed, departure within a month. To hold your place, please pay a deposit of 180 million dong this week. The labour contract will be signed at the company in Japan. Our company has sent many workers before.
    .title = A food factory in Aichi
    .source = A Zalo message from a broker
    .explain = A very large deposit to hold a place, pay above what such jobs pay, no language training, and no contract until you arrive. The law caps the service fee at one month's pay per year of contract, collected only after the contract is signed.

quiz-in-rec-welder-jubail = Sharma Overseas Manpower (registered recruiting agent, RC B-2187/MUM/PART/1000+/5/9930/2021) is selecting pipe welders for a refinery project in Jubail, Saudi Arabia: SAR 2,200 a month, food and housing by the employer. Trade test in Mumbai on 12 May. Service charge ₹20,000 plus GST, with a receipt.
    .title = Welders for Jubail
    .source = A newspaper advert from an agent
    .explain = A registration number that can be looked up, a trade test for a skilled job, normal pay, and a service charge below the legal limit of ₹30,000 (plus GST), with a receipt.

quiz-in-rec-data-bangkok = Hello, we got your profile from a job portal. A digital company in Bangkok needs data entry staff: ₹1.2 lakh a month, food and stay free, basic English and typing only. The interview is a short WhatsApp chat today. You can travel on a visa on arrival; our team will pick you up at the airport.
    .title = Data entry in Bangkok
    .source = A WhatsApp message
    .explain = Very high pay for simple work, an "interview" by chat, and a tourist entry for a job. India's government has warned that offers like this lead to scam compounds in Myanmar, Laos and Cambodia.

## Messages from strangers

quiz-msg-dating-meet = I really enjoyed chatting this week 😊 Would you like to get coffee on Saturday afternoon, at the café by the library? Or a quick video call first, if you prefer; whatever suits you. I'm free after 3, and I know the owner makes a great mango cake.
    .title = Coffee on Saturday
    .source = A dating app message
    .explain = Someone who suggests meeting in a public place, leaves the choice to you and asks for nothing is doing what romance scammers avoid. A video call helps, though video can be faked; what matters most is that no money or tip is ever part of it.

quiz-msg-wallet-found = Hello, did you lose a wallet? I found one at the central bus station with your business card in it and handed it in at the station office, counter 2. You can collect it there with your ID until 8pm on weekdays. No need to reply, I just wanted you to know.
    .title = A lost wallet
    .source = A text from an unknown number
    .explain = The number is unknown, but the message asks for nothing: no money, no link, no chat. It sends you to a public office where you show your own ID.

quiz-msg-wrong-number-sorry =
    Hi Dara, is dinner still at 7? I booked the table by the window 🙂
    (You reply: "Sorry, wrong number.")
    Oh no, so sorry! I must have saved the number wrong. I hope I didn't disturb you. Have a good evening.
    .title = A dinner booking
    .source = A text from an unknown number
    .explain = Real wrong numbers happen. This person says sorry, stops and asks for nothing; the warning sign is a stranger who keeps chatting after you say it is the wrong number.

quiz-msg-dating-telegram = I've never felt this close to anyone so fast 😊 This app keeps logging me out, so can we talk on Telegram instead? My camera is broken on this old phone, but I'll call you properly when I'm back from the ship next month. Tell me more about your day.
    .title = A match who works on a ship
    .source = A dating app message
    .explain = Strong feelings very fast, a quick move to another app, and an excuse not to talk on video. Together these are typical of romance scams, which often turn to an "investment" later.

quiz-msg-social-nurse = Hi, I saw your comment in the travel group and had to say hello, you seem so kind! I'm a nurse in Toronto. I don't use Facebook much, can we chat on WhatsApp? My uncle taught me gold trading last year and it changed my life.
    .title = A nurse from the travel group
    .source = A stranger's Facebook message
    .explain = A stranger who flatters you, wants to move to a private app at once, and mentions trading success early on. These are the first steps of scams that mix friendship and investment.

quiz-msg-wrong-number-chatty =
    Hello, is this Mr Chen? Just confirming our golf booking on Sunday.
    (You reply: "Sorry, wrong number.")
    Oh, my apologies, you seem very polite! I'm Linda, I run a small wine import business in Singapore. May I ask where you are from?
    .title = A golf booking
    .source = An unknown number on WhatsApp
    .explain = It starts like a real mistake, but after you say it is the wrong number the person keeps chatting, praises you and asks about your life. Many romance and investment scams start exactly like this.

## Investment and money

quiz-inv-bank-card = Bank alert: we stopped a card payment of US$ 320 at an online shop at 02:14 today. If this was not you, please ring us on the number printed on your card. If it was you, you can try the payment again. We will never ask for your PIN, password or a one-time code.
    .title = A stopped card payment
    .source = A text from your bank
    .explain = It has no link and no number to call: it sends you to the number printed on your own card, which you know is real. Alerts that carry a link or ask for a code are the ones to distrust.

quiz-inv-bond-friend = I finally put some savings into a government bond at the post office: about 6% a year, fixed for 5 years 😄 Not exciting, but safe. Don't put in money you might need soon, and ask at the counter yourself, they explain it well. Maybe we can celebrate with a cheap dinner.
    .title = A friend's savings bond
    .source = A message from a friend
    .explain = A friend you know, a modest fixed rate from a public institution, no app to install and no pressure: they even tell you to ask at the counter yourself. Scam tips promise fast, large profits on a platform only they know.

quiz-inv-fraud-refund = About the fraud claim you reported at our branch on 3 March (ref. FR-20419): it has been approved. The full amount will be returned to your account within 10 working days. There is nothing for you to pay and no code to share. If you have questions, visit any branch with this reference.
    .title = Your fraud claim
    .source = An email from your bank
    .explain = It is about a claim you made yourself with your own bank, and it asks for nothing: no fee, no code, no link. "Recovery" scams contact you without being asked and want a fee first.

quiz-inv-crypto-tip = My uncle works at a trading platform and shares his tips with family. I made $2,300 this week 😄 Start small, even $300 is fine. You can withdraw your first profit the next day, so you see it's real. I can show you how it works tonight.
    .title = A trading tip from a new friend
    .source = A new friend on WhatsApp
    .explain = A tip from someone you met online, big profits, and a small early withdrawal "so you see it's real". Scammers let you take out a little to build trust before you put in much more.

quiz-inv-recovery-firm = We are a licensed fund recovery firm working with international regulators. Our investigators have traced $31,000 from your lost investment to an exchange account. To open your case, a refundable fee of 1,500 USDT is required. Your case number is RC-88412; our team is available on weekdays.
    .title = A fund recovery firm
    .source = A recovery firm's email
    .explain = It came without you asking, claims ties to regulators, and wants a fee in crypto first. Police and regulators do not charge you to get your money back; this is a second scam aimed at people who already lost money.

quiz-inv-withdrawal-tax = Your withdrawal of 48,300 USDT is being processed. Under international anti-money-laundering rules, a 15% personal income tax (7,245 USDT) must be paid before the funds are released. Please complete the payment within 72 hours so that your account stays active.
    .title = A withdrawal on hold
    .source = A trading app notice
    .explain = A real platform takes any fees from your balance; it does not hold your money until you send more. Paying this "tax" usually leads to another fee, and the money is never released.
