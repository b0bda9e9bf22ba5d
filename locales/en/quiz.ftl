# The discernment quiz: each item as the player sees it (quiz-<id>), where it appears (.source), and why it is
# genuine or which warning signs it shows (.explain, shown only after the quiz that follows a session).
# Ids follow scenarios/quiz.toml. Names, companies, numbers and codes are made up.

## Adverts

quiz-ad-electrician-nz = Tui Build Ltd in Auckland, New Zealand, is hiring registered electricians with 3+ years' experience: NZ$34-38 an hour, 40 hours a week. We are accredited to hire on work visas, and you interview by video with our site manager. You pay your own flight; we help you find a room.
    .source = A job website advert
    .explain = The pay is high, but it is normal for a skilled trade in that country, and the job asks for experience. It names the employer, offers a real interview and a work visa, and does not promise to pay for everything.

quiz-ad-factory-taiwan = Hiring 40 machine operators for Hsinmei Electronics in Taoyuan, Taiwan. NT$31,000 a month, 2-year contract, work visa, no placement fee. Our DMW licence no. is 087-LB-031525-R: please check it on the DMW website before you apply.
    .source = An agency's Facebook post
    .explain = A named employer, a normal factory wage, a work visa, and a licence number you are asked to check yourself. Many real agencies post on Facebook; what matters is that the agency is licensed, so checking the licence is still the right step.

quiz-ad-hotel-chiangmai = Front desk staff wanted at Baan Saeng Hotel, 42 Soi 9, Chiang Mai: morning or evening shifts, 13,000 baht a month plus service charge. Thai and basic English needed. Walk-in interviews Monday to Friday, 10:00-16:00, at our reception; bring your ID card.
    .source = A hotel's Facebook post
    .explain = It is on Facebook, but it is a local job at a named hotel with an address, a clear role and normal local pay. You can walk in, see the place and meet the people before you agree to anything.

quiz-ad-cousin-dubai = Hey, my friend's boss in Dubai needs 4 people for hotel IT support, no experience needed, and they pay for everything. I know him, he's legit, my friend has worked there a year. Can I give him your number? He needs an answer by Friday.
    .source = A message from your cousin
    .explain = An offer from someone we trust feels safe, and your cousin may believe in it too. But a vague "hotel IT" job that needs no experience, with everything paid and no employer's name, shows the same warning signs whoever passes it on.

quiz-ad-marketing-tiktok = We're growing! Join our international team in Bangkok as a Digital Marketing Executive: 40,000 baht a month plus bonus, full training, no experience needed. Visa, flights and a shared condo provided; apply through the link in our bio.
    .source = A TikTok job advert
    .explain = It looks professional, but there is no company name, no address and no real job description, only "digital marketing" with everything paid. Adverts like this on social media are a common way into scam compounds.

quiz-ad-typing-cambodia = URGENT HIRING!! Typing job / customer service in Cambodia: $1,200-1,500 a month, no experience needed, basic English only. Free flight, food, housing and visa! Limited slots, message us now.
    .source = A Facebook job post
    .explain = Pay far above the usual rate for work that needs no experience, a vague job, and everything paid for you. There is also no company name or address that you could check.

## Recruiter messages

quiz-rec-careworker-japan = Hello, this is Lan from Minh An Recruitment, 15 Tran Phu Street. Your application for the care worker job in Osaka passed the first step. Please come to our office with a copy of your passport for the Japanese test. Take your time: training lasts 6 months before anyone travels.
    .source = A text from an agency
    .explain = It gives a real office you can visit, a clear process and time to decide, and it asks for a copy of your passport, never the passport itself. You can check the agency's licence with the Department of Overseas Labour Management (part of the Ministry of Home Affairs since March 2025) before you go.

quiz-rec-contract-riyadh = Congratulations on passing your interview with Wadi Sahra Medical Centre. Attached is your contract: staff nurse, Riyadh, SAR 7,500 a month, 2 years. Please read it with your family and check the job order with the DMW before you sign. There is no placement fee.
    .source = An email from an agency
    .explain = A written contract with the job, the place and the pay, time to think, and a request to check it with the government. A recruiter who asks you to check has nothing to hide.

quiz-rec-developer-kl = Hi, I saw your CV on this site. Meranti Software in Kuala Lumpur is hiring a Java developer, MYR 9,000-11,000 a month. I've attached the job description and their website. Next: two video interviews with their tech team, then a written offer and an employment pass.
    .source = A job website message
    .explain = It came without you asking and the pay is high, but it is normal pay for a skilled job that matches your CV. It names the company, sends a job description, and offers real interviews, a written offer and a proper work pass.

quiz-rec-fee-dubai = Ma'am, only 3 slots left for the Dubai warehouse job! Send the PHP 65,000 processing fee today to lock your slot. The contract will be given to you when you arrive. Don't worry, many of our applicants are already there and happy.
    .source = A recruiter's WhatsApp message
    .explain = A fee before you have a job, pressure to pay today, and no contract until you arrive. Without a written contract you have nothing to hold the recruiter to.

quiz-rec-location-maesot = Good news, you passed the typing test! One small change: our Bangkok office is full, so you will work at our branch near Mae Sot. Same salary. Our driver will meet you at the airport and take you across the river to the office.
    .source = A recruiter's Telegram message
    .explain = A typing test is not a real interview, and the place of work changed after you said yes. Across the river from Mae Sot is Myanmar: being driven over a border without passing immigration is how many people are taken to scam compounds.

quiz-rec-polished-visa = Dear Applicant, thank you for completing our assessment. Velmora Global Services Ltd (Reg. No. 2019/448213) is pleased to offer you the post of Client Relations Officer. For faster processing you will enter on a tourist visa; we will change it to a work permit after you arrive.
    .source = An email from a recruiter
    .explain = Good grammar and a registration number are easy to fake. A real job abroad comes with a work visa before you travel; working on a tourist visa leaves you without legal status or protection.

## Messages from strangers

quiz-msg-dating-meet = I really enjoyed chatting this week! Would you like to meet for coffee on Saturday afternoon, at the café by the library? Or a short video call first, if you'd rather. No rush either way.
    .source = A dating app message
    .explain = Someone who suggests meeting in a public place, gives you time and asks for nothing is doing what romance scammers avoid. A video call helps, though video can be faked; what matters most is that no money or tip is ever part of it. It is still wise to tell a friend where you are going.

quiz-msg-wallet-found = Hello, did you lose a wallet? I found one at the central bus station with your business card in it and handed it in at the station office, counter 2. You can collect it there with your ID; no need to reply.
    .source = A text from an unknown number
    .explain = The number is unknown, but the message asks for nothing: no money, no link, no chat. It sends you to a public office where you show your own ID.

quiz-msg-wrong-number-sorry =
    Hi Dara, is dinner still at 7?
    (You reply: "Sorry, wrong number.")
    Oh no, so sorry! I must have saved the number wrong. Have a good evening.
    .source = A text from an unknown number
    .explain = Real wrong numbers happen. This person says sorry, stops and asks for nothing; the warning sign is a stranger who keeps chatting after you say it is the wrong number.

quiz-msg-dating-telegram = I've never felt this close to anyone so fast. You're everything I've been looking for. This app keeps logging me out, can we talk on Telegram? My camera is broken, but I'll call you properly when I'm back from the ship.
    .source = A dating app message
    .explain = Strong feelings very fast, a quick move to another app, and an excuse not to talk on video. Together these are typical of romance scams, which often turn to an "investment" later.

quiz-msg-social-nurse = Hi, I saw your comment in the travel group and had to say hello, you seem so kind! I'm a nurse in Toronto. I don't use Facebook much, can we chat on WhatsApp? My uncle taught me gold trading and it changed my life.
    .source = A stranger's Facebook message
    .explain = A stranger who flatters you, wants to move to a private app at once, and mentions trading success early on. These are the first steps of scams that mix friendship and investment.

quiz-msg-wrong-number-chatty =
    Hello, is this Mr Chen? Just confirming our golf booking on Sunday.
    (You reply: "Sorry, wrong number.")
    Oh, my apologies, you seem very polite! I'm Linda, I run a small wine import business in Singapore. May I ask where you are from?
    .source = An unknown number on WhatsApp
    .explain = It starts like a real mistake, but after you say it is the wrong number the person keeps chatting, praises you and asks about your life. Many romance and investment scams start exactly like this.

## Investment and money

quiz-inv-bank-card = Bank alert: we stopped a card payment of 38,500 rupees at an online shop. If this was not you, please call the number on the back of your card. We will never ask for your PIN, password or a one-time code.
    .source = A text from your bank
    .explain = It has no link and no number to call: it sends you to the number printed on your own card, which you know is real. Alerts that carry a link or ask for a code are the ones to distrust.

quiz-inv-bond-friend = I finally opened a savings bond at the post office: 7% a year, fixed for 5 years. Not exciting, but safe. Don't put in money you might need soon, and ask at the counter yourself, they explain it well.
    .source = A message from a friend
    .explain = A friend you know, a modest fixed rate from a public institution, no app to install and no pressure: they even tell you to ask at the counter yourself. Scam tips promise fast, large profits on a platform only they know.

quiz-inv-fraud-refund = About the fraud claim you reported on 3 March (ref. FR-20419): it has been approved. 12,500 baht will be returned to your account within 10 working days. You do not need to pay anything or share any code. If you have questions, visit any branch.
    .source = An email from your bank
    .explain = It is about a claim you made yourself with your own bank, and it asks for nothing: no fee, no code, no link. "Recovery" scams contact you without being asked and want a fee first.

quiz-inv-crypto-tip = My uncle works at a trading platform and shares his tips with family. I made $2,300 this week! Start small, even $300 is fine. You can take out your first profit the next day, so you see it's real.
    .source = A new friend on WhatsApp
    .explain = A tip from someone you met online, big profits, and a small early withdrawal "so you see it's real". Scammers let you take out a little to build trust before you put in much more.

quiz-inv-withdrawal-tax = Your withdrawal of 48,300 USDT is being processed. Under international anti-money-laundering rules, a 15% personal income tax (7,245 USDT) must be paid before the funds are released. Please top up within 72 hours to avoid your account being frozen.
    .source = A trading app notice
    .explain = A real platform takes any fees from your balance; it does not hold your money until you send more. Paying this "tax" usually leads to another fee, and the money is never released.

quiz-inv-recovery-firm = We are a licensed fund recovery firm working with the FBI and international regulators. Our investigators have traced $31,000 from your lost investment. To open your case, a refundable fee of 1,500 USDT is required. Case no. RC-88412.
    .source = A recovery firm's email
    .explain = It came without you asking, claims ties to the FBI and regulators, and wants a fee in crypto first. Police and regulators do not charge you to get your money back; this is a second scam aimed at people who already lost money.
