# Help resources: a name and a description (what they do, when to contact them).
# Ids follow scenarios/resources.toml: resource-<id>.

## For everyone

resource-embassy = Your country's embassy or consulate
    .description = Your own embassy can check whether a job offer and an employer are real before you go, and it helps citizens who are trapped abroad. Find its number on your foreign ministry's website before you travel, and save it in your phone.

resource-iom = IOM, the UN migration agency: its office in your country
    .description = IOM helps people who have been trafficked: a safe place to stay, health care, counselling and a safe return home. Contact the IOM office in your country or in the country where you are.

## Philippines

resource-ph-iacat-1343 = 1343 Actionline (IACAT)
    .description = A 24-hour hotline of the Inter-Agency Council Against Trafficking. Call it to report a suspicious recruiter, or when you or someone in your family needs help; it also has free numbers for Filipinos abroad.

resource-ph-dmw-verify = Department of Migrant Workers (DMW)
    .description = Check on the DMW website whether a recruitment agency is licensed, before you pay anything or travel. Only licensed agencies may send workers abroad.

## Thailand

resource-th-1300 = 1300 hotline (Social Assistance Center)
    .description = The hotline of the Ministry of Social Development and Human Security, for anyone in Thailand. Call it to report human trafficking or to ask for help.

resource-th-1300-abroad = 1300 hotline from abroad
    .description = The same help for Thais outside Thailand. Call or send a text free of charge, 24 hours a day, if you or someone you know is trapped or trafficked abroad.

## Cambodia

resource-kh-police-117 = Cambodian police hotline
    .description = The national police hotline in Cambodia. Be careful: survivors say some local police passed calls for help back to compound bosses. If you can, contact your embassy or a trusted organisation first, and always give your exact location.

## India

resource-in-cyber-1930 = 1930 cyber fraud helpline
    .description = Call 1930 at once if you lost money to an online scam: reporting early can help block the money. You will get a link to finish your report on the national portal.

resource-in-cybercrime-portal = National Cyber Crime Reporting Portal
    .description = Report online fraud and other cybercrime from anywhere in India. If you called 1930, finish your report here within 24 hours.

## Indonesia

resource-id-safe-travel = Safe Travel app (Ministry of Foreign Affairs)
    .description = A free app from Indonesia's foreign ministry for citizens abroad. In an emergency its panic button sends your location to the nearest Indonesian embassy or consulate. Install it before you travel.

## Malaysia

resource-my-nsrc-997 = National Scam Response Centre
    .description = Call 997 right away if you sent money to a scammer: the centre works with the banks to freeze the money quickly. It answers 24 hours a day.

## Viet Nam

resource-vn-111 = National hotline 111
    .description = Viet Nam's free 24-hour hotline to report human trafficking and get support for victims. It is also the national child protection hotline.

## United States

resource-us-trafficking-hotline = National Human Trafficking Hotline
    .description = A confidential 24-hour hotline for victims, survivors and anyone worried about someone. It works in English and Spanish, with interpreters for more than 200 other languages. It is not the police.

resource-us-trafficking-text = National Human Trafficking Hotline by text
    .description = Send a text to this number if you cannot call safely. It is confidential.

resource-us-ic3 = FBI Internet Crime Complaint Center (IC3)
    .description = Report online investment and crypto scams to the FBI, with the details of every payment. The FBI does not charge to investigate; anyone who asks for a fee to recover your money is a scammer.

## Added for every player (2026-12-05)

resource-support-after = Support after something hard
    .description = What you went through, or played through, can stay with you. Talk to someone you trust. People who survived trafficking can ask IOM, or a health worker, for counselling.

resource-bank-first = Your bank or payment app, first
    .description = If you sent money, call your bank or payment app at once: the sooner they know, the better the chance to stop the payment. Keep every message, account number and receipt.

resource-no-recovery-fee = Never pay to get money back
    .description = After a scam, people who say they can recover your money for a fee, even if they claim to work with the police or a regulator, are running a second scam. Real police and regulators do not charge you.

resource-ph-1343-global = 1343 Actionline from abroad
    .description = The 1343 Actionline has free international numbers for Filipinos abroad, listed on its website, for anyone trapped or trafficked and for their families.

resource-ph-cicc-1326 = 1326 scam hotline (CICC)
    .description = The government's 24-hour hotline to report online scams, run by the Cybercrime Investigation and Coordinating Center. Call quickly: it works with banks and e-wallets to flag the accounts.

resource-th-aoc-1441 = Anti Online Scam Operation Centre 1441
    .description = Thailand's 24-hour hotline for victims of online scams. It asks banks to freeze the accounts your money went to, and tells you how to file a police report.

resource-au-scamwatch = Scamwatch (National Anti-Scam Centre)
    .description = Report scams, including fake job offers and investment scams, and read what to do next. Reports help warn others and stop scammers.

resource-au-idcare = IDCARE
    .description = A free, not-for-profit support service for people whose personal details or identity were taken in a scam. It helps you make a plan to limit the harm.

resource-cn-12308 = 12308 consular protection hotline
    .description = China's foreign ministry hotline for citizens abroad who need help, 24 hours a day. It never calls anyone and never asks for money: a call that shows 12308 is a scam, so hang up and call the number yourself. If you were scammed, report to the local police, and to the police at home if the money left from a bank in China.

resource-et-embassy-where = Ethiopia's embassies in the region
    .description = Ethiopians held in Myanmar have been helped home through Ethiopia's embassies in New Delhi (India) and Tokyo (Japan), with Thailand's help. Before you travel, ask the foreign ministry which embassy covers the country you are going to.

resource-ke-nea-register = National Employment Authority register
    .description = Only agencies licensed by Kenya's National Employment Authority may recruit for jobs abroad. Its register on neaims.go.ke shows which licences are valid. Check before anyone pays or travels, and report an agency that lied.

resource-ke-dci-report = Report online fraud to the police (DCI)
    .description = Kenya's Directorate of Criminal Investigations takes reports of online fraud at its offices across the country. Report there or at a police station, with every message and payment.

resource-la-lwu-1362 = 1362 hotline (Lao Women's Union)
    .description = The Lao Women's Union's counselling and protection hotline supports survivors of human trafficking and violence.

resource-np-embassies = Nepal's embassies in Bangkok and Yangon
    .description = Nepal's embassies in Thailand and Myanmar have rescued hundreds of Nepalis from scam compounds. Nepal's government asks people to work abroad only with labour approval, and never to go to Cambodia, Laos, Myanmar or Thailand on a visit visa for a job.

resource-np-cyber-bureau = Nepal Police Cyber Bureau
    .description = Report online fraud by e-mail, with a copy of your ID and every message and payment, or at any police station.

resource-ng-naptip-627 = NAPTIP 627
    .description = The free hotline of Nigeria's anti-trafficking agency. Call it to report trafficking, or if you or someone you know needs help.

resource-ng-police-cyber = Nigeria Police cybercrime portal
    .description = Report online fraud and romance scams to the police's cybercrime unit, online, from Nigeria or abroad.

resource-lk-slbfe-1989 = SLBFE 1989
    .description = The Sri Lanka Bureau of Foreign Employment's line, open around the clock. Check whether an agency is licensed before you pay anything or hand over your passport, and report an agency that charges more than the approved fees.

resource-lk-police-ccid = Sri Lanka Police cybercrime division
    .description = Report online fraud at your nearest police station, or to the police's Computer Crimes Investigation Division, which also has branches in Kandy and Matara.

resource-ug-high-commission-kl = Uganda's High Commission in Kuala Lumpur
    .description = Uganda's ambassador for Thailand is based at its High Commission in Kuala Lumpur, Malaysia, which has worked to bring Ugandans home from Myanmar. Contact it, and tell family at home to contact the foreign ministry.

resource-ug-police-cyber = Uganda Police Cybercrime Unit
    .description = Report online fraud to the Cybercrime Unit at CID Headquarters, Kibuli, or at any police station.
