# Machine-drafted translation: needs review by a native speaker.
# Help resources: a name and a description (what they do, when to contact them).
# Ids follow scenarios/resources.toml: resource-<id>.

## For everyone

resource-embassy = Embahada o konsulado ng bansa mo
    .description = Masusuri ng sarili mong embahada kung totoo ang alok na trabaho at ang employer bago ka umalis, at tumutulong ito sa mga mamamayang naiipit sa ibang bansa. Hanapin ang numero nito sa website ng foreign ministry ng bansa mo (sa Pilipinas, ang DFA) bago ka bumiyahe, at i-save ito sa phone mo.

resource-iom = IOM, ang ahensiya ng UN para sa migrasyon: ang opisina nito sa bansa mo
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

## Added for every player (2026-12-05)

resource-support-after = Suporta pagkatapos ng mabigat na karanasan
    .description = Ang pinagdaanan mo, o ang kalalaro mo lang, ay maaaring manatili sa isip mo. Kausapin ang taong pinagkakatiwalaan mo. Ang mga nakaligtas sa trafficking ay maaaring humingi ng counselling sa IOM o sa isang health worker.

resource-bank-first = Una: ang bangko o payment app mo
    .description = Kung nagpadala ka ng pera, tawagan agad ang bangko o payment app mo: kapag mas maaga nilang nalaman, mas malaki ang tsansang mapigilan ang bayad. Itago ang bawat mensahe, account number at resibo.

resource-no-recovery-fee = Huwag kailanman magbayad para mabawi ang pera
    .description = Pagkatapos ng scam, ang mga nagsasabing kaya nilang bawiin ang pera mo kapalit ng bayad, kahit sabihin pang kasama nila ang pulis o regulator, ay gumagawa ng ikalawang scam. Hindi naniningil ang totoong pulis at regulator.

resource-ph-1343-global = 1343 Actionline mula sa abroad
    .description = May libreng international numbers ang 1343 Actionline para sa mga Pilipino sa ibang bansa, nakalista sa website nito, para sa mga na-trap o na-traffic at sa kanilang pamilya.

resource-ph-cicc-1326 = 1326 scam hotline (CICC)
    .description = Ang 24-oras na hotline ng gobyerno para mag-report ng online scam, na pinatatakbo ng Cybercrime Investigation and Coordinating Center. Tumawag agad: nakikipag-ugnayan ito sa mga bangko at e-wallet para ma-flag ang mga account.

resource-th-aoc-1441 = Anti Online Scam Operation Centre 1441
    .description = Ang 24-oras na hotline ng Thailand para sa mga biktima ng online scam. Hinihiling nito sa mga bangko na i-freeze ang mga account na pinadalhan ng pera mo, at sinasabi kung paano mag-report sa pulis.

resource-au-scamwatch = Scamwatch (National Anti-Scam Centre ng Australia)
    .description = Mag-report ng scam, kasama ang pekeng alok na trabaho at investment scam, at basahin kung ano ang susunod na gagawin. Nakatutulong ang mga report para mabigyang-babala ang iba at mapahinto ang mga scammer.

resource-au-idcare = IDCARE
    .description = Libreng serbisyong pangsuporta, hindi para kumita, para sa mga taong nakuha ang personal na detalye o identity sa isang scam. Tinutulungan ka nitong gumawa ng plano para malimitahan ang pinsala.

resource-cn-12308 = 12308 consular protection hotline
    .description = Ang 24-oras na hotline ng foreign ministry ng China para sa mga mamamayan nito sa ibang bansa na nangangailangan ng tulong. Hindi ito tumatawag kaninuman at hindi humihingi ng pera: scam ang tawag na nagpapakita ng 12308, kaya ibaba ito at ikaw ang tumawag. Kung na-scam ka, mag-report sa lokal na pulis, at sa pulis sa inyong lugar kung galing ang pera sa bangko sa China.

resource-et-embassy-where = Mga embahada ng Ethiopia sa rehiyon
    .description = Ang mga taga-Ethiopia na hawak sa Myanmar ay naiuwi sa tulong ng mga embahada ng Ethiopia sa New Delhi (India) at Tokyo (Japan), katuwang ang Thailand. Bago umalis, itanong sa foreign ministry kung aling embahada ang may sakop sa bansang pupuntahan mo.

resource-ke-nea-register = Listahan ng National Employment Authority ng Kenya
    .description = Tanging mga ahensiyang may lisensiya mula sa National Employment Authority ng Kenya ang puwedeng mag-recruit para sa trabaho sa abroad. Makikita sa listahan nito sa neaims.go.ke kung aling lisensiya ang may bisa. Suriin bago may magbayad o umalis, at i-report ang ahensiyang nagsinungaling.

resource-ke-dci-report = Mag-report ng online fraud sa pulis (DCI)
    .description = Tumatanggap ng report ng online fraud ang Directorate of Criminal Investigations ng Kenya sa mga opisina nito sa buong bansa. Mag-report doon o sa police station, dala ang bawat mensahe at bayad.

resource-la-lwu-1362 = 1362 hotline (Lao Women's Union)
    .description = Ang counselling at protection hotline ng Lao Women's Union ay sumusuporta sa mga nakaligtas sa human trafficking at karahasan.

resource-np-embassies = Mga embahada ng Nepal sa Bangkok at Yangon
    .description = Daan-daang taga-Nepal na ang nailigtas ng mga embahada ng Nepal sa Thailand at Myanmar mula sa mga scam compound. Hinihiling ng gobyerno ng Nepal na magtrabaho sa abroad nang may labour approval lamang, at huwag pumunta sa Cambodia, Laos, Myanmar o Thailand gamit ang visit visa para magtrabaho.

resource-np-cyber-bureau = Nepal Police Cyber Bureau
    .description = Mag-report ng online fraud sa email, kasama ang kopya ng ID mo at bawat mensahe at bayad, o sa alinmang police station.

resource-ng-naptip-627 = NAPTIP 627
    .description = Ang libreng hotline ng anti-trafficking agency ng Nigeria. Tawagan ito para mag-report ng trafficking, o kung ikaw o may kakilala kang nangangailangan ng tulong.

resource-ng-police-cyber = Cybercrime portal ng Nigeria Police
    .description = Mag-report ng online fraud at romance scam sa cybercrime unit ng pulis, online, mula Nigeria o sa ibang bansa.

resource-lk-slbfe-1989 = SLBFE 1989
    .description = Ang linya ng Sri Lanka Bureau of Foreign Employment, bukas buong araw at gabi. Suriin kung lisensiyado ang ahensiya bago magbayad o ibigay ang passport mo, at i-report ang ahensiyang naniningil nang higit sa aprubadong bayarin.

resource-lk-police-ccid = Cybercrime division ng Sri Lanka Police
    .description = Mag-report ng online fraud sa pinakamalapit na police station, o sa Computer Crimes Investigation Division ng pulis, na may sangay rin sa Kandy at Matara.

resource-ug-high-commission-kl = High Commission ng Uganda sa Kuala Lumpur
    .description = Nakabase sa High Commission ng Uganda sa Kuala Lumpur, Malaysia, ang ambassador nito para sa Thailand, at tumulong itong maiuwi ang mga taga-Uganda mula sa Myanmar. Makipag-ugnayan dito, at sabihin sa pamilya sa bahay na makipag-ugnayan sa foreign ministry.

resource-ug-police-cyber = Cybercrime Unit ng Uganda Police
    .description = Mag-report ng online fraud sa Cybercrime Unit sa CID Headquarters, Kibuli, o sa alinmang police station.
