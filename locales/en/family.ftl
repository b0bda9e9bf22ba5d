family-title = Far from home
family-summary = Your grown-up child is offered a customer service job in Bangkok through a neighbour. You are the parent: you decide what to check, whom to call and what to do when the messages change.
family-content-note = This story is about a family whose child is held in a scam compound. It touches on a made-up debt, threats and a ransom demand, but shows no violence. You can pause or leave at any time with q.

## Characters

family-character-neighbour = Your neighbour
family-character-cousin = Your cousin
family-character-child = { $child }
family-character-stranger = Unknown number
family-character-embassy = Embassy duty officer
family-character-ngo = NGO caseworker

## Variables

family-child-ravi = Ravi
family-child-priya = Priya
family-child-wanjiru = Wanjiru
family-child-brian = Brian
family-child-joy = Joy
family-child-jomar = Jomar
family-child-dewi = Dewi
family-child-budi = Budi
family-parent-ma = Ma
family-parent-pa = Pa
family-place-myawaddy = Myawaddy, Myanmar
family-place-shwe-kokko = Shwe Kokko, Myanmar
family-place-poipet = Poipet, Cambodia
family-place-sihanoukville = Sihanoukville, Cambodia

## The neighbour's offer

family-news-greet = Good news for { $child }! My nephew's boss in Bangkok needs customer service staff.
    .discuss = Why does an offer feel safer when it comes from someone we know?
family-news-offer = ${ $salary } a month, and the flight and a room are paid. Only good English and fast typing. No experience needed.
family-news-vouch = I have known { $child } since school days. My nephew went last year and sends money home every month. Would I send one of our own children somewhere bad?
family-news-say-yes = Thank the neighbour and start planning the trip
    .feedback = A neighbour's word feels like a guarantee, and that is exactly why recruiters use friends and neighbours. They may be paid for each person they send, or be fooled themselves. The pay is also far above what this work earns, at home or in Bangkok. And a flight and room paid by strangers can later come back as a debt.
family-news-ask-papers = Thank the neighbour, but ask for the company's name, the contract and the agency
    .feedback = Good. Trusting a neighbour is normal, but a real job has papers of its own. Asking for them is not rude: it is what any careful parent does.
family-news-ask-cousin = Talk first to your cousin, whose daughter works abroad
    .feedback = A good idea: someone who went abroad the proper way can show you what a real job looks like, so you can compare.

family-neighbour-vague-contract = Contract? They sign it in Bangkok when { $child } arrives. It is a big company, the name is not important.
    .discuss = Which of these answers would worry you most, and why?
family-neighbour-vague-visa = { $child } just flies on a tourist visa. The boss fixes the work permit later. Everybody does it.
family-neighbour-vague-hurry = But they need an answer by Friday. Many people want this job.
family-neighbour-vague-check-agency = Before saying yes, check the job with the national migrant-worker agency
    .feedback = Right. No contract before leaving, a tourist visa for a job, and a deadline that leaves no time to check: these are signs of the fake jobs that lead to scam compounds. The national agency can tell you if a job is real.
family-neighbour-vague-trust-neighbour = Let it go. The neighbour has known { $child } for years
    .feedback = The hurry is there to stop you checking. A job with no written contract, on a tourist visa, leaves a worker with no rights and no proof if things go wrong.
family-neighbour-vague-ask-cousin = Say you will think about it, and visit your cousin
    .feedback = Taking time is allowed. A real employer can wait a few days while you check.

## The cousin's job: a real one

family-cousin-job = My daughter? She cooks in a hotel kitchen in Dubai. The pay is normal, not a fortune, but it comes every month.
    .discuss = What makes the cousin's job different from the neighbour's offer?
family-cousin-papers = Before she left, she signed a contract with the hotel's name, address, salary and hours. She went on a work visa, not a tourist visa.
family-cousin-checked = We looked up the agency's licence on the government's migrant-worker website, and her job was on their list. They did not ask us for a big fee.
family-cousin-check-both = Her job checks out. Now check the neighbour's offer the same way
    .feedback = Good: now you know what a real job looks like. A named employer, a contract before leaving, a work visa, a licensed agency and normal pay. The neighbour's offer pays more for less and has none of these. A flight and room paid for someone with no contract can later be called a debt.
family-cousin-doubt-all = Tell your cousin that every job abroad is a trap
    .feedback = Her job is real: it has a licensed agency, a contract and a work visa, and millions of people work abroad safely like this. The aim is not to fear every offer, but to check each one. You decide to check the neighbour's offer too.
family-cousin-trust-both = Both offers come from people you trust. If hers is fine, the neighbour's must be too
    .feedback = Trust in a person is not proof about a job. Your cousin could show papers; the neighbour could not. Recruiters count on this borrowed trust.

family-agency-check = You ask the national migrant-worker agency about the neighbour's job. There is no licensed agency, no approved employer and no job order. The officer says real jobs abroad come with a contract before you leave and a work visa. Offers like this often end in scam compounds in Cambodia or Myanmar.
    .discuss = Where would you check a job offer abroad in your country?
family-agency-check-show-child = Sit down with { $child } and show what you found
    .feedback = Good. A job that the national migrant-worker agency does not know is one of the clearest warning signs there is. Sharing the facts calmly helps { $child } decide.
family-agency-check-keep-quiet = Say nothing. { $child } is an adult, and so excited
    .feedback = The check showed that no licensed agency knows this job. That is one of the clearest warnings there is. Saying nothing leaves { $child } to go without knowing it.

family-talk-excited = But { $parent }, everyone says it's a good job! The neighbour's nephew sends money home.
family-talk-help = And I want to help with the bills. There is no work for me here.
family-talk-look-together = Show what you found, and offer to look for a licensed job together
    .feedback = Facts, respect and a plan work better than fear. { $child } still wants to work abroad, and a safe way to do it makes the unsafe one easier to turn down.
family-talk-forbid = Forbid the trip. You are the parent, and that is final
    .feedback = The fear makes sense. But orders often push a grown child to leave anyway, in secret, and then to stay silent when things go wrong. An open talk and a better plan keep the door open.

family-end-safe = { $child } did not take the job, and was angry with you for weeks: the neighbour's nephew kept posting photos from "Bangkok". A few months later { $child } found shop work in town, for less money. You told the migrant-worker agency about the neighbour's offer, so other families can be warned. Staying was a cost, and a real one; it was also a choice made with the facts.

## Abroad

family-itinerary-route = { $parent }, the company sent my ticket! First to Kuala Lumpur, then a separate ticket from there to Bangkok. They say it is cheaper.
    .discuss = Why might a company send someone to Bangkok through another city, on two tickets?
family-itinerary-met = A man from the company meets me in Kuala Lumpur with the second ticket. I fly in two weeks!
family-itinerary-ask-route = Ask why the trip is in two pieces, and ask for every flight number and the name of the man who meets { $child }
    .feedback = A fair question. A job in Bangkok reached through another city, on separate tickets, with a stranger handing over the next one, is a known pattern: it makes it harder for officials, and for you, to know where { $child } is. Every flight number and name you keep now helps if something goes wrong.
family-itinerary-wish-luck = Wish { $child } a good flight. Cheap tickets often go the long way round
    .feedback = Cheap connections are common, so this sounds normal. But two separate tickets and a man waiting with the next one make the route hard to follow, for immigration officers and for you. Asking for each step, and keeping it, costs nothing.
family-itinerary-check-ins = Agree that { $child } sends you a message at every stop, and that you will call the embassy if one does not come
    .feedback = Good: a route in pieces is harder to follow, and a message from every stop leaves a trail. If the messages stop, you will know when and where, and whom to call.

family-departure = Two weeks later { $child } flies to Bangkok. The first messages are happy: a selfie at the airport, a hotel room, a plate of very spicy noodles. Then, for a week, nothing.

family-move-sorry = Sorry { $parent }, no time to write. The company moved us to a new office.
    .discuss = What has changed since the job was offered?
family-move-border = We drove all night. At the border we did not go through immigration. A man took us across on a small path. The driver said it's normal.
family-move-place = Now we are in { $place }. The internet is bad here. I will write when I can.
family-move-save-location = Ask { $child } to share the live location and the company's name. Save every message
    .feedback = Good. The job was in Thailand; now it is in another country, reached without passing immigration. A work place that changes and a border crossed in secret are two strong warning signs. A saved location and screenshots will help anyone who tries to help later.
family-move-stay-calm = Send a heart and write: "Work hard, we are proud of you"
    .feedback = It is natural to want to stay positive. But the job has moved to another country, and { $child } crossed the border without immigration. These are two strong signs that something is wrong, and saving the location and messages now would help later.

family-silence = Messages get rare: short replies, at strange hours. Then ten days with nothing at all. Late one night, your phone lights up.

family-debt-quick = { $parent }, I can't talk long. They check our phones.
    .discuss = What might a parent feel in this moment? What could they do first, before any money is sent?
family-debt-owe = The job is not what they said. The boss says I owe ${ $debt } for the flight, the visa and the room.
family-debt-please = I can only leave if I pay. Please send it to this account. Please don't tell anyone.
family-debt-pay-debt = Send the money tonight. { $child } is begging you
    .feedback = Any parent would want to pay. But this "debt" was made up to trap workers. Paying it rarely sets anyone free, and it shows the bosses that your family can find money.
family-debt-call-embassy = Do not send money yet. Call your embassy and the national hotline tonight
    .feedback = Right. A debt for travel and housing that must be paid before you can leave is a known trap: debt bondage. Your embassy and the national hotline know these cases, and they are safer than police near the compounds, where a report can leak back to the bosses.
family-debt-call-police = Find the number of the police in { $place } and report it
    .feedback = It feels like the obvious step. But survivors say that contact with local police near the compounds was sometimes passed back to the bosses. The safer routes are your embassy, the national hotline and trusted NGOs.

family-police = The officer you reach in { $place } is polite and takes the details. Two days later { $child } writes from a borrowed phone: "The boss knows my family called the police. They moved us to another building. Please don't call them again."

family-ransom-company = This is { $child }'s company. { $child } broke our rules and is being punished.
    .discuss = Why do the criminals want the family to act alone and fast?
family-ransom-pay = Send ${ $ransom } in USDT within 48 hours. If not, { $child } is sold to another company.
family-ransom-no-police = No police. We will know.
family-ransom-pay-ransom = Borrow from relatives and pay, so the punishment stops
    .feedback = Wanting to stop the harm at any cost is human. But paying does not guarantee release, and families often face new demands after paying. The criminals count on fear and hurry.
family-ransom-get-help = Don't answer. Save every message, and call the embassy and the national hotline
    .feedback = Right. Threats and a ransom demand to the family are how compounds squeeze out more money. Save every message, number and account: the embassy and the NGOs that work on these cases need them.

## Getting help

family-embassy-hello = Embassy, duty officer speaking. I am sorry this is happening. You did right to call.
family-embassy-advice = We have helped other families in cases like this. Please don't send money to anyone, and don't call the local police yourself.
family-embassy-need = We need { $child }'s passport details, the last known location, the numbers that wrote to you, and any bank or crypto account they gave you.
family-embassy-send-saved = Send the location, the company's name and the screenshots you saved
    .feedback = Because you saved them when { $child } moved, the embassy can start at once. Good records are one of the most useful things a family can give.
family-embassy-collect-now = Ask a relative to help you go through the phone and collect everything
    .feedback = Good: family can help. Every date, number, account and place name helps the people looking for { $child }.

family-records = Your sister comes over. Late into the night you screenshot every message, write down every number and date, and find the last place { $child } named: { $place }. You send it all to the embassy. The officer gives you the number of an NGO they work with.

family-ngo-hello = Hello, I am the caseworker the embassy told you about. We help people get out of scam compounds and get home.
family-ngo-plan = We work with the embassy and with partners near { $place }. Please don't pay anyone, and tell us about every new message.
family-ngo-recruiter = One question: who found this job for { $child }?
family-ngo-report-neighbour = Give the caseworker the neighbour's name and number, and say nothing to the neighbour for now
    .feedback = Good. The person who passed on the offer may be paid for each recruit, or may have been fooled too. The caseworker and the hotline can follow it up and warn other families, without tipping off the bosses.
family-ngo-confront = Go to the neighbour's house and demand answers
    .feedback = Your anger is fair. But a warning from the neighbour could travel back to the bosses, and the neighbour may be a victim of the lie too. It is safer to let the caseworker and the hotline follow it up.

family-wait-ignoring = Your family is ignoring us. Bad idea.
family-wait-threat = Pay ${ $ransom } today, or { $child } goes to another company far away. You will not find { $child } again.
family-wait-last = Last chance.
family-wait-forward = Don't reply. Forward it to the caseworker and the embassy
    .feedback = Very hard, and right. Threats are meant to make you act alone and fast. The people working on the case need to see them, and a payment now could lead to new demands.
family-wait-forward-paid = Don't reply. Forward it to the caseworker and the embassy
    .feedback = Very hard, and right. You have paid once already and it did not bring { $child } home; threats are meant to make you pay again. The people working on the case need to see them.
family-wait-pay-now = You can't take it any more. Pay, and hope it ends
    .feedback = After weeks of fear, anyone could give in. But the threat is a pressure tactic, and a payment often brings the next demand. The caseworker can help you decide; you do not have to face this alone.

family-more-demands-received = Money received.
family-more-demands-more = But { $child } still owes ${ $debt } for food, training and a "transfer fee".
family-more-demands-go = Pay, and { $child } can go home. Don't be late.
family-more-demands-pay-again = Pay again. Maybe this time it ends
    .feedback = The "debt" grows every time you pay: that is how it is built. Each payment shows the bosses that your family can find more.
family-more-demands-stop-paying = Stop paying. Take every receipt and message to the embassy
    .feedback = Right. A debt that keeps growing is debt bondage: it was never meant to be paid off. Your receipts and messages help the embassy and NGOs find { $child } and the people behind this.

## Endings

family-end-helped = Six weeks later the embassy calls. Working with the NGO and the authorities, they got { $child } and others out of the compound. Then came weeks in a shelter, interviews to screen who was trafficked, and new travel papers, before { $child } landed at home, tired but safe. { $child } was a victim, not a criminal, and has the right to be treated as one; your calls and records helped. Recruiters sometimes contact survivors again, so keep the embassy's number close.
family-end-open = Two months later a call comes from an unknown number. It is { $child }, at a shelter near the border: the caseworker had passed a safe contact through you, and one night { $child } and two others got out and reached it. The money you paid is gone, and papers still wait before home. But { $child } is out, and you are not alone with this.
family-end-scammed = You paid, and paid again, and each payment brought a new demand. That was the criminals' plan: the "debt" never ends, and it is not your fault. It is not too late: stop paying, keep every receipt and message, and go to the embassy, the national hotline and a trusted NGO. People do get out, even after months.

## Checked, and then what

family-character-agency = Licensed agency officer
family-character-fixer = Ricky, "rescue coordinator"
family-agency-check-tell-neighbour = Go back to the neighbour and tell him what the agency said
    .feedback = It is fair to give him the chance to explain. He is offended: the agency is "slow and corrupt", his nephew is fine. By evening { $child } has heard about it and is upset with you. Checking still cost nothing that a real job would lose.
family-talk-let-go = It's { $child }'s life. Agree on a message every day, and keep a copy of the passport
    .feedback = Respecting a grown child's choice is fair, and a daily message and a passport copy will help if anything goes wrong. But the job itself is still one nobody can check.

family-licensed-job = A licensed agency on the government's list has a hotel job in Doha: housekeeping, a named hotel, a contract you can read before signing, a work visa.
    .discuss = This job pays less, costs a fee and takes months. Why might a family still choose it?
family-licensed-fee = The pay is about two thirds of what the neighbour promised. There is a fee of ${ $fee } for the medical check and the papers, set by the government, with an official receipt.
family-licensed-wait = The papers take three months. { $child } sighs: "The neighbour's job leaves on Friday."
family-licensed-pay-fee = Pay the fee with the receipt, and wait the three months
    .feedback = A fee is not always a warning: a licensed agency may charge one the law allows, with a receipt, for real papers. What makes this job safe is that every part can be checked: the hotel, the contract, the visa, the agency's licence.
family-licensed-too-slow = Three months is too long. Let { $child } take the neighbour's job after all
    .feedback = The wait and the fee are real costs, and the other offer leaves Friday: that hurry is what fake offers count on. Nothing about the neighbour's job has become easier to check.
family-licensed-work-here = Tell { $child } to look for work at home for now, and save the fee
    .feedback = Saving the fee and keeping { $child } close is understandable. It also costs { $child } a real job, and the chance to help the family the way { $child } wanted.

family-end-genuine = Three months later { $child } flies to Doha on a work visa, with a signed contract and the agency's number in the phone. The first pay comes on time, smaller than the neighbour promised, and real. You checked, and this time the offer was genuine: checking is not the same as refusing everything.

## The careful path that still ends badly

family-move-call-embassy-now = Call the embassy tonight and give them everything { $child } just wrote
    .feedback = Acting early is right. The job moved to another country and the border was crossed without immigration: two strong signs. The embassy now has a file, a place and a date.
family-embassy-early-file = Embassy, duty officer. Thank you for calling early: we have opened a file for { $child }.
family-embassy-early-far = { $place } is far from us, across a border, and the authorities there are slow to act on a name and a town alone. We will work with partners. Please keep every message.
family-embassy-early-wait = If { $child } writes again, ask for the building, a landmark, anything we can give our partners.
family-moved = { $child } writes twice more, short and careful, and you pass on every word. Then the messages stop. Five weeks later the embassy calls: when their partners reached the building in { $place }, the company had moved its workers elsewhere the week before. Nobody knows where yet.
family-end-moved = You did everything a careful parent could: you saw the signs early, you called the embassy first and you sent no money. The company moved its workers anyway, as these companies often do, and it was not your call that made them do it. { $child } is still held. The case stays open: the embassy, the NGO and the national hotline keep looking, and families have found their children months later, often because of records like yours. Keep every message, and keep your phone on.

## Asking online

family-ransom-post-online = Post { $child }'s photo and the story on Facebook: someone must know people there
    .feedback = Asking others for help is natural when you feel alone. But a public post can reach the bosses, and it is read by people who make money from desperate families.
family-fixer-saw = I saw your post. I am so sorry. I have helped many families like yours.
    .discuss = Ricky sounds kind and knows the place. What would you want to know about him before you trust him?
family-fixer-contacts = I have contacts inside { $place }. Last month I got out eleven workers. Look (a photo of a smiling group at a bus stop).
family-fixer-fee = For the driver and the guards I need ${ $fee } today. Then { $child } is out in three days. Don't tell the embassy, they are too slow and the bosses will know.
family-fixer-pay-fixer = Pay him. The embassy has done nothing for you yet
    .feedback = After a post like yours, fake "rescuers" write within hours, with a photo and a kind voice. They ask for money first and keep it out of sight of the embassy; then they disappear.
family-fixer-ask-embassy = Ask the embassy about him before you send anything
    .feedback = Good: a real rescue works with the embassy and never needs to hide from it. When you mention the embassy, Ricky stops answering.
family-fixer-pay-ransom = He may be a liar. Pay the company instead, so { $child } is not sold
    .feedback = Both demands play on the same fear. Paying the company does not guarantee release, and families often face new demands after paying.
family-end-fixer = Ricky took the ${ $fee } and stopped answering. You did not do anything foolish: he wrote to you because your post showed a family in pain, and that is what these people look for. The company still holds { $child }. It is not too late: take his messages and the payment receipt to the embassy and the national hotline, say nothing more in public, and let the NGO the embassy works with guide you.

family-ngo-ask-elders = Ask the community elders to talk to the neighbour's family
    .feedback = Your community can carry a lot, and the elders may learn who the nephew works for. But a quiet talk can still reach the bosses. Tell the caseworker what you learn, and let them decide how to use it.
family-more-demands-ask-voice = Ask to hear { $child }'s voice first, then pay
    .feedback = Hearing { $child } is a relief, and it proves only that { $child } is alive and held. The "debt" is built to grow; a voice note does not change that.

family-redflag-upfront-fee = Paying a stranger to rescue
    .explain = When someone you love is held, anyone who says they can get them out feels like hope. Fake "rescuers" read families' posts and ask for money first, often telling them to keep it from the embassy.
    .advice = Pay no one who offers a rescue for a fee. Real help works with your embassy and never asks you to hide from it: ask the embassy or the national hotline about anyone who contacts you.
