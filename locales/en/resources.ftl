# Help resources: a name and a description (what they do, when to contact them).
# Ids follow scenarios/resources.toml: resource-<id>.

## For everyone

resource-embassy = Your country's embassy or consulate
    .description = Your own embassy can check whether a job offer and an employer are real before you go, and it helps citizens who are trapped abroad. Find its number on your foreign ministry's website before you travel, and save it in your phone.

resource-iom = IOM, the UN migration agency
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
