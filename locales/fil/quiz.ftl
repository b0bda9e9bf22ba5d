# Machine-drafted translation: needs review by a native speaker.
# The discernment quiz: each item as the player sees it (quiz-<id>), a short name for it (.title), where it appears
# (.source), and why it is genuine or which warning signs it shows (.explain). See locales/en/quiz.ftl.

## Adverts

quiz-ad-electrician-nz = Ang Tui Build Ltd sa Auckland, New Zealand, ay nangangailangan ng 3 rehistradong electrician na may 3+ taon sa mga commercial site 🔌 NZ$36-42 kada oras, 40 oras kada linggo. Accredited employer kami, kaya sinusuportahan namin ang work visa mo. Video interview kasama ang aming site manager; ikaw ang bibili ng sarili mong tiket. Sarado ang aplikasyon ngayong Biyernes.
    .title = Mga electrician para sa Auckland
    .source = Isang advert sa job website
    .explain = Mataas ang sahod, pero normal ito para sa skilled na trabaho sa New Zealand, at may hinihinging karanasan. May pangalan ang employer, may totoong interview at work visa, at hindi nito ipinapangakong sasagutin ang lahat.

quiz-ad-factory-taiwan = 📢 Hiring na: 40 machine operator para sa isang electronics factory sa Taoyuan, Taiwan. Basic pay na NT$29,500 kada buwan (minimum wage ng Taiwan) at bayad na overtime, 3 taong kontrata, ang employer ang mag-aayos ng work permit. Lalaki at babae, 20-38. Walk-in interview ngayong Sabado, 9am-3pm, sa opisina ng aming ahensya: Unit 5, Garden Plaza, Station Road.
    .title = Trabaho sa pabrika sa Taiwan
    .source = Post sa Facebook ng isang ahensya
    .explain = Trabaho sa pabrika na may legal na minimum wage ng Taiwan para sa 2026, karaniwang haba ng kontrata roon, work permit, at opisinang mapupuntahan mo. Maraming totoong ahensya ang nagpo-post sa Facebook; ang mahalaga ay may pangalan ang ahensya na mapupuntahan at masusuri mo.

quiz-ad-hotel-dubai = Kailangan ng housekeeping attendant para sa Al Noor Creek Hotel, Dubai ✨ AED 1,600 kada buwan, may shared na tirahan ng staff, pagkain, sasakyan at medical insurance. Ayon sa batas ng UAE, ang hotel ang magbabayad ng visa, flight at gastos sa recruitment mo. 2 taong kontrata, buong ipapadala sa iyo bago ka pumirma. Online na interview sa HR ng hotel, 10-14 Marso.
    .title = Housekeeping sa hotel sa Dubai
    .source = Post sa Instagram ng isang recruitment agency
    .explain = Puwedeng totoo ang bayad na flight at tirahan: sa batas ng UAE, ang employer ang nagbabayad ng recruitment, at normal ang sahod para sa trabaho. May pangalan ang hotel, malinaw ang trabaho, may totoong interview at nauuna ang buong kontrata.

quiz-ad-cousin-dubai = Uy, ang boss ng kaibigan ko sa Dubai ay nangangailangan ng 4 na tao para sa hotel IT support, walang experience na kailangan, at sagot nila lahat 🙏 Kilala ko siya, legit siya, isang taon nang nagtatrabaho roon ang kaibigan ko. Maganda ang sahod, higit doble sa kinikita natin dito. Puwede ko bang ibigay ang number mo? Kailangan niya ng pangalan bago mag-Biyernes.
    .title = Tip ng pinsan mo tungkol sa Dubai
    .source = Mensahe mula sa pinsan mo
    .explain = Parang ligtas ang alok mula sa taong pinagkakatiwalaan natin, at baka naniniwala rin dito ang pinsan mo. Pero ang malabong "hotel IT" na trabaho na walang kailangang experience, sagot lahat at walang pangalan ng employer ay may parehong babala kahit sino pa ang nagpasa nito.

quiz-ad-marketing-tiktok = Lumalaki kami! Sumali sa aming international team sa Bangkok bilang Digital Marketing Executive 🌏 40,000 baht kada buwan at performance bonus, buong training, kailangan ang English, walang experience na kailangan. May visa support at shared condo malapit sa opisina. Magsisimula ang interview sa susunod na linggo; ipadala ang CV mo sa link sa aming bio.
    .title = Marketing team sa Bangkok
    .source = Job advert sa TikTok
    .explain = Mukhang propesyonal, pero walang pangalan ng kumpanya, walang address at walang totoong paglalarawan ng trabaho, "digital marketing" lang para sa kahit sino. Karaniwang daan papunta sa mga scam compound ang ganitong advert sa social media.

quiz-ad-support-cambodia = Kailangan ng customer service staff (English chat) sa Sihanoukville, Cambodia. USD 1,300 kada buwan, may training, walang experience na kailangan, sapat na ang basic English. Sagot ng kumpanya ang flight, visa, tirahan at pagkain mo. Interview sa Telegram ngayong linggo: ipadala ang CV mo at isang bagong litrato, at sasagot ang aming HR team.
    .title = Chat support sa Cambodia
    .source = Job post sa Facebook
    .explain = Sahod na mas mataas kaysa sa lokal na rate para sa trabahong walang kailangang experience, sagot lahat, at "interview" sa chat. Walang pangalan o address ng kumpanya na mahahanap. Ang Sihanoukville ay isa sa mga lugar kung saan may mga scam compound na bumibihag ng manggagawa.

quiz-ph-ad-household-riyadh = 🇵🇭 Hiring: household service workers para sa mga pamilya sa Riyadh. SAR 1,500 kada buwan, sariling kuwarto, pagkain, isang rest day kada linggo, 2 taong kontrata. Walang placement fee, ayon sa patakaran para sa mga domestic worker. Mag-apply sa opisina namin: 3/F Lanuza Building, Ermita, Manila. Dalhin ang passport mo para makopya; susunod ang medical at PDOS.
    .title = Trabahong kasambahay sa Riyadh
    .source = Post sa Facebook ng isang lisensyadong ahensya
    .explain = Ang SAR 1,500 ang minimum na itinakda ng Pilipinas para sa mga household worker sa Saudi Arabia, at bawal silang singilin ng placement fee. May opisinang mapupuntahan at ang mga hakbang na dinaraanan ng bawat manggagawa (medical, PDOS).

quiz-ph-ad-boutique-dubai = Naghahanap ng sales associate para sa isang boutique sa mall sa Dubai 🛍️ AED 4,500 kada buwan at commission. Direct hire: walang ahensya, walang mahabang processing. Aalis ka sa visit visa sa loob ng 2 linggo at papalitan ito ng employer ng work visa doon. Limitado ang slot; mag-message kay Ma'am Joy para sa listahan ng requirements.
    .title = Sales sa boutique sa Dubai
    .source = Job post sa Facebook
    .explain = "Direct hire" na walang ahensya, at pag-alis sa visit visa na papalitan daw mamaya, ay lumalaktaw sa bawat hakbang na nagpoprotekta sa manggagawang aalis ng Pilipinas. Kung walang work visa at verified na kontrata, wala kang legal na katayuan doon.

## Recruiter messages

quiz-rec-careworker-japan = Hello, si Lan ito mula sa Sakura Bridge Recruitment. Pumasa ka sa unang interview namin para sa trabahong care worker sa Osaka, sa ilalim ng Specified Skilled Worker visa ng Japan. Mga ¥190,000 kada buwan bago ang buwis. Susunod: ang Japanese language test at ang care skills test; ipapadala namin ang mga petsa. Mga 6 na buwan ang training bago umalis.
    .title = Care work sa Osaka
    .source = Text mula sa isang ahensya
    .explain = May tunay na visa program at ang tunay na mga hakbang nito (language test at skills test), normal na sahod para sa trabaho, at ilang buwang training bago bumiyahe ang sinuman. Wala pang hinihingi sa iyo kundi kumuha ng mga test.

quiz-rec-contract-riyadh = Congratulations sa pagpasa mo sa interview sa Wadi Sahra Medical Centre. Nakalakip ang kontrata mo: staff nurse, Riyadh, SAR 6,500 kada buwan, 2 taon, tirahan at flight na sagot ng employer, walang bayad mula sa iyo. Basahin itong mabuti at sumagot bago mag-20 Mayo kung tatanggapin mo, para masimulan namin ang work visa mo.
    .title = Kontrata ng nurse para sa Riyadh
    .source = Email mula sa isang ahensya
    .explain = Nakasulat na kontrata na may trabaho, lugar at sahod bago ang lahat, normal na sahod para sa nurse, at work visa. Totoo ang deadline pero makatwiran, at wala kang ibang hinihingi kundi sagot.

quiz-rec-developer-kl = Hi, nakita ko ang CV mo sa site na ito. Naghahanap ang Meranti Software sa Kuala Lumpur ng Java developer, MYR 9,000-11,000 kada buwan. Nakalakip ang job description at ang website nila. Susunod: dalawang video interview sa kanilang tech team, tapos nakasulat na offer at Employment Pass. Makakasagot ka ba bago mag-Huwebes?
    .title = Trabahong developer sa Kuala Lumpur
    .source = Mensahe sa job website
    .explain = Dumating ito nang hindi mo hinihingi at mataas ang sahod, pero normal ito para sa skilled na trabahong tugma sa CV mo. May pangalan ang kumpanya, may job description, at may totoong interview, nakasulat na offer at tamang work pass.

quiz-rec-fee-dubai = Magandang hapon, Ms Reyes. Na-shortlist ang aplikasyon mo para sa warehouse assistant sa Dubai. Para ma-reserve ang puwesto mo, pakipadala ang processing fee na USD 1,150 bago mag-Huwebes. Ibibigay sa iyo ang employment contract pagdating mo sa Dubai. Nasa ibaba ang bank details namin; inaasahan namin ang pagdating mo.
    .title = Warehouse post sa Dubai
    .source = Email mula sa isang recruiter
    .explain = May bayad bago ka pa magkatrabaho, deadline sa pagbabayad, at walang kontrata hangga't hindi ka dumarating. Kung walang nakasulat na kontrata, wala kang panghahawakan sa recruiter; at sa UAE, ang employer, hindi ang manggagawa, ang nagbabayad ng recruitment.

quiz-rec-location-maesot = Good news, pumasa ka sa typing test! Isang maliit na pagbabago: puno na ang opisina namin sa Bangkok, kaya sa branch namin malapit sa Mae Sot ka magtatrabaho, parehong sahod at parehong team. Susunduin ka ng driver namin sa airport at dadalhin ka sa kabila ng ilog papunta sa opisina. Pakipadala ang flight details mo kapag meron na.
    .title = Pagbabago ng opisina
    .source = Mensahe sa Telegram mula sa isang recruiter
    .explain = Hindi totoong interview ang typing test, at nagbago ang lugar ng trabaho pagkatapos mong pumayag. Ang kabila ng ilog mula Mae Sot ay Myanmar: ang maihatid sa border nang hindi dumaraan sa immigration ang paraan kung paano dinadala ang maraming tao sa mga scam compound.

quiz-rec-polished-visa = Dear Applicant, salamat sa pagkumpleto ng aming assessment. Ikinagagalak ng Velmora Global Services Ltd (Reg. No. 2019/448213) na ialok sa iyo ang posisyong Client Relations Officer sa Phnom Penh. Para mapabilis, papasok ka gamit ang tourist visa; papalitan namin ito ng work permit pagdating mo.
    .title = Alok na client relations
    .source = Email mula sa isang recruiter
    .explain = Madaling pekein ang magandang grammar at registration number. Ang totoong trabaho sa abroad ay may work visa bago ka bumiyahe; ang pagtatrabaho sa tourist visa ay nag-iiwan sa iyo nang walang legal na katayuan o proteksyon.

quiz-ph-rec-factory-taichung = Hi Ms Santos, si Carla ito mula sa Luzon Overseas Manpower. Good news: tinanggap ka ng pabrika sa Taichung bilang machine operator, NT$29,500 kada buwan at overtime, 3 taon. Ang medical mo ay sa Martes sa St. Jude Clinic; pagkatapos ay ifa-file namin ang visa mo at ibu-book ang PDOS mo. Handa na ang kontrata mo na mababasa mo sa opisina namin.
    .title = Trabaho sa pabrika sa Taichung
    .source = Text mula sa isang ahensya
    .explain = Minimum wage ng Taiwan, karaniwang haba ng kontrata, at ang mga hakbang na dinaraanan ng bawat Pilipinong manggagawa (medical, visa, PDOS). Naghihintay ang kontrata sa opisinang mapupuntahan mo, bago ka umalis.

quiz-ph-rec-airport-script = Hi, confirmed na ang trabaho mo sa Bangkok 🙂 Para iwas mahabang processing, bibiyahe ka bilang turista. Kung magtanong ang immigration, sabihin mong bibisitahin mo ang pinsan mo nang isang linggo at ipakita ang return ticket na ibu-book namin. Susunduin ka ng staff namin sa gate sa Bangkok. Sa atin na lang muna ito.
    .title = Travel tips para sa trabaho sa Bangkok
    .source = Mensahe sa Messenger mula sa isang recruiter
    .explain = Sinasabihan ka kung ano ang sasabihin sa immigration, na bumiyahe bilang turista para sa trabaho, at na ilihim ito. Hindi kailangan ng totoong employer na magsinungaling ka sa airport; ang mga tanong doon ay para pigilan ang trafficking.

quiz-id-rec-carer-taichung = Magandang hapon, Ms Sari, si Dewi ito mula sa PT Karya Mandiri Sejahtera, isang lisensyadong placement company (P3MI). Pinili ka ng pamilya sa Taichung bilang tagapag-alaga ng matanda. Sa ilalim ng zero-cost rule para sa mga caregiver, wala kang babayarang placement fee. Pakidala ang ID card, family permission letter at medical result mo sa opisina namin sa Malang sa Lunes.
    .title = Pag-aalaga ng matanda sa Taichung
    .source = Text mula sa isang ahensya
    .explain = Lisensyadong kumpanya, patakarang talagang umiiral (hindi puwedeng singilin ng placement cost ang mga caregiver at iba pang household worker), at ang mga dokumentong hinihingi ng batas, gaya ng family permission letter, na dadalhin sa isang opisina.

quiz-id-rec-callcentre-batam = Hi, kailangan ng isang call centre sa Phnom Penh ng Indonesian staff: 12 milyong rupiah kada buwan, walang experience, libreng tirahan 😊 Hindi na kailangang magparehistro bilang migrant worker, matagal iyon. Lilipad ka sa Batam, tatawid sa Singapore bilang turista, at ang kumpanya ang mag-aayos ng work permit mo roon. Handa na ang tiket para sa susunod na linggo.
    .title = Call centre sa Phnom Penh
    .source = Mensahe sa WhatsApp mula sa di-kilala
    .explain = Mataas na sahod nang walang experience, rutang umiiwas sa pagpaparehistro bilang migrant worker, at pagpasok bilang turista para sa trabaho. Ang pag-ikot sa opisyal na proseso ay nag-aalis ng lahat ng proteksyon, at kilalang destinasyon ng mga scam compound ang Phnom Penh.

quiz-vn-rec-eps-korea = Hello Mr Tuan, congratulations: pumasa ka sa EPS-TOPIK Korean test 🎉 Papasok na ang file mo sa pool para sa mga trabaho sa manufacturing sa Korea. Kapag pinili ka ng employer, ang sahod ay hindi bababa sa minimum wage ng Korea (mga 2.16 milyong won kada buwan, full time), at pipirma ka ng standard na kontrata bago ang visa mo. Skills test: 14 Abril.
    .title = Employment permit ng Korea
    .source = Text mula sa Centre of Overseas Labour
    .explain = Ang Employment Permit System ay pinapatakbo ng dalawang gobyerno: Korean test, skills test, legal na minimum wage at standard na kontrata bago ang visa. Walang kailangang broker at walang malaking bayad na hinihingi.

quiz-vn-rec-deposit-japan = Hello Mr Tuan, may 6 na puwesto kami sa isang food factory sa Aichi, Japan, ¥250,000 kada buwan, hindi kailangan ng Japanese, aalis sa loob ng isang buwan. Para ma-hold ang puwesto mo, magbayad ng deposit na 180 milyong dong ngayong linggo. Pipirmahan ang labour contract sa kumpanya sa Japan. Marami na kaming naipadalang manggagawa.
    .title = Food factory sa Aichi
    .source = Mensahe sa Zalo mula sa isang broker
    .explain = Napakalaking deposit para ma-hold ang puwesto, sahod na mas mataas kaysa sa karaniwan sa ganitong trabaho, walang language training, at walang kontrata hangga't hindi ka dumarating. Sa batas, ang service fee ay hanggang isang buwang sahod kada taon ng kontrata, at sinisingil lamang pagkatapos mapirmahan ang kontrata.

quiz-in-rec-welder-jubail = Ang Sharma Overseas Manpower (registered recruiting agent, RC B-2187/MUM/PART/1000+/5/9930/2021) ay pumipili ng mga pipe welder para sa isang refinery project sa Jubail, Saudi Arabia: SAR 2,200 kada buwan, pagkain at tirahan mula sa employer. Trade test sa Mumbai sa 12 Mayo. Service charge na ₹20,000 at GST, may resibo.
    .title = Mga welder para sa Jubail
    .source = Advert sa dyaryo mula sa isang agent
    .explain = Registration number na mahahanap, trade test para sa skilled na trabaho, normal na sahod, at service charge na mas mababa sa legal na limitasyon na ₹30,000 (at GST), may resibo.

quiz-in-rec-data-bangkok = Hello, nakuha namin ang profile mo sa isang job portal. Kailangan ng isang digital company sa Bangkok ng data entry staff: ₹1.2 lakh kada buwan, libreng pagkain at tirahan, basic English at typing lang. Ang interview ay maikling chat sa WhatsApp ngayon. Puwede kang bumiyahe sa visa on arrival; susunduin ka ng team namin sa airport.
    .title = Data entry sa Bangkok
    .source = Mensahe sa WhatsApp
    .explain = Napakataas na sahod para sa simpleng trabaho, "interview" sa chat, at pagpasok bilang turista para sa trabaho. Nagbabala ang gobyerno ng India na humahantong ang ganitong alok sa mga scam compound sa Myanmar, Laos at Cambodia.

## Messages from strangers

quiz-msg-dating-meet = Nag-enjoy talaga ako sa kuwentuhan natin ngayong linggo 😊 Gusto mo bang magkape sa Sabado ng hapon, sa café malapit sa library? O maikling video call muna kung mas gusto mo; ikaw ang bahala. Libre ako pagkatapos ng 3, at alam kong masarap ang mango cake ng may-ari.
    .title = Kape sa Sabado
    .source = Mensahe sa dating app
    .explain = Ang taong nagmumungkahing magkita sa pampublikong lugar, na ikaw ang pinapapili at walang hinihingi, ay gumagawa ng iniiwasan ng mga romance scammer. Nakakatulong ang video call, kahit puwedeng pekein ang video; ang pinakamahalaga ay walang pera o tip na kasama kailanman.

quiz-msg-wallet-found = Hello, nawalan ka ba ng wallet? May nakita ako sa central bus station na may business card mo, at isinuko ko ito sa opisina ng istasyon, counter 2. Makukuha mo ito roon gamit ang ID mo hanggang 8pm tuwing weekdays. Hindi mo na kailangang sumagot, gusto ko lang ipaalam sa iyo.
    .title = Nawalang wallet
    .source = Text mula sa di-kilalang numero
    .explain = Hindi kilala ang numero, pero walang hinihingi ang mensahe: walang pera, walang link, walang chat. Ipinapadala ka nito sa isang pampublikong opisina kung saan ipapakita mo ang sarili mong ID.

quiz-msg-wrong-number-sorry =
    Hi Dara, 7 pa rin ba ang dinner? Na-book ko na ang mesa sa tabi ng bintana 🙂
    (Sagot mo: "Sorry, wrong number.")
    Naku, sorry talaga! Mali siguro ang pagka-save ko ng number. Sana hindi kita naabala. Magandang gabi.
    .title = Booking ng dinner
    .source = Text mula sa di-kilalang numero
    .explain = Nangyayari talaga ang wrong number. Humihingi ng tawad ang taong ito, tumitigil at walang hinihingi; ang babala ay ang estrangherong patuloy na nakikipag-chat matapos mong sabihing wrong number.

quiz-msg-dating-telegram = Hindi pa ako naging ganito kalapit sa kahit sino nang ganito kabilis 😊 Lagi akong nala-log out sa app na ito, puwede ba tayong mag-usap sa Telegram? Sira ang camera ng luma kong phone, pero tatawagan kita nang maayos pagbalik ko mula sa barko sa susunod na buwan. Kuwentuhan mo pa ako tungkol sa araw mo.
    .title = Match na nagtatrabaho sa barko
    .source = Mensahe sa dating app
    .explain = Malalim na damdamin nang napakabilis, mabilis na paglipat sa ibang app, at dahilan para hindi mag-video. Magkakasama, karaniwan ito sa romance scam, na madalas nauuwi sa "investment".

quiz-msg-social-nurse = Hi, nakita ko ang comment mo sa travel group at gusto kong mag-hello, mukha kang napakabait! Nurse ako sa Toronto. Hindi ako gaanong gumagamit ng Facebook, puwede ba tayong mag-chat sa WhatsApp? Tinuruan ako ng tito ko ng gold trading noong isang taon at binago nito ang buhay ko.
    .title = Nurse mula sa travel group
    .source = Mensahe sa Facebook mula sa estranghero
    .explain = Estrangherong nambobola, gustong lumipat agad sa pribadong app, at maagang nagkukuwento ng tagumpay sa trading. Ito ang mga unang hakbang ng scam na pinaghahalo ang pagkakaibigan at investment.

quiz-msg-wrong-number-chatty =
    Hello, si Mr Chen ba ito? Kinukumpirma ko lang ang golf booking natin sa Linggo.
    (Sagot mo: "Sorry, wrong number.")
    Ay, pasensya na, parang ang galang mo! Ako si Linda, may maliit akong wine import business sa Singapore. Puwede ko bang itanong kung taga-saan ka?
    .title = Golf booking
    .source = Di-kilalang numero sa WhatsApp
    .explain = Nagsisimula ito na parang totoong pagkakamali, pero matapos mong sabihing wrong number, patuloy na nakikipag-chat ang tao, pinupuri ka at nagtatanong tungkol sa buhay mo. Maraming romance at investment scam ang nagsisimula nang ganito mismo.

## Investment and money

quiz-inv-bank-card = Bank alert: pinigilan namin ang card payment na US$ 320 sa isang online shop nang 02:14 ngayong araw. Kung hindi ikaw ito, tawagan kami sa numerong nakalimbag sa card mo. Kung ikaw ito, puwede mong subukan ulit ang bayad. Hindi kami kailanman hihingi ng PIN, password o one-time code.
    .title = Pinigilang card payment
    .source = Text mula sa bangko mo
    .explain = Walang link at walang numerong tatawagan: ipinapadala ka nito sa numerong nakalimbag sa sarili mong card, na alam mong totoo. Ang mga alert na may link o humihingi ng code ang dapat pagdudahan.

quiz-inv-bond-friend = Sa wakas, naglagay ako ng ipon sa government bond sa post office: mga 6% kada taon, fixed nang 5 taon 😄 Hindi exciting, pero ligtas. Huwag maglagay ng perang baka kailanganin mo agad, at magtanong ka mismo sa counter, maayos silang magpaliwanag. Baka puwede tayong mag-celebrate sa murang dinner.
    .title = Savings bond ng kaibigan
    .source = Mensahe mula sa kaibigan
    .explain = Kaibigang kilala mo, katamtamang fixed rate mula sa pampublikong institusyon, walang app na ii-install at walang pressure: sinasabihan ka pa nilang magtanong mismo sa counter. Ang mga scam tip ay nangangako ng mabilis at malaking kita sa platform na sila lang ang nakakaalam.

quiz-inv-fraud-refund = Tungkol sa fraud claim na inireport mo sa aming branch noong 3 Marso (ref. FR-20419): aprubado na ito. Ibabalik ang buong halaga sa account mo sa loob ng 10 working days. Wala kang babayaran at walang code na ibabahagi. Kung may tanong ka, pumunta sa kahit anong branch dala ang reference na ito.
    .title = Ang fraud claim mo
    .source = Email mula sa bangko mo
    .explain = Tungkol ito sa claim na ikaw mismo ang gumawa sa sarili mong bangko, at wala itong hinihingi: walang fee, walang code, walang link. Ang mga "recovery" scam ay kumokontak nang hindi hinihingi at gustong may bayad muna.

quiz-inv-crypto-tip = Nagtatrabaho ang tito ko sa isang trading platform at ibinabahagi niya ang tips niya sa pamilya. Kumita ako ng $2,300 ngayong linggo 😄 Magsimula ka nang maliit, kahit $300 ayos lang. Puwede mong i-withdraw ang unang kita mo kinabukasan, para makita mong totoo. Ipapakita ko sa iyo mamayang gabi kung paano.
    .title = Trading tip mula sa bagong kaibigan
    .source = Bagong kaibigan sa WhatsApp
    .explain = Tip mula sa taong nakilala mo online, malaking kita, at maliit na maagang withdrawal "para makita mong totoo". Hinahayaan ka ng mga scammer na maglabas ng kaunti para makuha ang tiwala mo bago ka maglagay ng mas malaki.

quiz-inv-recovery-firm = Kami ay isang lisensyadong fund recovery firm na nakikipagtulungan sa mga international regulator. Natunton ng aming mga investigator ang $31,000 mula sa nawala mong investment sa isang exchange account. Para mabuksan ang kaso mo, kailangan ng refundable fee na 1,500 USDT. Ang case number mo ay RC-88412; available ang team namin tuwing weekdays.
    .title = Fund recovery firm
    .source = Email mula sa isang recovery firm
    .explain = Dumating ito nang hindi mo hinihingi, nagsasabing may koneksyon sa mga regulator, at gusto ng bayad sa crypto muna. Hindi ka sinisingil ng pulis at ng mga regulator para maibalik ang pera mo; ito ay pangalawang scam para sa mga taong nawalan na ng pera.

quiz-inv-withdrawal-tax = Pinoproseso na ang withdrawal mo na 48,300 USDT. Ayon sa international anti-money-laundering rules, kailangang bayaran ang 15% personal income tax (7,245 USDT) bago ilabas ang pondo. Pakikumpleto ang bayad sa loob ng 72 oras para manatiling aktibo ang account mo.
    .title = Withdrawal na naka-hold
    .source = Abiso mula sa isang trading app
    .explain = Ang totoong platform ay kumukuha ng anumang fee mula sa balance mo; hindi nito hinahawakan ang pera mo hanggang magpadala ka ng dagdag. Ang pagbabayad ng "tax" na ito ay kadalasang nauuwi sa isa pang fee, at hindi na kailanman lalabas ang pera.
