# Machine-drafted translation: needs review by a native speaker.
# The discernment quiz: each item as the player sees it (quiz-<id>), where it appears (.source), and why it is
# genuine or which warning signs it shows (.explain, shown only after the quiz that follows a session).
# Ids follow scenarios/quiz.toml. Names, companies, numbers and codes are made up.

## Adverts

quiz-ad-electrician-nz = Hiring ang Tui Build Ltd sa Auckland, New Zealand ng mga registered electrician na may 3+ taong experience: NZ$34-38 kada oras, 40 oras kada linggo. Accredited kaming mag-hire gamit ang work visa, at video interview ang gagawin kasama ang aming site manager. Ikaw ang magbabayad ng sarili mong flight; tutulungan ka naming makahanap ng kuwarto.
    .source = Job ad sa isang job website
    .explain = Mataas ang sahod, pero normal ito para sa isang skilled na trabaho sa bansang iyon, at may hinihinging experience. Nakapangalan ang employer, may totoong interview at work visa, at hindi nito ipinapangakong sagot nila ang lahat.

quiz-ad-factory-taiwan = Kailangan ng 40 machine operator para sa Hsinmei Electronics sa Taoyuan, Taiwan. NT$31,000 kada buwan, 2-taong kontrata, work visa, walang placement fee. Ang aming DMW licence no. ay 087-LB-031525-R: pakisuri ito mismo sa DMW website bago mag-apply.
    .source = Facebook post ng isang agency
    .explain = May pangalan ang employer, normal na sahod sa factory, may work visa, at may license number na ikaw mismo ang pinasusuri. Maraming totoong agency ang nagpo-post sa Facebook; ang mahalaga ay lisensyado ang agency, kaya tama pa ring suriin mo ang lisensya.

quiz-ad-hotel-chiangmai = Hiring: front desk staff sa Baan Saeng Hotel, 42 Soi 9, Chiang Mai. Morning o evening shift, 13,000 baht kada buwan plus service charge. Kailangang marunong ng Thai at basic English. Walk-in interview Lunes hanggang Biyernes, 10:00-16:00, sa aming reception; dalhin ang inyong ID card.
    .source = Facebook post ng isang hotel
    .explain = Nasa Facebook ito, pero lokal na trabaho ito sa isang hotel na may pangalan at address, malinaw ang posisyon at normal ang lokal na sahod. Puwede kang pumunta mismo, makita ang lugar at makilala ang mga tao bago ka pumayag sa kahit ano.

quiz-ad-cousin-dubai = Uy, yung boss ng friend ko sa Dubai, kailangan ng 4 na tao para sa hotel IT support, walang experience na kailangan, at sagot nila lahat. Kilala ko siya, legit siya, isang taon na yung friend ko doon. Pwede ko bang ibigay sa kanya number mo? Kailangan niya ng sagot hanggang Biyernes.
    .source = Mensahe mula sa pinsan mo
    .explain = Parang ligtas ang alok na galing sa taong pinagkakatiwalaan natin, at baka naniniwala rin dito ang pinsan mo. Pero ang malabong trabahong "hotel IT" na walang kailangang experience, sagot na ang lahat, at walang pangalan ng employer ay may parehong mga babala, sino man ang nagpasa nito.

quiz-ad-marketing-tiktok = We're growing! Sumali sa aming international team sa Bangkok bilang Digital Marketing Executive: 40,000 baht kada buwan plus bonus, full training, walang experience na kailangan. Provided ang visa, flights at shared condo; mag-apply sa link sa bio namin.
    .source = Job ad sa TikTok
    .explain = Mukhang propesyonal, pero walang pangalan ng kompanya, walang address at walang totoong job description, "digital marketing" lang at sagot na ang lahat. Ang ganitong job ad sa social media ay karaniwang daan papunta sa mga scam compound.

quiz-ad-typing-cambodia = URGENT HIRING!! Typing job / customer service sa Cambodia: $1,200-1,500 kada buwan, no experience needed, basic English lang. LIBRE ang flight, pagkain, tirahan at visa! Limited slots lang, mag-message na!
    .source = Job post sa Facebook
    .explain = Sahod na mas mataas nang sobra kaysa karaniwan para sa trabahong walang kailangang experience, malabong trabaho, at sagot na nila ang lahat. Wala ring pangalan ng kompanya o address na puwede mong suriin.

## Recruiter messages

quiz-rec-careworker-japan = Hello po, si Lan ito ng Minh An Recruitment, 15 Tran Phu Street. Pumasa po sa unang step ang application ninyo para sa care worker job sa Osaka. Pumunta po kayo sa opisina namin na may dalang kopya ng passport ninyo para sa Japanese test. Walang pagmamadali: 6 na buwan ang training bago may bumiyahe.
    .source = Text mula sa isang agency
    .explain = Nagbibigay ito ng totoong opisinang mapupuntahan mo, malinaw na proseso at panahon para magpasya, at kopya lang ng passport ang hinihingi, hindi ang mismong passport. Masusuri mo ang lisensiya ng ahensiya sa Department of Overseas Labour Management ng Vietnam (bahagi ng Ministry of Home Affairs mula Marso 2025) bago ka umalis.

quiz-rec-contract-riyadh = Congratulations po sa pagpasa ninyo sa interview sa Wadi Sahra Medical Centre. Naka-attach ang inyong kontrata: staff nurse, Riyadh, SAR 7,500 kada buwan, 2 taon. Pakibasa po ito kasama ang pamilya ninyo at i-check ang job order sa DMW bago kayo pumirma. Walang placement fee.
    .source = Email mula sa isang agency
    .explain = May nakasulat na kontrata na nakalagay ang trabaho, ang lugar at ang sahod, may panahon para mag-isip, at pinasusuri ka pa sa gobyerno. Walang itinatago ang recruiter na nagsasabing magsuri ka.

quiz-rec-developer-kl = Hi, nakita ko ang CV mo sa site na ito. Hiring ang Meranti Software sa Kuala Lumpur ng Java developer, MYR 9,000-11,000 kada buwan. Naka-attach ang job description at ang website nila. Next steps: dalawang video interview kasama ang tech team nila, tapos written offer at employment pass.
    .source = Mensahe sa isang job website
    .explain = Dumating ito nang hindi mo hinihingi at mataas ang sahod, pero normal na sahod ito para sa skilled na trabahong tugma sa CV mo. Nakapangalan ang kompanya, may job description, at may totoong interview, nakasulat na offer at tamang work pass.

quiz-rec-fee-dubai = Ma'am, 3 slots na lang po para sa warehouse job sa Dubai! Ipadala na po ngayong araw ang PHP 65,000 na processing fee para ma-lock ang slot ninyo. Ibibigay po ang kontrata pagdating ninyo doon. Huwag po kayong mag-alala, marami na po sa mga applicant namin ang nandoon at masaya.
    .source = WhatsApp message ng isang recruiter
    .explain = May bayad bago ka pa magkatrabaho, pinipilit kang magbayad ngayon din, at walang kontrata hangga't hindi ka dumarating. Kung walang nakasulat na kontrata, wala kang mapanghahawakan laban sa recruiter.

quiz-rec-location-maesot = Good news, pasado ka sa typing test! Isang maliit na pagbabago lang: puno na ang opisina namin sa Bangkok, kaya sa branch namin malapit sa Mae Sot ka magtatrabaho. Parehong sahod. Susunduin ka ng driver namin sa airport at itatawid ka sa ilog papunta sa opisina.
    .source = Telegram message ng isang recruiter
    .explain = Hindi totoong interview ang typing test, at nagbago ang lugar ng trabaho pagkatapos mong pumayag. Myanmar na ang nasa kabila ng ilog mula sa Mae Sot: ganito nadadala ang maraming tao sa mga scam compound, itinatawid sa border sakay ng sasakyan nang hindi dumadaan sa immigration.

quiz-rec-polished-visa = Dear Applicant, salamat sa pagkumpleto ng aming assessment. Ikinagagalak ng Velmora Global Services Ltd (Reg. No. 2019/448213) na ialok sa iyo ang posisyong Client Relations Officer. Para mas mabilis ang processing, tourist visa ang gagamitin mo sa pagpasok; papalitan namin ito ng work permit pagdating mo.
    .source = Email mula sa isang recruiter
    .explain = Madaling pekein ang magandang grammar at ang registration number. Ang totoong trabaho sa abroad ay may work visa na bago ka pa bumiyahe; kapag nagtrabaho ka gamit ang tourist visa, wala kang legal na status o proteksyon.

## Messages from strangers

quiz-msg-dating-meet = Nag-enjoy talaga ako sa chat natin ngayong linggo! Gusto mo bang magkape tayo sa Sabado ng hapon, sa café sa tabi ng library? O kaya maikling video call muna, kung mas gusto mo. Walang pagmamadali, kahit alin.
    .source = Mensahe sa isang dating app
    .explain = Ang taong nagmumungkahing magkita sa pampublikong lugar, nagbibigay sa iyo ng panahon at walang hinihingi ay gumagawa ng iniiwasan ng mga romance scammer. Nakatutulong ang video call, kahit puwedeng pekein ang video; ang pinakamahalaga, walang pera o investment tip kailanman. Matalino pa ring sabihin sa kaibigan kung saan ka pupunta.

quiz-msg-wallet-found = Hello, nawalan ka ba ng wallet? May nakita akong wallet sa central bus station na may business card mo sa loob, at iniabot ko na sa opisina ng istasyon, counter 2. Puwede mo itong kunin doon, dalhin mo lang ang ID mo; hindi mo na kailangang mag-reply.
    .source = Text mula sa unknown number
    .explain = Hindi kilala ang number, pero walang hinihingi ang mensahe: walang pera, walang link, walang chat. Pinapupunta ka nito sa isang pampublikong opisina kung saan ikaw mismo ang magpapakita ng sarili mong ID.

quiz-msg-wrong-number-sorry =
    Hi Dara, 7 pa rin ba ang dinner?
    (Sagot mo: "Sorry, wrong number.")
    Ay, sorry talaga! Mali siguro ang pagka-save ko ng number. Magandang gabi!
    .source = Text mula sa unknown number
    .explain = Talagang may nagkakamali ng number. Humingi ng paumanhin ang taong ito, tumigil, at walang hininging kahit ano; ang babala ay kapag patuloy pa ring nakikipag-chat ang estranghero pagkatapos mong sabihing wrong number siya.

quiz-msg-dating-telegram = Ngayon lang ako napalapit nang ganito kabilis sa isang tao. Ikaw ang lahat ng hinahanap ko. Lagi akong nala-log out sa app na ito, puwede ba tayong mag-usap sa Telegram? Sira ang camera ko, pero tatawagan kita nang maayos pagbalik ko mula sa barko.
    .source = Mensahe sa isang dating app
    .explain = Matinding damdamin nang napakabilis, mabilis na paglipat sa ibang app, at palusot para hindi mag-video call. Kapag magkakasama, karaniwan ang mga ito sa romance scam, na madalas nauuwi sa "investment" kalaunan.

quiz-msg-social-nurse = Hi, nakita ko ang comment mo sa travel group at gusto lang kitang i-hello, mukhang ang bait mo! Nurse ako sa Toronto. Hindi ako masyadong gumagamit ng Facebook, puwede ba tayong mag-chat sa WhatsApp? Tinuruan ako ng tito ko ng gold trading at binago nito ang buhay ko.
    .source = Facebook message mula sa isang estranghero
    .explain = Estrangherong pinupuri ka, gustong lumipat agad sa private app, at maagang bumabanggit ng tagumpay sa trading. Ito ang mga unang hakbang ng mga scam na pinaghahalo ang pakikipagkaibigan at investment.

quiz-msg-wrong-number-chatty =
    Hello, si Mr Chen po ba ito? Kino-confirm ko lang po ang golf booking natin sa Linggo.
    (Sagot mo: "Sorry, wrong number.")
    Ay, pasensya na po, ang galang n'yo naman! Ako si Linda, may maliit akong wine import business sa Singapore. Puwede ko bang itanong kung taga-saan kayo?
    .source = Unknown number sa WhatsApp
    .explain = Nagsisimula ito na parang totoong pagkakamali, pero pagkatapos mong sabihing wrong number, patuloy pa rin siyang nakikipag-chat, pinupuri ka at nagtatanong tungkol sa buhay mo. Maraming romance at investment scam ang nagsisimula nang ganito mismo.

## Investment and money

quiz-inv-bank-card = Bank alert: pinigilan namin ang card payment na 38,500 rupees sa isang online shop. Kung hindi ikaw ito, pakitawagan ang number na nasa likod ng card mo. Hindi namin kailanman hihingin ang PIN, password o one-time code mo.
    .source = Text mula sa bangko mo
    .explain = Walang link at walang number na tatawagan: pinapupunta ka nito sa number na naka-print sa sarili mong card, na alam mong totoo. Ang mga alert na may link o humihingi ng code ang dapat pagdudahan.

quiz-inv-bond-friend = Sa wakas, nag-open na ako ng savings bond sa post office: 7% kada taon, fixed sa loob ng 5 taon. Hindi exciting, pero safe. Huwag kang maglagay ng perang baka kailanganin mo agad, at ikaw mismo ang magtanong sa counter, maayos silang magpaliwanag.
    .source = Mensahe mula sa isang kaibigan
    .explain = Kaibigang kilala mo, katamtaman at fixed na interest mula sa isang pampublikong institusyon, walang app na ii-install at walang pagmamadali: sinabi pa niyang ikaw mismo ang magtanong sa counter. Ang mga scam tip ay nangangako ng mabilis at malaking kita sa platform na sila lang ang nakakaalam.

quiz-inv-fraud-refund = Tungkol sa fraud claim na ini-report mo noong Marso 3 (ref. FR-20419): approved na ito. Ibabalik ang 12,500 baht sa account mo sa loob ng 10 working days. Hindi mo kailangang magbayad ng anuman o magbigay ng anumang code. Kung may tanong ka, pumunta sa kahit anong branch.
    .source = Email mula sa bangko mo
    .explain = Tungkol ito sa claim na ikaw mismo ang nag-file sa sarili mong bangko, at wala itong hinihingi: walang fee, walang code, walang link. Ang mga "recovery" scam ay kumokontak sa iyo nang hindi mo hinihingi at humihingi muna ng bayad.

quiz-inv-crypto-tip = Nagtatrabaho ang tito ko sa isang trading platform at sine-share niya ang tips niya sa pamilya. Kumita ako ng $2,300 ngayong linggo! Magsimula ka sa maliit, kahit $300 okay na. Puwede mong i-withdraw ang una mong kita kinabukasan, para makita mong totoo.
    .source = Bagong kaibigan sa WhatsApp
    .explain = Tip mula sa taong nakilala mo online, malalaking kita, at maliit na maagang withdrawal "para makita mong totoo". Pinapa-withdraw ka muna ng mga scammer ng kaunti para makuha ang tiwala mo bago ka maglagay ng mas malaki.

quiz-inv-withdrawal-tax = Pinoproseso na ang withdrawal mo na 48,300 USDT. Ayon sa international anti-money-laundering rules, kailangang bayaran muna ang 15% personal income tax (7,245 USDT) bago ma-release ang funds. Paki-top up sa loob ng 72 oras para hindi ma-freeze ang account mo.
    .source = Notice sa isang trading app
    .explain = Ang totoong platform ay kumukuha ng anumang fee mula sa balance mo; hindi nito hinahawakan ang pera mo hangga't hindi ka nagpapadala ng dagdag. Ang pagbabayad ng "tax" na ito ay kadalasang nauuwi sa isa pang fee, at hindi kailanman nare-release ang pera.

quiz-inv-recovery-firm = Kami ay isang licensed fund recovery firm na katuwang ang FBI at mga international regulator. Na-trace ng aming mga investigator ang $31,000 mula sa nawala mong investment. Para mabuksan ang kaso mo, kailangan ng refundable fee na 1,500 USDT. Case no. RC-88412.
    .source = Email mula sa isang recovery firm
    .explain = Dumating ito nang hindi mo hinihingi, sinasabing konektado sa FBI at mga regulator, at humihingi muna ng bayad sa crypto. Hindi ka sinisingil ng pulis at ng mga regulator para maibalik ang pera mo; pangalawang scam ito na tumatarget sa mga taong nawalan na ng pera.
