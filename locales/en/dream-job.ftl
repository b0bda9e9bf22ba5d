dream-job-title = The dream job
dream-job-summary = You have just finished your studies and you need work. Then a job abroad appears that seems made for you.
dream-job-content-note = This story touches on human trafficking. No violence is shown. You can pause or leave at any time with q.

## Characters

dream-job-character-advert = { $agency } · Sponsored
dream-job-character-site = { $agency } website
dream-job-character-recruiter = { $recruiter }, HR, { $company }
dream-job-character-manager = Video interview, { $company }
dream-job-character-agent = { $agency }, processing team
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

dream-job-agency-brightpath = BrightPath Overseas Manpower
dream-job-agency-pacific-crest = Pacific Crest Placement Services
dream-job-agency-northbridge = Northbridge International Recruitment

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

dream-job-ad = Licensed by the government, licence number on every post. NOW HIRING for our client, a leading BPO company in { $city }: Customer Service / IT Support / Admin. Salary ${ $salary } a month. No experience needed. FREE flight, housing, meals and visa. Good English and fast typing only. Apply on our website. Limited slots!
    .discuss = What does this advert tell you, and what does it leave out?
dream-job-ad-apply-now = Open their website and apply tonight, before the slots are gone
    .feedback = The pay is far above what a new graduate earns at home, for work that needs no experience. "Everything paid" sounds generous, but later it can come back as a debt. A licence number on the post makes it feel safe. These hooks work on anyone who needs a job, and that is why they are used.
dream-job-ad-read-again = First, look up what customer-service staff earn in { $city }
    .feedback = A simple comparison, and a useful one. Pay several times the local rate for work that needs no experience, plus a free flight, housing and visa, is the classic hook. Real employers pay fairly, not like a dream.
dream-job-ad-check-agency = Before you answer, check with your government's agency for workers going abroad
    .feedback = The best first step. Each country has one: the DMW in the Philippines, the ministry KP2MI (formerly BP2MI) in Indonesia, eMigrate in India, the National Employment Authority in Kenya. A real job abroad goes through them or a licensed agency, not a Facebook page.

dream-job-ad-closer = You search. Call-centre jobs in { $city } pay local staff about ${ $local-pay } a month, and foreign staff not much more. The post names no employer, only "a leading BPO company". Under it, two hundred people have written "Interested" and "Applied".
    .discuss = Which of these details could you actually check?
dream-job-ad-closer-apply-anyway = Maybe they pay more for good English. Apply, and ask later.
    .feedback = Perhaps. But a job abroad that pays several times the going rate, for an employer nobody will name, is the kind of offer to check before you send anything. A vague job with no named company leaves you nothing to check.
dream-job-ad-closer-ask-details = Comment on the post: "What is the company's name and address, and what exactly is the job?"
    .feedback = You asked for the basics: who the employer is, where, and what the work is. A vague job with no named company leaves you nothing to check. Watch how they answer.
dream-job-ad-closer-check-agency = Before you answer, check with your government's agency for workers going abroad
    .feedback = The best first step. Each country has one: the DMW in the Philippines, the ministry KP2MI (formerly BP2MI) in Indonesia, eMigrate in India, the National Employment Authority in Kenya. A real job abroad goes through them or a licensed agency, not a Facebook page.

dream-job-licence-check = On the official website of your government's agency for workers going abroad, you find the list of licensed agencies. { $agency } is on it: licence valid, the same address and landline as on the post, no suspension. So the agency is real. The list says nothing about the job in { $city }, or the employer behind it. It does show the other jobs the agency has registered.
    .discuss = What does a valid licence prove, and what does it not?
dream-job-licence-check-apply = Good, the agency is real. Apply through its website.
    .feedback = Checking the licence was right, and it counts for a lot. But a licence belongs to the agency, not to every job it posts. The employer and the job still need their own answers.
dream-job-licence-check-ask-details = Write to the agency: which company is the employer in { $city }, and what exactly is the job?
    .feedback = Right: the agency is checked, now check the job. A named employer, an address and a written job description are what you need next.
dream-job-licence-check-other-jobs = Look at the other jobs the agency has registered on the list
    .feedback = A good habit: the official list shows the jobs that went through the checks. Comparing them with the Facebook post tells you a lot.

## The agency's website, and the employer's HR

dream-job-site = "Your career abroad starts here." The licence number at the top. Photos of smiling staff at airports, a video of a manager in a glass office, five-star reviews. The listing for { $city } links to the employer, { $company }: "registered company", a modern office, awards. The form asks for your CV, a photo of your passport and your diploma. "Shortlisted candidates get a video interview within 48 hours."
    .discuss = What on this page could you check yourself, and how?
dream-job-site-upload = Fill in the form and upload everything. It all looks so professional.
    .feedback = A good website, reviews, a registration number and a video take an afternoon to make or copy. Looking professional is not proof, for the agency or for the employer. And a passport copy is worth protecting: send it once you have checked who is asking.
dream-job-site-ask-details = Before you send anything, ask: what exactly is the job, and where is { $company }'s office?
    .feedback = Fair questions. A real employer can answer them in one message. Without an address and a written job description, there is nothing you can check.
dream-job-site-check-licence = Look the licence number up on the government's own list, not on their site
    .feedback = Right. Check through official lists you find yourself, not the links or numbers a site gives you. Scammers copy real agencies, so careful and educated people are fooled too.
dream-job-site-company-site = The agency checks out, and { $company } has a real website too. Apply.
    .feedback = The agency's licence is real, and that matters. But { $company }'s website is as easy to make as any other, and a registration number does not say what happens inside. The employer needs its own check: the business register of that country, its embassy, the job order at your migrant-worker agency.

dream-job-vague-answer-good-question = Good question dear :)
dream-job-vague-answer-new-branch = I am { $recruiter } from { $company } directly, the employer. We are a new branch in { $city }, a big client of { $agency }.
dream-job-vague-answer-after = The full address and job details I send after you pass the interview. Company rule, for security.
dream-job-vague-answer-busy = Many applicants today. Easier we talk here on Telegram, the agency is slow. Video interview with my manager tomorrow, OK?
dream-job-vague-answer-go-on = "OK, let's do the interview."
    .feedback = A company name is still not a company you can check. "Details after the interview, for security" turns things upside down: a real employer gives you the details first, so that you can decide.
dream-job-vague-answer-check-agency = "First I will check your company with my country's migrant-worker agency."
    .feedback = A job abroad handled only on a chat app, and not through a licensed agency, gives you none of the protection the law offers. Checking takes a day. A real employer can wait.
dream-job-vague-answer-leave = Write "No, thank you," and stop answering
    .feedback = You can say no to an offer you cannot check. You do not owe anyone an explanation.

## The video interview

dream-job-interview-here = (A video call. A young manager in a headset, the { $company } logo on the wall behind him.) Hi! Thanks for joining. This won't take long.
    .discuss = What does this interview check, and what does it never ask about?
dream-job-interview-why = Tell me, why do you want to work abroad? Great. And night shifts, long hours, OK for you?
dream-job-interview-night = Your English is good. Now type for me in the chat, please. { $wpm } words a minute is our minimum.
dream-job-interview-test = Last part, a role-play. I am a lonely customer from overseas. Keep me chatting, make me like you, as long as you can. Go.
    .discuss = Look at the role-play. What kind of work might need that skill?
dream-job-interview-do-test = Do the role-play. You are good at this, and you want the job.
    .feedback = A real video call, and still only a test of chatting and typing in English, with a role-play about keeping a lonely stranger talking. Those are the skills a scam compound needs. Nobody asked about your degree or told you clearly what the work is.
dream-job-interview-ask-video = "Before the role-play: who are the customers, and what exactly will I do all day?"
    .feedback = A fair question. The interview tested only your typing and your charm with a "lonely customer", and said nothing clear about the work. A video call helps, but it can be staged: what it asks, and what it never asks, is what matters.
dream-job-interview-see-office = Ask him to turn the camera round and show you the office and the team
    .feedback = He does: desks, screens, people working. It feels reassuring, and that is the point. An office can be rented, staged or shown from a recording. What the interview tested, and what it never asked, tells you more than the room behind the camera.

dream-job-video-excuse-busy = Customer retention, for VIP clients. Full training, don't worry.
dream-job-video-excuse-policy = All the details are in the contract, at the office. All our staff were hired this way.
dream-job-video-excuse-slot = If you are not serious, I give your place to the next person. Many are waiting.
dream-job-video-excuse-give-in = "Sorry! I am serious. I'll do the test now."
    .feedback = "Many are waiting" is there to stop you thinking. It works because you really need this job and are afraid to lose it. Pressure to decide fast is a warning sign: a real offer can wait while you check it.
dream-job-video-excuse-refuse-rush = "I won't be rushed. I will check this job first."
    .feedback = You noticed the pressure. Pushing you to decide fast, and treating questions as a lack of interest, is a warning sign. A real employer can wait a day.
dream-job-video-excuse-leave = Thank him for his time, and end the call
    .feedback = You can end any call that will not answer a simple question. You lose this chance, and that can hurt when you need work. You keep everything else.

## The offer: skip the agency

dream-job-passed-congrats = Congratulations!! You passed!
    .discuss = Why give only a few hours to decide? What would a real employer send before asking for anything?
dream-job-passed-offer = Salary ${ $salary } a month. Free flight, room and food. You start next week in { $city }.
dream-job-passed-direct = Good news: you don't need to wait for the agency. The agency takes three months and a fee. We fly you next week on a tourist visa, the work permit we do here. Just send a photo of your passport today.
dream-job-passed-deadline = This offer is valid for { $hours } hours only. After that, the place goes to the next person.
dream-job-passed-send-passport = Send the passport photo. No fee, no waiting, and the job starts next week.
    .feedback = Skipping the agency sounds like a favour: no fee, no wait. But it takes the job out of the licensed system that protects you, and a tourist visa does not allow you to work. With { $hours } hours and no contract, the rush is there to stop your questions.
dream-job-passed-through-agency = Say you will only go through { $agency }, with a contract and a work visa, even if it takes three months
    .feedback = Right: the licensed agency and a work visa are your protection, and the employer wanted you to skip both. It costs you time and a legal fee. A real employer can wait.
dream-job-passed-ask-contract = "Please send me the written contract first, with the salary and the employer's name."
    .feedback = Right. A written contract that names the employer, the job, the place and the pay is the minimum. A short deadline with no contract is a warning sign.

dream-job-contract-dodge-arrive = The contract you sign in the office when you arrive. This is normal.
dream-job-contract-dodge-same = Everything is the same as I told you. You trust me, right?
dream-job-contract-dodge-questions = The other applicants don't ask so many questions.
dream-job-contract-dodge-trust = "OK, I trust you." Send the passport photo.
    .feedback = "Sign when you arrive" means signing far from home, when you can no longer say no. Making questions feel rude is a way to stop them. It works on polite people, which is most of us.
dream-job-contract-dodge-check-agency = "Then I will ask my country's migrant-worker agency about this job first."
    .feedback = A job abroad handled only on a chat app, with no contract and no licensed agency, is outside the system that protects workers. The agency can tell you quickly whether the job is real.
dream-job-contract-dodge-through-agency = Tell { $recruiter } you will go only through { $agency }, with a contract and a work visa before you fly
    .feedback = Good: the agency and a work visa protect you, and a contract signed on arrival does not. It means waiting, and paying the agency's legal fee.

## Everything through the licensed agency

dream-job-agency-process-slower = Dear applicant, { $company } has confirmed your placement through our agency. Processing takes ten weeks.
dream-job-agency-process-papers = Attached: your employment contract, naming { $company } in { $city }, salary ${ $salary }, signed by both sides. Your work permit has been approved. Our placement fee is within the legal limit; the official receipt is attached.
dream-job-agency-process-hotline = (You call the national hotline to be sure. The officer checks: the agency is licensed, and the job order from { $company } is registered. "Everything is in order," she says.)
    .discuss = Everything checks out. What is left that you could still weigh?
dream-job-agency-process-go = Sign and go. You did every check there is.
    .feedback = You did: a licensed agency, a contract, a work permit, a registered job order. This is what careful looks like. The one thing the papers could not explain was the pay, far above the local rate.
dream-job-agency-process-compare = Ask { $agency } whether it has other jobs like yours, at an ordinary wage
    .feedback = Everything checked out, and still the pay was several times the local rate for work that needs no experience. Weighing that is not distrust: it is the one question the papers could not answer.
dream-job-agency-process-stay = Stay home for now. Something about it still bothers you.
    .feedback = Listening to that feeling is your right, even when every check passes. It may cost you a job that was what it said. There is no shame in either choice.

## The national agency, and the genuine job

dream-job-agency = You call the hotline of your government's agency for workers going abroad, and read out everything you have been told. The officer checks. "{ $agency } is licensed. But a licensed job is handled by the agency, not by an 'employer' who moves you to Telegram and rushes you, and it always comes with a work visa before you fly. This is how people end up in scam compounds," she says. "You did right to call."
    .discuss = Which office in a country like this checks jobs abroad? How could someone find its number or website?
dream-job-agency-warn-classmate = Send your classmate, who also applied, what the agency told you
    .feedback = Your classmate trusted the post for the same reasons you did. Calm facts from a friend, like what the agency said, help more than fear or blame.
dream-job-agency-real-jobs = Ask the officer where to find real IT or customer-service jobs abroad
    .feedback = Good: the aim is not to give up on working abroad, but to find the jobs you can check.
dream-job-agency-block = Block { $recruiter }, and report the account to the officer and to Telegram
    .feedback = Good. A report helps the agency warn others and act against people who use its name. You owe { $recruiter } no explanation.

dream-job-genuine-listing = Licensed agency, licence number on the government list. Job: { $real-job }. Employer named, with an address and a website. Two-year written contract.
dream-job-genuine-checks = Interview by video call with the employer's manager. Work visa arranged before you travel. Only the fees the law allows, with official receipts.
dream-job-genuine-pay = Pay: ${ $real-pay } a month, with housing and health insurance. Processing takes three months, with pre-departure training before you start.
dream-job-genuine-apply = Apply through the agency. This one checks out.
    .feedback = The pay is lower than the Facebook advert, but it is real. This job has what the other one lacked: a named employer, a licensed agency you can check, a written contract, a real interview and a work visa.
dream-job-genuine-verify = Before you apply, check the licence number yourself on the government website
    .feedback = A good habit: check on the official site you find yourself, not through a link someone sends you. Here everything matches. Checking is not distrust. It is how you find the jobs you can trust.
dream-job-genuine-refuse = Say no. After all this, every job abroad feels like a trap.
    .feedback = That feeling makes sense, and staying home is always your right. But this job has everything the scam lacked: a licensed agency, a named employer, a contract and a work visa. The goal is not to fear every offer, but to check it.

## Endings

dream-job-end-walk-away = You said no and stayed at home, for now. You keep looking for work, and you know how to check a job abroad: a licensed agency, a named employer, a written contract, a work visa, and pay that makes sense for the work. A week later the same post for { $city } appeared again, with new photos.
dream-job-end-trafficked = In { $city }, a driver with your name on a sign took your passport "for the work permit". He drove you for hours, far from the city, to a building with high walls and guards. The job was scamming strangers online. This was the criminals' plan from the first post. People do get out, with help from embassies, hotlines and families.
dream-job-end-helped = Your classmate had an interview booked for the next morning, and cancelled it. Together you reported the page and the Telegram account, and posted a warning in your college group. Three more people wrote back: they had applied too, and now they will check first.
dream-job-end-genuine = You applied through the licensed agency for { $real-job }. It took three months and the legal fee. The interview was a video call with a real manager who asked about your skills, the contract was in writing, and the work visa came before the flight. The pay is ${ $real-pay } a month: not a dream, but real. Your family knows exactly where you will be.
dream-job-end-front = You flew with a contract, a work permit and the agency's receipt. In { $city }, { $company } was real: a registered company in a tower behind a gate. Inside, your passport and phone were taken "for registration", and the work was scamming strangers online. You did every check a person can do. Registered companies are used as fronts for exactly this reason: they fooled the agency and the officials too. This was not your fault. People do get out, with help from embassies, hotlines and families, and your report can help the agency act against this employer.
