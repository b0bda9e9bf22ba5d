dream-job-title = The dream job
dream-job-summary = You have just finished your studies and you need work. Then a job abroad appears that seems made for you.
dream-job-content-note = This story touches on human trafficking. No violence is shown. You can pause or leave at any time with q.

## Characters

dream-job-character-advert = Jobs Abroad - Hiring Now
dream-job-character-recruiter = { $recruiter }, HR, { $company }
dream-job-character-officer = Immigration officer
dream-job-character-hotline = Migrant-worker agency hotline
dream-job-character-licensed = Licensed recruitment agency

## Variables

dream-job-you-joy-cebu = Joy, from Cebu in the Philippines
dream-job-you-mark-davao = Mark, from Davao in the Philippines
dream-job-you-rina-medan = Rina, from Medan in Indonesia
dream-job-you-agus-semarang = Agus, from Semarang in Indonesia
dream-job-you-arjun-kochi = Arjun, from Kochi in India
dream-job-you-priya-lucknow = Priya, from Lucknow in India
dream-job-you-brian-kisumu = Brian, from Kisumu in Kenya
dream-job-you-wanjiru-nakuru = Wanjiru, from Nakuru in Kenya

dream-job-city-bangkok = Bangkok
dream-job-city-phnom-penh = Phnom Penh

dream-job-company-golden-bay = Golden Bay Tech
dream-job-company-asialink = AsiaLink Digital
dream-job-company-starlight = Starlight Global Services

dream-job-recruiter-lisa = Lisa
dream-job-recruiter-kevin = Kevin
dream-job-recruiter-amy = Amy
dream-job-recruiter-jason = Jason

dream-job-real-job-hotel-dubai = a guest-services job at a hotel in Dubai
dream-job-real-job-helpdesk-singapore = an IT help-desk job at a shipping company in Singapore
dream-job-real-job-support-kuala-lumpur = a customer-support job at a bank's call centre in Kuala Lumpur

## The advert

dream-job-start = You are { $you }. You finished your degree three months ago. Since then you have sent forty applications for IT and customer-service jobs, and nobody has called back. Tonight your classmate from college sends you a post: "Look at this!! Let's both apply!"
    .discuss = When you really need work, what makes a job advert feel right?

dream-job-ad = HIRING NOW! Customer Service / IT Support / Admin staff for { $city }. Salary ${ $salary } a month. No experience needed! FREE flight, housing, meals and visa. Only good English and fast typing. Few places left. Send us a message on Telegram today!
    .discuss = What does this advert tell you, and what does it leave out?
dream-job-ad-apply-now = Send a message right away. This is the chance you were waiting for.
    .feedback = The pay is far above what a new graduate earns at home, for work that needs no experience. "Everything paid" sounds generous, but later it can come back as a debt. These hooks work on anyone who needs a job, and that is why they are used.
dream-job-ad-read-again = Read it again, slowly. Who pays this much, and pays for everything, for someone with no experience?
    .feedback = Good question. Pay several times the local rate for no experience, plus a free flight, housing and visa, is the classic hook. Real employers pay fairly, not like a dream.

dream-job-ad-closer = You read it again. There is no company name and no address. The job is "customer service / IT support / admin", which could mean anything. The page was made last month. Under the post, two hundred people have written "Interested" and "Applied".
    .discuss = Which of these details could you actually check?
dream-job-ad-closer-apply-anyway = Lots of real jobs are posted on Facebook. Send a message.
    .feedback = Some real jobs are shared online. But a job abroad on a new page, with no company behind it, is how traffickers reach many people at once. Licensed agencies list their jobs in places you can check.
dream-job-ad-closer-ask-details = Comment on the post: "What is the company's name and address, and what exactly is the job?"
    .feedback = You asked for the basics: who the employer is, where, and what the work is. A vague job with no named company leaves you nothing to check. Watch how they answer.
dream-job-ad-closer-check-agency = Before you answer, check with your government's agency for workers going abroad
    .feedback = The best first step. Each country has one: the DMW in the Philippines, the ministry KP2MI (formerly BP2MI) in Indonesia, eMigrate in India, the National Employment Authority in Kenya. A real job abroad goes through them or a licensed agency, not a Facebook page.

## The recruiter on Telegram

dream-job-recruiter-hello-hi = Hi dear! Thank you for your interest :) I am { $recruiter } from HR.
dream-job-recruiter-hello-role = The job is customer support for international clients. Very easy, we train you.
dream-job-recruiter-hello-direct = We hire direct, no agency. Agencies only take your money. We do everything here on Telegram, faster for you.
dream-job-recruiter-hello-typing = Is your English good? How fast can you type?
dream-job-recruiter-hello-say-yes = "Yes! My English is good and I type fast. When can I start?"
    .feedback = "Customer support for international clients" still says nothing about the employer or the real work. And "no agency, all on Telegram" means no licensed agency and no record. It sounds like a favour, but it takes away your protection.
dream-job-recruiter-hello-ask-company = "Which company is it, where is the office, and can you send me a job description?"
    .feedback = Fair questions. A real employer can answer them in one message. Without a company name, an address and a written job description, there is nothing you can check.

dream-job-vague-answer-good-question = Good question dear :)
dream-job-vague-answer-new-branch = We are { $company }, a new branch in { $city }. Our website is coming soon.
dream-job-vague-answer-after = The full address and job details I send after you pass the interview. Company rule, for security.
dream-job-vague-answer-busy = Many applicants today. We do the interview now, OK?
dream-job-vague-answer-go-on = "OK, let's do the interview."
    .feedback = A name and "website coming soon" is still not a company you can check. "Details after the interview, for security" turns things upside down: a real employer gives you the details first, so that you can decide.
dream-job-vague-answer-check-agency = "First I will check your company with my country's migrant-worker agency."
    .feedback = A job abroad handled only on a chat app, and not through a licensed agency, gives you none of the protection the law offers. Checking takes a day. A real employer can wait.
dream-job-vague-answer-leave = Write "No, thank you," and stop answering
    .feedback = You can say no to an offer you cannot check. You do not owe anyone an explanation.

## The "interview"

dream-job-interview-here = The interview is here in the chat, OK? Quick and easy.
    .discuss = What does this "interview" check, and what does it never ask about? What kind of work might need the words in the typing test?
dream-job-interview-why = Question 1: Why do you want to work abroad?
dream-job-interview-night = Question 2: Can you work night shifts and long hours?
dream-job-interview-test = Last: a typing test. Copy this and send it back in 2 minutes. We need { $wpm } words a minute. "Hello dear, how was your day? I was thinking about you..."
    .discuss = Look at the words of the typing test. What kind of work might need them?
dream-job-interview-do-test = Do the test. You type fast and send it back.
    .feedback = A few chat questions and a typing test are not how real employers hire. They only show that you can type English fast, which is what scam compounds need. Did you notice the words they asked you to type?
dream-job-interview-ask-video = "Can I have a video interview with my future manager?"
    .feedback = A real employer wants to see you, and lets you see them. A chat "interview" keeps the employer hidden and only tests your typing, the skill scam compounds look for. A video call helps, but it can be faked, so check the employer through official channels too.

dream-job-video-excuse-busy = The manager is very busy dear.
dream-job-video-excuse-policy = Chat interview is our company policy. All our staff were hired this way.
dream-job-video-excuse-slot = If you are not serious, I give your place to the next person. Many are waiting.
dream-job-video-excuse-give-in = "Sorry! I am serious. I'll do the test now."
    .feedback = "Many are waiting" is there to stop you thinking. It works because you really need this job and are afraid to lose it. Pressure to decide fast is a warning sign: a real offer can wait while you check it.
dream-job-video-excuse-refuse-rush = "I won't be rushed. I will check this job first."
    .feedback = You noticed the pressure. Pushing you to decide fast, and treating questions as a lack of interest, is a warning sign. A real employer can wait a day.

dream-job-passed-congrats = Congratulations!! You passed!
    .discuss = Why give only a few hours to decide? What would a real employer send before asking for anything?
dream-job-passed-offer = Salary ${ $salary } a month. Free flight, room and food. You start next week in { $city }.
dream-job-passed-passport = Please send a photo of your passport today, so I can book your ticket.
dream-job-passed-deadline = This offer is valid for { $hours } hours only. After that, the place goes to the next person.
dream-job-passed-send-passport = Send the photo. It's only a photo, and the ticket needs it.
    .feedback = There is still no contract, no employer you can check, and only { $hours } hours to decide. The deadline is there to stop your questions. A real job gives you a written contract with the salary before you send anything.
dream-job-passed-ask-contract = "Please send me the written contract first, with the salary and the employer's name."
    .feedback = Right. A written contract that names the employer, the job, the place and the pay is the minimum. A short deadline with no contract is a warning sign.

dream-job-contract-dodge-arrive = The contract you sign in the office when you arrive. This is normal.
dream-job-contract-dodge-same = Everything is the same as I told you. You trust me, right?
dream-job-contract-dodge-questions = The other applicants don't ask so many questions.
dream-job-contract-dodge-trust = "OK, I trust you." Send the passport photo.
    .feedback = "Sign when you arrive" means signing far from home, when you can no longer say no. Making questions feel rude is a way to stop them. It works on polite people, which is most of us.
dream-job-contract-dodge-check-agency = "Then I will ask my country's migrant-worker agency about this job first."
    .feedback = A job abroad handled only on a chat app, with no contract and no licensed agency, is outside the system that protects workers. The agency can tell you quickly whether the job is real.

## Getting ready to travel

dream-job-visa-ticket = Good news! Your flight to { $city } is on Friday.
dream-job-visa-tourist = You travel on a tourist visa. A work visa takes months, we change it later in the office.
dream-job-visa-later = Everybody does it this way. The company pays everything, you just come :)
dream-job-visa-ok-visa = "OK. You know the rules there better than me."
    .feedback = A tourist visa does not allow you to work. "We change it later" can leave you with no right to work and no legal protection in a foreign country. The recruiter says it calmly, so it sounds normal.
dream-job-visa-check-first = "A job needs a work visa. I will check this with the agency before I fly."
    .feedback = Yes. Real work abroad needs a work visa before you travel. Being told to go as a tourist for a job is a warning sign.

dream-job-coaching-important = One last thing, very important.
dream-job-coaching-holiday = At immigration, say you go for a holiday, 5 days. Don't say job. Don't say the company name.
dream-job-coaching-strangers = Other new staff are on your flight. Don't talk to them at the airport. You don't know them, OK?
dream-job-coaching-delete = And delete this chat before you go to the airport. Company rule.
dream-job-coaching-practise = Practise your holiday story. It is only a small lie, to save time.
    .feedback = Being told what to say to immigration, and to delete the chat, is a serious warning sign. The lie is there to stop the officers from seeing that you need help.
dream-job-coaching-stop = Stop. A real job would never ask you to lie to an officer.
    .feedback = Exactly. When a recruiter tells you to lie at the airport and delete the chat, it is because the truth would stop the trip. Keep the chat: it is evidence.

dream-job-airport = At the departure counter, the immigration officer looks at your passport and your ticket. "What is the purpose of your trip? Who paid for your ticket? Do you know anyone else on this flight?"
    .discuss = Why might someone in this line lie to the officer, even when they are scared?
dream-job-airport-holiday-story = "A holiday, five days. I paid for it myself. I'm travelling alone."
    .feedback = The lie was the recruiter's plan, not your idea. It works because you are nervous and were told the truth would cost you the job. Officers ask these questions to find people who are being trafficked.
dream-job-airport-tell-truth = Tell the truth: a job in { $city }, a tourist visa, a ticket paid by the company, and the chat that told you what to say
    .feedback = Brave and right. Now the officer can see what the recruiter wanted to hide. Telling the truth is not a crime: immigration officers are there to protect people at risk.

## The agency, and the genuine job

dream-job-agency = You call the hotline of your government's agency for workers going abroad, and read out the advert and everything you were told. The officer checks. No licensed agency has this job, and no employer has asked for workers like this. "This is how people end up in scam compounds," she says. "You did right to call."
    .discuss = Which office in a country like this checks jobs abroad? How could someone find its number or website?
dream-job-agency-warn-classmate = Send your classmate, who also applied, what the agency told you
    .feedback = Your classmate trusted the post for the same reasons you did. Calm facts from a friend, like what the agency said, help more than fear or blame.
dream-job-agency-real-jobs = Ask the officer where to find real IT or customer-service jobs abroad
    .feedback = Good: the aim is not to give up on working abroad, but to find the jobs you can check.
dream-job-agency-block = Block the account and report the page to Facebook
dream-job-agency-block-report = Block the account, report the page, and tell the officer you already sent a photo of your passport
    .feedback = Telling them is right. A passport copy can be misused, and the agency can tell you what to watch for. The recruiter asked for it while rushing you: none of this is your fault.

dream-job-genuine-listing = Licensed agency, licence number on the government list. Job: { $real-job }. Employer named, with an address and a website. Two-year written contract.
dream-job-genuine-checks = Interview by video call with the employer's manager. Work visa arranged before you travel. Only the fees the law allows, with official receipts.
dream-job-genuine-pay = Pay: ${ $real-pay } a month, with housing and health insurance. Start after pre-departure training.
dream-job-genuine-apply = Apply through the agency. This one checks out.
    .feedback = The pay is lower than the Facebook advert, but it is real. This job has what the other one lacked: a named employer, a licensed agency you can check, a written contract, a real interview and a work visa.
dream-job-genuine-verify = Before you apply, check the licence number yourself on the government website
    .feedback = A good habit: check on the official site you find yourself, not through a link someone sends you. Here everything matches. Checking is not distrust. It is how you find the jobs you can trust.
dream-job-genuine-refuse = Say no. After all this, every job abroad feels like a trap.
    .feedback = That feeling makes sense, and staying home is always your right. But this job has everything the scam lacked: a licensed agency, a named employer, a contract and a work visa. The goal is not to fear every offer, but to check it.

## Endings

dream-job-end-walk-away = You said no and stayed at home, for now. You keep looking for work, and you know how to check a job abroad: a licensed agency, a named employer, a written contract, a work visa. A week later the same advert appeared again, under a new page name.
dream-job-end-stopped = The officer took you aside and asked calm, careful questions. She saw the signs: a job on a tourist visa, a ticket paid by strangers, a story you were told to tell. You did not fly. It felt like losing a dream. In fact, she stopped a plan to traffic you, and helped you report the recruiter.
dream-job-end-trafficked = In { $city }, a driver with your name on a sign took your passport "for the work permit". He drove you for hours, far from the city, to a building with high walls and guards. The job was scamming strangers online. This was the criminals' plan from the first post. People do get out, with help from embassies, hotlines and families.
dream-job-end-helped = Your classmate had an interview booked for the next morning, and cancelled it. Together you reported the page and the Telegram account, and posted a warning in your college group. Three more people wrote back: they had applied too, and now they will check first.
dream-job-end-genuine = You applied through the licensed agency for { $real-job }. The interview was a video call with a real manager, the contract was in writing, and the work visa came before the flight. The pay is ${ $real-pay } a month: not a dream, but real. Your family knows exactly where you will be.
