# The red flags: a short name, why the tactic works on people (.explain), and what to do instead (.advice).
# Ids follow scenarios/redflags.toml: redflag-<id>.

## A. The job advert

redflag-vague-role = Vague job title
    .explain = Titles like "digital marketing", "data entry" or "customer service" sound normal and safe, so almost anyone can picture themselves in the job. The advert stays vague because the real work is scamming.
    .advice = Ask for a written job description and the employer's full name and address. Check the company with your national migrant-worker agency or the embassy of that country.

redflag-pay-too-good = Pay far too high
    .explain = A salary many times the local rate, with no experience needed, is hard to turn down, especially when money is tight. Anyone would be tempted, and that is exactly why traffickers use it.
    .advice = Compare the pay with what the same job pays at home and in that country. If it is far higher and needs no skills, check with your migrant-worker agency before you answer.

redflag-all-expenses-paid = Everything paid for you
    .explain = Free flights, housing, meals and visa make the move feel easy and safe. Later these costs can come back as a debt you are told you must work off.
    .advice = Ask who pays and whether you will owe anything, and get the answer in a written contract. Check the offer with your migrant-worker agency or the embassy before you travel.

redflag-social-media-ad = Job advert on social media
    .explain = Facebook, Instagram, TikTok and Telegram are where many people already look for work, and a post shared by many people looks trusted. Licensed agencies use official channels; traffickers do not need to.
    .advice = Look for the same job through a licensed recruitment agency. Check the agency's licence with your national migrant-worker agency.

redflag-no-company-details = No company, no address
    .explain = Without a company name, an address or a job description, there is nothing you can check and nobody to hold to account. People often fill the gaps with hope.
    .advice = Ask for the employer's registered name, address and a job description in writing. If they will not give them, do not go.

redflag-friend-vouches = A friend says it is fine
    .explain = We trust friends and family, so an offer that comes through someone we know feels safe. The friend may believe it too, or may be under pressure from the recruiters.
    .advice = Thank your friend, then check the job yourself with your migrant-worker agency or the embassy. A real job will still be there after you check.

## B. The recruiter conversation

redflag-chat-only-unlicensed = Chat only, no licensed agency
    .explain = A recruiter who only talks on WhatsApp, Telegram or Messenger can disappear at any time and leaves no record. A job abroad that skips your national migrant-worker agency gives you none of its protection.
    .advice = Ask which licensed agency is processing the job and check it with your national migrant-worker agency, such as the DMW in the Philippines. If the job is not processed there, do not go.

redflag-chat-interview = Interview is only a chat
    .explain = A quick chat and a typing test feel like good news: you passed! But a real employer wants to know your skills and tells you clearly about the work.
    .advice = Ask for a proper interview by video with the employer, and ask who you will work for and where. A video call helps but can be faked, so also check the company with the embassy of that country.

redflag-upfront-fee = Pay a fee first
    .explain = Once you have paid, it is hard to walk away, because nobody wants to lose what they paid. Fake recruiters and fake "recovery" firms both use this to keep you moving forward, one fee after another.
    .advice = Do not send money to a person to get a job abroad or to get lost money back. Ask your migrant-worker agency which fees are legal, ask your bank or the police before paying anyone who promises recovery, and always ask for an official receipt.

redflag-location-changes = The job moves to another country
    .explain = News like "plans changed, the office is now in Cambodia" comes after you have already said yes, so it is easy to go along. A real employer does not change the country at the last minute.
    .advice = If the country or the city changes, stop and check again with your migrant-worker agency and the embassy. Tell someone you trust exactly where you are going.

redflag-polish-not-proof = A nice website is not proof
    .explain = A good website, a registration number, official logos and a friendly, patient voice make an offer feel real. Scammers know this and copy real companies and agencies, so careful and educated people are fooled too.
    .advice = Check through official channels you find yourself, not through the links, numbers or documents they send: the embassy, the business register of that country, your migrant-worker agency, your bank.

redflag-pressure-no-contract = Pressure and no contract
    .explain = When someone says the place will be gone tomorrow, it is hard to stop and think. A recruiter who gets annoyed at your questions may have something to hide.
    .advice = Take your time, and never travel without a written contract that names the employer, the job, the place and the salary. A real offer can wait a few days while you check it.

## C. Travel and arrival

redflag-tourist-visa = Told to use a tourist visa
    .explain = A tourist visa is quick and cheap, so it sounds like a helpful shortcut. But it does not allow you to work, and that leaves you without legal protection.
    .advice = Work abroad needs a work visa. Ask the embassy of that country which visa the job needs before you travel.

redflag-coached-to-lie = Told to lie at the airport
    .explain = Being told to say "it is a holiday" or to act as if you do not know the others can sound like a small trick to save time. It also stops immigration officers from seeing that you need help.
    .advice = If someone tells you what to say to immigration, stop. Tell the immigration officer the truth; they can help you.

redflag-passport-handover = Passport taken at the airport
    .explain = A helpful contact who "handles the papers" can feel like a relief. But the passport can come back with fake stamps or papers, which leave you without legal protection, and the contact is gone.
    .advice = Never hand your passport to anyone except an official at a counter. If someone offers to "fix" your exit, walk away and tell an immigration officer.

redflag-indirect-route = A strange, roundabout route
    .explain = Flying through Hong Kong, Singapore, Bangkok or Dubai, or taking a "backdoor" boat, is explained as cheaper or faster. It also makes it harder for officials, and your family, to know where you are.
    .advice = Ask why the trip is not direct, and tell someone you trust every step of the route. If you are asked to go by boat or to avoid checkpoints, do not go.

redflag-informal-border = Crossing a border unofficially
    .explain = After a long journey, a driver who says "we just cross here" is easy to follow. Crossing away from a checkpoint, for example from Thailand into Myawaddy in Myanmar or into the Golden Triangle zone in Laos, leaves no record and no protection.
    .advice = Only cross a border at an official checkpoint, with your passport stamped. If it happens to you, contact your embassy as soon as you safely can.

## D. Inside the compound

redflag-passport-phone-taken = Passport and phone taken
    .explain = "For safekeeping" sounds caring, and it is hard to say no to a new boss. Without your passport and phone, you cannot leave or call for help.
    .advice = Keep your passport yourself, and leave copies of it and your contract with someone you trust at home. Agree on regular check-in times with your family, so they know to act if you go quiet.

redflag-debt-bondage = A debt you never agreed to
    .explain = Being told you owe money for the trip, food and a bed makes you feel you must pay it back. Honest people feel bound by debts, and that feeling is used to hold them.
    .advice = A debt you were tricked into is a trafficking tactic, not a fair bill. When it is safe, contact your embassy or a hotline: what happened is not your fault, and help does not depend on paying.

redflag-quotas-punishment = Quotas and punishments
    .explain = Targets with fines or beatings make people work out of fear. Fear makes it hard to think about anything except getting through the day.
    .advice = Remember that you are a victim, not a criminal. When you can do it safely, contact your embassy, a hotline or your family and tell them where you are.

redflag-guarded-compound = Walls, guards and cameras
    .explain = Barbed wire, armed guards and cameras are there to keep people in, not to keep danger out. They are meant to make you feel that leaving is impossible.
    .advice = Do not try a dangerous escape alone. When you can do it safely, send your exact location to your embassy, a trusted organisation or your family.

redflag-violence-ransom = Violence and ransom
    .explain = Hurting people, or threatening to, and asking families for money are ways to control everyone inside. Families want to help because they love you, and that is used too.
    .advice = If your family is asked for a ransom, they should contact your country's embassy or a hotline first and keep every message they receive.

redflag-police-leak = Local police may tell the bosses
    .explain = Calling the local police feels like the right thing to do. But survivors say that some local police passed calls for help back to the compound bosses, and the callers were punished.
    .advice = Contact your embassy, a national hotline, a trusted organisation or your family first, and give your exact location. They can ask for a rescue through safer channels.

## E. The person being scammed

redflag-wrong-number = A "wrong number" that keeps chatting
    .explain = Being polite to a stranger who texted by mistake feels harmless. But the "mistake" is planned: it starts a friendly chat that can turn into a request for money weeks later.
    .advice = If a stranger keeps chatting after you say it is the wrong number, stop replying and block them. Never take money advice from someone you only know by message.

redflag-move-to-private-app = Fast move to a private chat
    .explain = Lots of attention and sweet words feel good, especially when you are lonely. Moving to WhatsApp, Line, Telegram or WeChat takes you away from the dating app's safety checks, and there is always a reason not to meet or video call.
    .advice = Stay on the app where you met. A live video call helps, but video can be faked with face-swap tools, so it proves less than it seems. The rule that holds: never invest or send money on a tip from someone you met online, and tell a friend.

redflag-crypto-tip-early-profit = A crypto tip with quick profit
    .explain = A small profit, or a small withdrawal that works, makes the platform look real. It builds trust so that you will put in much more.
    .advice = Never invest because someone you met online tells you to. Check the platform with your country's financial regulator, and talk to someone you trust first.

redflag-blocked-withdrawal = Fees to withdraw your money
    .explain = When your balance looks big, paying one more "tax" or "fee" to take it out feels worth it. But the balance is not real, and every payment brings a new fee.
    .advice = Do not pay any fee or tax to withdraw money. Stop paying, keep all the messages, and report it to the police or your national scam hotline.

redflag-recovery-scam = Offers to recover lost money
    .explain = After losing money, an offer to get it back brings hope. Fake "recovery" firms and "lawyers" say they work with the FBI or a regulator and ask for fees, often in crypto.
    .advice = Real police and regulators do not charge a fee to investigate. Report the first scam through an official reporting site, and ignore anyone who offers to recover your money for a fee.
