# Machine-drafted translation: needs review by a native speaker.
half-knew-title = Ang medyo may alam
half-knew-summary = Diretsahan ang recruiter: ang trabaho sa abroad ay "online marketing, medyo grey". Kailangan mo ng pera. Ano ba talaga ang pinayagan mo?
half-knew-content-note = Nagsisimula ang kuwentong ito sa alok na trabaho at humahantong sa loob ng isang scam compound. Binabanggit dito ang mga pagbabanta, isang gawa-gawang utang at mga taong "ibinebenta" sa ibang compound, pero walang ipinapakitang karahasan. Puwede kang huminto o umalis anumang oras gamit ang q.

## Characters

half-knew-character-recruiter = { $recruiter }, recruiter
half-knew-character-cousin = Ang pinsan mo
half-knew-character-consul = Ang embahada ng bansa mo sa Phnom Penh
half-knew-character-leader = Ang team leader
half-knew-character-embassy = Emergency line ng embahada
half-knew-character-relative = Ang { $relative } mo

## Variables

half-knew-who-khamla = si Khamla, 24, isang lalaki mula sa Savannakhet sa Laos
half-knew-who-thu = si Thu, 22, isang babae mula sa Nghe An sa Vietnam
half-knew-who-aung = si Aung, 26, isang lalaki mula sa Mandalay sa Myanmar

half-knew-place-sihanoukville = Sihanoukville
half-knew-place-bavet = Bavet
half-knew-place-poipet = Poipet

half-knew-recruiter-nok = Nok
half-knew-recruiter-tony = Tony
half-knew-recruiter-linda = Linda

half-knew-coworker-mai = Mai
half-knew-coworker-joy = Joy
half-knew-coworker-bayu = Bayu

half-knew-relative-sister = ate
half-knew-relative-brother = kuya

## Home

half-knew-start-who = Ikaw { $who }. Tapos ka na sa pag-aaral, marunong ka nang kaunti sa Ingles at mabilis ka sa cellphone. Maliit ang sahod sa trabaho sa inyo, at hindi pa buwan-buwan.
    .discuss = Sino sa paligid mo ang tatanggap ng trabahong "medyo grey", at bakit?
half-knew-start-money = Nangutang ang pamilya mo noong isang taon, at sinisingil na kayo ng nagpautang. Sa isang jobs group sa Telegram, may recruiter na unang nag-message sa iyo.

half-knew-offer-job = Hi! Online marketing job sa { $place }, Cambodia. ${ $salary } kada buwan. Makikipag-chat ka sa customers sa Ingles at sa wika mo.
    .discuss = Tapat ang recruiter na "grey" ang trabaho. Dahil doon, mas kapani-paniwala ba ang natitirang alok, o mas hindi?
half-knew-offer-grey = Tapat ako sa iyo: medyo grey ito. Sales chat sa mga foreigner, may mga kuwentong hindi 100% totoo. Walang delikado. Maraming taga-bansa mo ang nagtatrabaho roon.
half-knew-offer-paid = Bus, kotse at kuwarto, sagot ng kompanya. Simula ka next week.
half-knew-offer-ask-grey = Itanong muna kung ano mismo ang ibig sabihin ng "medyo grey" bago sumagot
    .feedback = Makatwirang tanong. Walang sinasabi ang "online marketing" tungkol sa trabaho, at mas marami ang itinatago ng "medyo grey" kaysa sa sinasabi. Ang sagot, o ang kawalan nito, ay dapat mong malaman bago ka pumunta kahit saan.
half-knew-offer-say-yes = Pumayag. Maraming nabubuhay sa grey na trabaho, at maganda ang sahod
    .feedback = Marami ang pumapayag dito, at madaling maintindihan kung bakit: totoo ang utang at mukhang tapat ang recruiter. Pero malabong trabaho ang "medyo grey", at ang sahod na ilang beses ng lokal na rate para lang sa chat ang pain. Iba ang naghihintay sa kabilang dulo kaysa sa inilarawan.
half-knew-offer-ask-cousin = Bago sumagot, tanungin ang pinsan mo na nagtatrabaho sa abroad sa isang lisensiyadong agency
    .feedback = Ang pagtatanong sa taong dumaan sa opisyal na paraan ay nagbibigay sa iyo ng maihahambing. Ang sahod na ganito kataas para sa trabahong walang kailangang skill, mas mataas kaysa kahit saan sa malapit, ay babala na mismo.

half-knew-grey-answer-explain = Makikipag-chat ka bilang friendly na tao, pag-uusapan mo ang investment, ang kompanya na ang bahala sa iba. Wala kang ninanakawan. Nakikipag-usap ka lang.
half-knew-grey-answer-contract = Ang kontrata, doon mo pipirmahan. Nasa { $place } ang boss.
half-knew-grey-answer-friday = Tatlong slot na lang. Sabihan mo ako bago mag-Biyernes.
half-knew-grey-answer-ask-contract = Sabihing baka. Pero gusto mo munang makita ang kontrata at pangalan ng kompanya nang nakasulat
    .feedback = Nanindigan ka kahit may deadline. Ang "doon mo pipirmahan", pagkatapos mong tumawid ng border, ay ibig sabihing walang kontrata kung kailan ito pinakamahalaga, at ang pagmamadali ay para hindi ka na magtanong pa.
half-knew-grey-answer-go-now = Pumayag bago maubos ang slot. Parang sales lang naman ang "pag-uusap tungkol sa investment"
    .feedback = Pinapabilis ng deadline ang desisyon ng kahit sino, at inimbento ang "tatlong slot na lang" para mismo roon. Kung walang kontrata bago umalis, walang nagsasabi kung ano ang trabaho, magkano ang sahod, o kung puwede kang umalis.
half-knew-grey-answer-decline = Tumanggi. Parang pagsisinungaling para sa pera ang pagkumbinsi sa tao na "mag-invest"
    .feedback = Narinig mo ang tunay na ibig sabihin ng mga salita. May kapalit ang pagtanggi: nandiyan pa rin ang utang, at patuloy na nag-aalok ang jobs group ng ganito rin.

half-knew-end-declined = Tumanggi ka, at wala pang isang minuto, blinock ka ni { $recruiter }. Nandiyan pa rin ang utang, at ang maliit na sahod sa inyo. Makalipas ang ilang buwan, umuwi mula { $place } ang anak ng kapitbahay matapos magbayad ang pamilya niya para mapalaya siya; ayaw niyang magkuwento. Patuloy kang naghahanap, at nagtanong ka sa labor office tungkol sa trabaho sa abroad sa lisensiyadong agency.

half-knew-cousin-heard = May narinig na ako sa ganyang trabaho. Dalawang binata mula sa bayan natin ang pumunta sa { $place }. Kinailangang magbayad ng mga pamilya nila para maibalik sila.
    .discuss = Mas mabagal, mas maliit ang kita at may bayad ang paraan ng pinsan. Bakit mahalaga pa ring dumaan ito sa opisinang mapupuntahan mo?
half-knew-cousin-official = Kung gusto mong magtrabaho sa abroad, pumunta ka sa labor office sa bayan. Humingi ka ng listahan ng lisensiyadong agency. Nasa listahan ang agency ko.
half-knew-cousin-slow = Mas mabagal nga. May medical, legal na fee na may resibo, at baka tatlong buwang paghihintay. Mas maliit ang pera kaysa rito. Pero alam mo kung saan ka pupunta.
half-knew-cousin-labour-office = Pumunta sa labor office dala ang pangalan ng agency ng pinsan mo
    .feedback = Nasusuri ang trabahong dumaan sa lisensiyadong agency, at hindi ito ginagawa sa chat. Gagastos ka ng ilang buwan at isang fee, at mas maliit ang sahod: iyan ang presyo ng trabahong puwede mong iwan.
half-knew-cousin-tell-recruiter = Sabihin kay { $recruiter } ang sinabi ng pinsan mo, at tingnan ang sagot
    .feedback = Natural na subukan ang recruiter. Pakinggan ang ibinabalik: ang tunay na employer ay sumasagot ng mga pangalan, papeles at address, hindi ng deadline.
half-knew-cousin-take-grey = Kunin ang grey na trabaho. Masyadong matagal ang tatlong buwan kung nasa pinto na ang naniningil
    .feedback = Totoo ang pressure ng pera, at inaasahan iyon ng mga recruiter. Ang trabahong nasa Telegram chat lang, walang lisensiyadong agency at walang opisina sa inyo, ay walang anumang proteksiyon sa iyo kung magkaproblema.

half-knew-end-genuine = Nasa listahan ng labor office ang agency ng pinsan mo. Makalipas ang apat na buwan, matapos ang medical at isang legal na fee na may opisyal na resibo, nagsimula ka sa isang pabrika sa abroad. Mas maliit ang sahod kaysa ipinangako ni { $recruiter }, at mabigat ang trabaho, pero may kontrata ka, hawak mo ang sarili mong pasaporte at may day off ka. Buwan-buwan kang nagpapadala sa bahay.

half-knew-written-pdf = Okay, walang problema. Heto ang kontrata: pangalan ng kompanya, sahod na ${ $salary }, may tatak ng director.
half-knew-written-website = At heto ang website namin. Registered kami, tingnan mo ang number sa ibaba.
half-knew-written-trust-papers = Basahin at gumaan ang loob. May tatak, website at registration number: totoong kompanya ito
    .feedback = Madaling gawin ang ganitong papeles, at isang hapon lang ang website na may number. Kaya nga ginagamit ang mga ito: para maramdaman ng maingat na tao na nakapag-check na siya.
half-knew-written-copy-relative = Ipadala ang kontrata, website at number ni { $recruiter } sa { $relative } mo, kasama ang address
    .feedback = Mabuti: hindi mo itinuring na patunay ang papeles, at ngayon may tao sa bahay na may hawak ng lahat ng detalye. Maaaring napakahalaga nito balang araw.
half-knew-written-call-embassy = Tawagan ang embahada ng bansa mo sa Phnom Penh at itanong kung kilala nila ang kompanya
    .feedback = Ang pag-check gamit ang number na ikaw mismo ang naghanap, hindi ang ibinigay ng recruiter, ang paraan para subukan ang ganitong papeles.

half-knew-embassy-check-no-record = Wala kaming rekord ng kompanyang ito bilang employer. Hindi nito napapatunayang peke ito, pero hindi rin namin masasabing totoo.
half-knew-embassy-check-addresses = Natulungan na namin ang mga mamamayang nakalabas mula sa mga compound sa { $place }. Marami sa kanila ang sinabihang marketing ang trabaho.
half-knew-embassy-check-if-you-go = Kung tutuloy ka pa rin: magparehistro sa amin, hawakan mo ang pasaporte mo, at ipadala sa amin ang address mo pagdating. I-save mo ang number na ito.
half-knew-embassy-check-stay-home = Huwag nang tumuloy. Sabihin kay { $recruiter } na hindi na
    .feedback = Mahirap na desisyon, batay sa totoong impormasyon. Nandiyan pa rin ang utang, pero alam mo na kung ano malamang ang trabahong iyon.
half-knew-embassy-check-go-registered = Tumuloy, pero magparehistro sa embahada, i-save ang number at iwan ang lahat sa { $relative } mo
    .feedback = Kailangan mo ng pera, at ginawa mo ang kaya mo para ikaw ay mahanap. Anuman ang mangyari pagkatapos, hindi iyon dahil pabaya ka.

half-knew-end-checked = Sinabi mo kay { $recruiter } na hindi ka na tutuloy. Nagalit ang mga mensahe, tapos tumigil. Sa labor office, binigyan ka ng isang clerk ng listahan ng lisensiyadong agency. Mas mabagal at mas maliit ang sahod, at hindi natuwa ang pamilya mo noong una. Tapos umuwi mula { $place } ang kaibigan ng pinsan mo nang walang-wala, at wala nang nagtanong kung bakit hindi ka tumuloy.

## The road

half-knew-travel-brief-bus = Good! Sumakay ka ng night bus papunta sa border sa Lunes. Nasa inbox mo ang ticket.
half-knew-travel-brief-friend = May kaibigan akong naghihintay na may kotse. Siya ang bahala sa entry stamp mo, mas mabilis.
half-knew-travel-brief-quiet = Huwag kang makipag-usap sa mga officer. Kung magtanong sila, bibisita ka sa kaibigan.

half-knew-border-night = Gabi na nang dumating ang bus sa border. May lalaking naka-cap na may hawak na karatula na may pangalan mo. Ngumiti siya at kinuha ang bag mo.
    .discuss = Ano pa ang puwede mong gawin dito, at ano ang kapalit ng bawat pagpili?
half-knew-border-passport = "Akin na ang pasaporte mo," sabi niya. "Ako na ang bahala sa stamp, maghintay ka sa kotse."
half-knew-border-road = Hindi pumunta ang kotse sa checkpoint. Lumiko ito sa isang daang lupa. "Mas mabilis dito," sabi niya.
half-knew-border-hand-over = Ibigay. Pagod ka na, at araw-araw niya itong ginagawa
    .feedback = Pagkatapos ng mahabang gabi, ginhawa ang may taong "bahala sa papeles". Pero nakawala sa kamay mo ang pasaporte, at umikot ang kotse sa checkpoint: walang stamp, walang rekord, at walang patunay kung paano ka pumasok.
half-knew-border-keep-and-share = Hawakan ang pasaporte. Ipadala sa { $relative } mo ang live location at plate number ng kotse
    .feedback = Hawak mo pa ang pasaporte mo at nag-iwan ka ng bakas. Tumuloy ka pa rin, at karapatan mo iyon: ngayon may tao sa bahay na alam kung saan ka mismo tumawid.
half-knew-border-get-out = Pahintuin siya. Bumaba at maglakad pabalik sa opisyal na checkpoint
    .feedback = Walang rekord ang pagtawid na hindi dumaan sa checkpoint. Nakakatakot ang maglakad pabalik, sa gabi, habang galit sa iyo ang isang estranghero, at mawawala sa iyo ang trabaho at ang pamasahe.

half-knew-end-border = Nagmura ang driver, inihagis ang bag mo sa daan at humarurot palayo. Sa checkpoint, sa panig ng sarili mong bansa, nakinig ang isang officer at isinulat ang plate number ng kotse. Natulog ka sa isang bangko at sumakay sa unang bus pauwi, pamasaheng inutang mo sa kaibigan. Sumulat si { $recruiter } na may utang ka raw sa kompanya para sa "slot". Hindi ka sumagot, at ni-report mo ang account.

## The compound

half-knew-arrive-gate = Ang "opisina" ay hanay ng matataas na gusali sa likod ng pader na may alambre sa itaas. Binuksan ng mga guwardiya sa gate ang pinto para sa kotse at isinara sa likod mo.
half-knew-arrive-taken = Kinuha ng isang babae sa mesa ang pasaporte at cellphone mo "para itago" at binigyan ka ng work phone na puno ng pekeng profile.
half-knew-arrive-floor = Animnapung mesa ang nasa floor ninyo. Walang tumitingala.
half-knew-arrive-for-staff = Isipin: magulo ang bayang ito. Ang mga guwardiya at ang lalagyan ng mga pasaporte ay para protektahan ang mga empleyado
    .feedback = Iyan ang sinasabi sa iyo, at pagkatapos ng mahabang gabi, mas madali itong paniwalaan. Pero ang mga guwardiyang nagsasara ng gate sa likod mo, ang alambre sa ibabaw ng pader, at ang pasaporte at telepono mo sa drawer ng iba ay para ikulong ka at putulin ang koneksyon mo. Walang totoong employer na nangangailangan ng alinman sa mga ito.
half-knew-arrive-locked-in = Isipin: nakakandado ang gate sa likod mo, at nasa isang drawer ang pasaporte at telepono mo. Hindi ka makakaalis kahit gustuhin mo
    .feedback = Malinaw ang pagkabasa mo. Ang mga pader, guwardiya, at pasaporte at teleponong kinuha "para sa safekeeping" ay para ikulong ang mga tao at ilayo sila sa tulong. Ang makita ito ang unang hakbang para makahanap ng ligtas na paraan na makapagpaabot ng balita.
half-knew-arrive-grey-looks = Isipin: alam mong grey ito. Baka ganito lang talaga ang hitsura ng grey na trabaho
    .feedback = Pinili ang salitang "grey" para maramdaman mong pinayagan mo ito. Pumayag ka sa sales chat, hindi sa nakakandadong gate at mga guwardiya. Walang sinumang makakapayag na ikulong.

half-knew-boss-knew = Alam mo kung anong trabaho ito. Walang nanloko sa iyo. Pumayag ka.
    .discuss = Bakit paulit-ulit na sinasabi ng mga boss na "alam mo"? Ano ang epekto nito sa taong nakakarinig?
half-knew-boss-debt = Bus, kotse, kuwarto, pagkain: may utang kang ${ $debt }. Kapag hindi mo naabot ang quota, may multa pa sa ibabaw nito. Gusto mong umalis? Magbayad ka muna. Manggulo ka, ibebenta kita sa ibang kompanya.
half-knew-boss-police = Ang pulis? Hinuhuli nila ang mga scammer. Scammer ka na ngayon.
half-knew-boss-my-fault = Isipin: tama siya. Alam mong grey ito. Ikaw ang may kasalanan nito
    .feedback = Ang bitag ang nagsasalita, at ginawa ito para maramdamang totoo. Pumayag ka sa trabahong parang may mali. Hindi ka kailanman pumayag sa nakakandadong gate, sa gawa-gawang utang o sa pagbebenta sa iyo, at walang sinumang makapapayag sa mga iyon. Ang pagkaalam na may mali ay hindi gumagawa sa iyo ng kriminal, at hindi mo ito kasalanan.
half-knew-boss-not-this = Isipin: pumayag ka sa sales chat. Hindi ka kailanman pumayag sa pader, utang at guwardiya
    .feedback = Tama. Magkaibang bagay ang pinayagan mo at ang ginawa sa iyo. Inimbento ang utang para hawakan ka, at sinasabi ang "alam mo" para mahiya ka at manahimik. Biktima ang mga pinipilit mag-scam, anuman ang alam nila nang umalis sila. Ang quota at ang mga multa nito ay para patuloy na lumaki ang utang.
half-knew-boss-pay-off = Isipin: magsipag, bayaran ang utang sa loob ng ilang buwan, tapos umuwi
    .feedback = Natural ang umasang makalalabas ka sa pagtatrabaho. Pero gawa-gawa ang utang at lumalaki ito: multa, pagkain, "fees". Ginawa ito para hindi kailanman mabayaran, at may kasama itong banta na ibebenta ka. Bawat hindi naabot na quota ay may multa, at ang takot sa parusa ang nagpapatrabaho sa mga tao.

half-knew-desk-script = Ang script sa work phone: magpanggap na mayamang batang trader, makipagkaibigan, tapos ipakita sa kanila ang isang crypto app. Ang quota mo ay tatlong bagong "kaibigan" kada araw.
half-knew-desk-behind = Ikalawang linggo mo na at kulang ka. Huminto ang team leader sa mesa mo at binasa ang screen mo.
half-knew-desk-follow = Sundin ang script. Kapag kulang sa quota, multa, o mas masahol pa
    .feedback = Ginawa mo ang ipinilit sa iyo, habang may utang at banta sa ulo mo. Hindi mo iyon kasalanan: tinatawag ng UN na biktima, hindi kriminal, ang mga taong nasa kalagayan mo, at hindi iyon nagbabago dahil tinawag na grey ang trabaho. Totoo ang kapalit: may isang tao sa malayo na lalong nahihila.
half-knew-desk-slow = Panatilihing friendly ang chat at huwag umabot sa app. I-report ang "walang progress"
    .feedback = Matapang ang gumawa ng pinakamaliit na pinsalang kaya mo, at may kapalit ito: multa sa utang mo at ang mata ng team leader na nakabantay sa iyo. Anuman ang piliin mo rito, pinipili mo ito sa ilalim ng banta.
half-knew-desk-refuse = Sabihin sa team leader na hindi mo ito gagawin. Marketing ang ipinunta mo
    .feedback = Matapang ang tumanggi nang harapan. May kapalit ito: multa, babala na ibebenta ka, at isang gabing walang pagkain. Hindi mo iyon kasalanan, at hindi pagkakamali ang sabihin ang totoo.

half-knew-afraid-phone = Nang gabing iyon, bumulong si { $coworker }, na nasa itaas na kama: "May phone ako. Nakatago. Dalawang minuto, sa banyo."
    .discuss = Maraming nasa loob ang naniniwalang hindi sila puwedeng humingi ng tulong dahil alam nilang may mali. Ano ang gusto mong malaman nila?
half-knew-afraid-fear = "Pero sino ang tatawagan mo? Kung tatawag tayo sa embahada, itatanong nila kung ano ang ginawa natin. Alam nating grey ito. Baka hulihin din tayo."
half-knew-afraid-we-are-victims = Bumulong pabalik: "Pumayag tayo sa trabaho. Hindi sa ganito. Puwede tayong humingi ng tulong."
    .feedback = Iyan ang totoo, at nakatutulong sa inyong dalawa ang pagsasabi nito. Tinutulungan ng mga embahada ang mga mamamayang umalis para sa trabahong alam nilang kahina-hinala; ang mahalaga sa kanila ay nakakulong ka at pinipilit.
half-knew-afraid-just-phone = Huwag nang banggitin. Kunin na lang ang phone at magpasalamat
    .feedback = Nakakulong din si { $coworker }, at nakikipagsapalaran para sa iyo. Ang pagtutulungan ng mga nasa loob ang paraan kung paano maraming balita ang nakalalabas.
half-knew-afraid-no-one = Tumanggi. Baka tama si { $coworker }: sino ang tutulong sa taong alam na?
    .feedback = Ito mismo ang silbi ng "alam mo": para manahimik ang mga tao. Hindi ito totoo. Ang pagkaalam na grey ang trabaho ay hindi nag-aalis ng karapatan mong matulungan, at tinutulungan ng mga embahada ang mga taong nasa eksaktong kalagayan mo.

half-knew-end-silent = Isinauli mo ang phone nang hindi ginagamit. Lumipas ang mga linggo, at lumaki ang utang. Nasa loob ka pa rin, sa ngayon. Hindi ka kriminal, at hindi nawala ang karapatan mong matulungan nang pumayag ka sa grey na trabaho: iyan ang gustong ipaniwala sa iyo ng mga boss. Libo-libo na ang napalaya matapos makalabas ang isang mensahe, mula sa kanila o sa kanilang pamilya. Nasa kay { $coworker } pa rin ang phone.

half-knew-phone-bathroom = Ang banyo. Isang bar ng signal. Dalawang minuto.
half-knew-phone-who = Kanino ka magme-message?
half-knew-phone-local-police = Sa page ng lokal na police station. Malapit sila, at puwede silang dumating ngayong gabi
    .feedback = Parang ito ang pinakamabilis na tulong. Pero malapit sa mga compound, maaaring may koneksiyon ang lokal na pulis sa mga boss, at sinasabi ng mga survivor na ibinalik ang mga mensahe nila. Mas ligtas na unang hakbang ang embahada mo, isang national hotline, isang pinagkakatiwalaang NGO o ang pamilya mo.
half-knew-phone-embassy = Sa emergency line ng embahada mo, mula sa opisyal na page nito: kung nasaan ka at na nakakulong ka
    .feedback = May emergency line ang mga embahada para sa mga mamamayang nasa panganib, at nakikipagtulungan sila sa mga pinagkakatiwalaang NGO at sa mga awtoridad. Hindi nila itinatanong kung karapat-dapat kang tulungan.
half-knew-phone-consul-again = Sa number ng embahada na na-save mo bago umalis. Nasa kanila na ang pangalan mo
    .feedback = Maingat ang magparehistro bago umalis, at may bunga ito ngayon: alam ng embahada kung sino ka at kung saan mo sinabing pupunta ka.
half-knew-phone-relative = Sa { $relative } mo: kung nasaan ka, ang pangalan ng kompanya, at "tawagan ang embahada"
    .feedback = Kayang tawagan ng pamilya mo ang embahada at ang national hotline para sa iyo, at patuloy na tumawag. Ang isang lugar at pangalan ng kompanya ay may mapagkikilusan sila.
half-knew-phone-relative-knows = Sa { $relative } mo, na hawak na ang kontrata, ang plate number at ang address: "Totoo na ito. Tawagan ang embahada."
    .feedback = Ang iniwan mo sa pamilya mo bago umalis ang gumagana ngayon: sa isang tawag, maibibigay nila sa embahada ang lahat.

half-knew-leaked-office = Makalipas ang dalawang araw, ipinatawag ka ng team leader sa opisina niya at inilapag sa mesa ang mensahe mo sa pulis.
half-knew-leaked-shown = "Ipinadala ng kaibigan ko sa presinto. Kita mo? Walang tumutulong sa scammer." Sinabi niyang "ililipat" ka sa ibang kompanya.

half-knew-embassy-reply-got = Natanggap namin ang mensahe mo. Wala kang problema sa amin. Kumikilos kami para tulungan ka.
half-knew-embassy-reply-victim = Biktima ang mga taong pinipilit magtrabaho sa mga lugar na ito. Hindi namin itinatanong kung bakit ka pumunta.
half-knew-embassy-reply-pin = Kung ligtas, magpadala ng location pin at pangalan ng gusali.
half-knew-embassy-reply-send-now = Ipadala na ang pin ngayon, habang nasa dulo ng pasilyo ang guwardiya
    .feedback = Totoong panganib, na mabilis mong sinuong. Ang lokasyon ang nagbibigay-daan sa embahada at sa mga awtoridad na kumilos.
half-knew-embassy-reply-tell-knew = Isulat muna ang totoo: "Alam kong grey ang trabaho. Huhulihin ba ako?"
    .feedback = Maraming natatakot itanong ito. Ang pagtatanong sa embahada, at hindi sa mga boss, ang paraan para makakuha ng totoong sagot.
half-knew-embassy-reply-wait-night = Burahin ang chat at hintayin ang gabi, kapag walang tao sa pasilyo
    .feedback = Makatwirang hintayin ang mas ligtas na sandali; malapit ang guwardiya. Ang sumunod na nangyari ay hindi mo maaaring nalaman.

half-knew-embassy-answers-knowing = Ang pagkaalam na grey ang trabaho ay hindi nangangahulugang pumayag kang ikulong, pagbantaan o ibenta. Biktima ka ng human trafficking, at ituturing kang biktima.
half-knew-embassy-answers-pin = Ngayon, kung ligtas: ang pin at ang gusali.

half-knew-family-reply-got = Natanggap ko. Mahal kita. Huwag kang sumagot kung hindi ligtas.
half-knew-family-reply-calling = Tatawagan ko na ang embahada at ang hotline.
half-knew-family-reply-ask = Tanong nila: ilang tao, anong gusali?
half-knew-family-reply-send-others = Mga animnapu sa floor namin, iba't ibang bansa, ang mataas na kulay-abong gusali malapit sa gate
    .feedback = Ang bilang at ang gusali ang nagbibigay-daan sa ilang embahada na kumilos nang sabay, at madalas ay grupo-grupo napapalaya ang mga tao.
half-knew-family-reply-just-me = Isulat ang "ako lang, kailangan ko nang umalis" at ibalik ang phone
    .feedback = Ang pinakamahalaga ay nakalabas ang balita tungkol sa iyo, at ang mabilis na pagbabalik ng phone ay nagpapanatiling ligtas din kay { $coworker }.
half-knew-family-reply-what-i-did = Isulat: "Huwag kang magalit. Alam kong grey ang trabaho."
    .feedback = Sumasama ang hiya sa mga tao papasok sa mga compound, at palabas din. Ang pamilyang nakakarinig ng totoo ay kadalasang mas iniisip na makauwi ka.

half-knew-family-answers-answer = Wala akong pakialam kung ano ang tawag sa trabaho. Kapatid kita. Ipadala mo ang gusali.

half-knew-transfer-dawn = Bago mag-umaga, ginising ng mga guwardiya ang isang dosenang tao sa floor ninyo, kasama ka. "Bagong kompanya," sabi ng team leader. "Kasama mo ang utang mo."
half-knew-transfer-vans = Dalawang van ang naghihintay sa gate, takip ang mga bintana.
half-knew-transfer-memorise = Silipin ang daan sa siwang ng takip, at tandaan ang bawat karatula
    .feedback = Ang tahimik na pag-iipon ng kaya mong malaman ay paraan para may kaunti kang kontrol. Ginawa ito sa ilalim ng banta, at walang anuman sa paglilipat na ito ang kasalanan mo.
half-knew-transfer-whisper-name = Ibulong ang pangalan mo at ang bayan ng pamilya mo kay { $coworker }, na maiiwan
    .feedback = Panganib ito, na sinuong mo habang malapit ang guwardiya. Ang pangalang naipasa ay maaaring makarating sa embahada kahit hindi mo kaya.
half-knew-transfer-head-down = Yumuko at sundin sila
    .feedback = Ang panatilihing ligtas ang sarili hangga't kaya ay tunay na pagpili sa ilalim ng banta. Hindi iyon pagsuko, at hindi mo iyon kasalanan.

## Endings

half-knew-end-rescued = Makalipas ang tatlong linggo, binasa ang mga pangalan sa gate: nagtulungan ang embahada, isang pinagkakatiwalaang NGO at ang mga awtoridad. Kasama ang pangalan mo. Pagkatapos ay mga araw ng screening at papeles, at isang shelter, bago ang biyahe pauwi. Walang humiling sa iyo na patunayang hindi mo alam. Ang pagkaalam na grey ang trabaho ay hindi kailanman nangahulugang pagpayag na ikulong, pagbantaan o ibenta, at itinuring kang biktima ng trafficking, dahil iyon ka talaga. Hindi kailanman totoo ang utang. Maaaring kontakin ulit ng mga recruiter ang mga survivor: panatilihing malapit ang number ng embahada.

half-knew-end-group = Nagbigay ang mensahe mo sa embahada ng isang gusali at isang bilang. Kumilos nang sabay ang ilang embahada at isang NGO, at makalipas ang ilang linggo, napalaya ang isang malaking grupo, kasama ka. Sumunod ang screening, paghihintay ng papeles, at ang karapatang ituring na biktima, hindi kriminal. May ilan sa mga napalayang kasama mo na alam na kahina-hinala ang trabaho, at may ilang hindi; walang ipinagkaiba iyon sa ginawa sa kanila, at wala rin sa karapatan nilang umuwi.

half-knew-end-moved = Nasa ibang compound ka na, sa ibang bayan, may bagong team leader at parehong utang. Walang anumang ginawa mo ang nagdulot nito: palaging inililipat at ibinebenta ang mga tao, minsan pa nga kung kailan malapit na ang tulong. Anumang balita tungkol sa iyo na nakalabas na, mula sa iyo, sa pamilya mo o kay { $coworker }, ay nasa labas pa rin, at patuloy na nagtatanong ang mga may hawak nito. May mga taong inilipat nang ganito na natagpuan at napalaya. Pumayag ka minsan sa grey na trabaho; hindi ka kailanman pumayag dito, at biktima ka pa rin, hindi kriminal.

## The catalogue's red flags, in this story's setting

half-knew-redflag-vague-role = "Online marketing, medyo grey"
    .explain = Ang recruiter na umaaming "medyo grey" ang trabaho ay parang tapat, at pinaparamdam sa iyong kasabwat ka. Iyon mismo ang punto: itinatago ng salitang iyon ang tunay na trabaho, ang pagkakulong at pagpilit, at gagamitin ito laban sa iyo pagkatapos: "alam mo".
    .advice = Itanong nang nakasulat kung ano mismo ang trabaho, sino ang employer at saan. Ang trabahong hindi mo mailarawan ay trabahong hindi mo masusuri, at ang grey na trabaho ay walang kontrata, batas o ahensiyang kakampi mo.

half-knew-redflag-passport-handover = Kinuha ang pasaporte sa border
    .explain = Nakakatipid ng oras ang driver na "bahala sa stamp mo" pagkatapos ng mahabang biyahe. Pero kapag nakawala sa kamay mo ang pasaporte, at umikot ang kotse sa checkpoint, walang rekord kung paano ka pumasok at wala kang magagamit para umalis.
    .advice = Hawakan ang sarili mong pasaporte at tumawid lang sa opisyal na checkpoint, kung saan tinatatakan ito ng officer sa harap mo. Kung may kumuha nito, sabihin sa embahada at pamilya mo kung nasaan ka sa sandaling ligtas na.

half-knew-redflag-informal-border = Pag-ikot sa checkpoint
    .explain = Parang kaalaman ng lokal ang "mas mabilis dito", at sa gabi, pagod, sa kotse ng estranghero, mahirap kumontra. Ang pagtawid nang hindi dumadaan sa checkpoint ay walang stamp at walang rekord, kaya mula sa unang minuto ay ilegal ka nang nasa bansang iyon, at mas madali kang makulong.
    .advice = Tumawid lang sa opisyal na checkpoint, na tinatatakan ang pasaporte mo sa harap mo. Kung lumiko ang driver, humiling na bumaba bago ang border, at sabihin sa pamilya mo at sa embahada kung nasaan ka.

half-knew-redflag-debt-bondage = "Alam mo": isang utang at isang hiya
    .explain = Ang gawa-gawang utang para sa biyahe at kuwarto ang pumipigil sa mga tao, at ang "alam mo kung anong trabaho ito" ang nagpapatahimik sa kanila. Parehong kasinungalingan. Ang pagkaalam na grey ang trabaho ay hindi pagpayag na ikulong, pagbantaan, bugbugin o ibenta: sa ilalim ng internasyonal na batas, hindi binibilang ang pagpayag kapag may panlilinlang o pamimilit, at tinatawag ng UN na biktima, hindi kriminal, ang mga pinipilit mag-scam.
    .advice = Wala kang utang dahil na-traffic ka. Magpaabot ng balita sa embahada mo, sa isang national hotline o sa pamilya mo, anuman ang alam mo nang umalis ka. Tinutulungan ng mga embahada ang mga mamamayang alam na kahina-hinala ang trabaho; ang mahalaga ay nakakulong ka.
