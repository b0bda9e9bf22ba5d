# Machine-drafted translation: needs review by a native speaker.
# Help resources: a name and a description (what they do, when to contact them).
# Ids follow scenarios/resources.toml: resource-<id>.

## For everyone

resource-embassy = Embahada o konsulado ng bansa mo
    .description = Masusuri ng sarili mong embahada kung totoo ang alok na trabaho at ang employer bago ka umalis, at tumutulong ito sa mga mamamayang naiipit sa ibang bansa. Hanapin ang numero nito sa website ng foreign ministry ng bansa mo (sa Pilipinas, ang DFA) bago ka bumiyahe, at i-save ito sa phone mo.

resource-iom = IOM, ang ahensiya ng UN para sa migrasyon
    .description = Tinutulungan ng IOM ang mga biktima ng trafficking: ligtas na matutuluyan, pagpapagamot, counselling at ligtas na pag-uwi. Makipag-ugnayan sa opisina ng IOM sa bansa mo o sa bansang kinaroroonan mo.

## Philippines

resource-ph-iacat-1343 = 1343 Actionline (IACAT)
    .description = Isang 24-oras na hotline ng Inter-Agency Council Against Trafficking. Tumawag dito para i-report ang kahina-hinalang recruiter, o kapag ikaw o isang kapamilya mo ay nangangailangan ng tulong; may mga libreng numero rin ito para sa mga Pilipino sa abroad.

resource-ph-dmw-verify = Department of Migrant Workers (DMW)
    .description = Alamin sa website ng DMW kung lisensyado ang isang recruitment agency, bago ka magbayad ng kahit ano o bumiyahe. Ang mga lisensyadong agency lang ang puwedeng magpadala ng manggagawa sa abroad.

## Thailand

resource-th-1300 = 1300 hotline (Social Assistance Center)
    .description = Ang hotline ng Ministry of Social Development and Human Security, para sa sinumang nasa Thailand. Tumawag dito para i-report ang human trafficking o humingi ng tulong.

resource-th-1300-abroad = 1300 hotline mula sa abroad
    .description = Ang parehong tulong para sa mga Thai na nasa labas ng Thailand. Tumawag o mag-text nang libre, 24 oras kada araw, kung ikaw o may kakilala kang naiipit o biktima ng trafficking sa abroad.

## Cambodia

resource-kh-police-117 = Hotline ng pulisya ng Cambodia
    .description = Ang pambansang hotline ng pulisya sa Cambodia. Mag-ingat: sabi ng mga survivor, may ilang lokal na pulis na nagpasa ng mga tawag para sa tulong pabalik sa mga boss ng compound. Kung kaya mo, makipag-ugnayan muna sa embahada mo o sa isang organisasyong mapagkakatiwalaan, at laging ibigay ang eksaktong lokasyon mo.

## India

resource-in-cyber-1930 = 1930 cyber fraud helpline
    .description = Tumawag agad sa 1930 kung nawalan ka ng pera sa isang online scam: ang maagang pag-report ay makakatulong na mapigilan ang pera. Makakatanggap ka ng link para tapusin ang report mo sa national portal.

resource-in-cybercrime-portal = National Cyber Crime Reporting Portal
    .description = I-report dito ang online fraud at iba pang cybercrime mula saanmang lugar sa India. Kung tumawag ka sa 1930, tapusin dito ang report mo sa loob ng 24 oras.

## Indonesia

resource-id-safe-travel = Safe Travel app (Ministry of Foreign Affairs)
    .description = Isang libreng app ng foreign ministry ng Indonesia para sa mga mamamayan nito sa abroad. Sa emergency, ipinapadala ng panic button nito ang lokasyon mo sa pinakamalapit na embahada o konsulado ng Indonesia. I-install ito bago ka bumiyahe.

## Malaysia

resource-my-nsrc-997 = National Scam Response Centre
    .description = Tumawag agad sa 997 kung nagpadala ka ng pera sa isang scammer: nakikipagtulungan ang centre sa mga bangko para mabilis na ma-freeze ang pera. Sumasagot ito 24 oras kada araw.

## Viet Nam

resource-vn-111 = National hotline 111
    .description = Ang libre at 24-oras na hotline ng Viet Nam para i-report ang human trafficking at makakuha ng suporta para sa mga biktima. Ito rin ang pambansang hotline para sa proteksyon ng mga bata.

## United States

resource-us-trafficking-hotline = National Human Trafficking Hotline
    .description = Isang kumpidensyal na 24-oras na hotline para sa mga biktima, survivor at sinumang nag-aalala para sa isang tao. Gumagana ito sa English at Spanish, may mga interpreter para sa mahigit 200 pang wika. Hindi ito ang pulis.

resource-us-trafficking-text = National Human Trafficking Hotline sa text
    .description = Mag-text sa numerong ito kung hindi ka ligtas na makakatawag. Kumpidensyal ito.

resource-us-ic3 = FBI Internet Crime Complaint Center (IC3)
    .description = I-report sa FBI ang mga online investment at crypto scam, kasama ang detalye ng bawat bayad. Walang singil ang FBI para mag-imbestiga; ang sinumang humihingi ng bayad para mabawi ang pera mo ay scammer.
