# Machine-drafted translation: needs review by a native speaker.
family-title = Malayo sa tahanan
family-summary = May alok na trabaho sa customer service sa Bangkok ang anak mong nasa hustong gulang na, sa pamamagitan ng isang kapitbahay. Ikaw ang magulang: ikaw ang magpapasya kung ano ang susuriin, sino ang tatawagan at ano ang gagawin kapag nag-iba ang mga mensahe.
family-content-note = Ang kuwentong ito ay tungkol sa isang pamilya na ang anak ay nakakulong sa isang scam compound. May bahagi ito tungkol sa gawa-gawang utang, mga pagbabanta at paghingi ng ransom, pero walang ipinapakitang karahasan. Puwede kang huminto o umalis anumang oras gamit ang q.

## Characters

family-character-neighbour = Ang kapitbahay mo
family-character-cousin = Ang pinsan mo
family-character-child = { $child }
family-character-stranger = Hindi kilalang numero
family-character-embassy = Duty officer ng embahada
family-character-ngo = Caseworker ng NGO

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

family-news-greet = Magandang balita para kay { $child }! Kailangan ng boss ng pamangkin ko sa Bangkok ng customer service staff.
    .discuss = Bakit parang mas ligtas ang isang alok kapag galing sa taong kilala natin?
family-news-offer = ${ $salary } kada buwan, at bayad na ang flight at kuwarto. Kailangan lang magaling sa English at mabilis mag-type. Hindi kailangan ng experience.
family-news-vouch = Kilala ko na si { $child } mula pa noong nag-aaral siya. Umalis ang pamangkin ko noong isang taon at nagpapadala siya ng pera buwan-buwan. Ipapadala ko ba sa masamang lugar ang isa sa sarili nating mga anak?
family-news-say-yes = Pasalamatan ang kapitbahay at simulang planuhin ang biyahe
    .feedback = Parang garantiya ang salita ng kapitbahay, at iyan mismo ang dahilan kung bakit ginagamit ng mga recruiter ang mga kaibigan at kapitbahay. Maaaring binabayaran sila sa bawat taong naipapadala nila, o naloko rin sila. Sobrang taas din ng sahod kumpara sa talagang kinikita sa ganitong trabaho, dito man o sa Bangkok. At ang flight at kuwartong binayaran ng mga estranghero ay maaaring bumalik bilang utang sa bandang huli.
family-news-ask-papers = Pasalamatan ang kapitbahay, pero hingin ang pangalan ng kompanya, ang kontrata at ang agency
    .feedback = Magaling. Normal lang na magtiwala sa kapitbahay, pero ang totoong trabaho ay may sariling papeles. Hindi kabastusan ang hingin ang mga ito: ganyan ang ginagawa ng sinumang maingat na magulang.
family-news-ask-cousin = Kausapin muna ang pinsan mo, na may anak na nagtatrabaho sa abroad
    .feedback = Magandang ideya: ang taong nag-abroad sa tamang paraan ay makakapagpakita sa iyo kung ano ang hitsura ng totoong trabaho, para may maihambing ka.

family-neighbour-vague-contract = Kontrata? Sa Bangkok na pipirmahan pagdating ni { $child }. Malaking kompanya iyon, hindi na importante ang pangalan.
    .discuss = Alin sa mga sagot na ito ang pinakamag-aalala sa iyo, at bakit?
family-neighbour-vague-visa = Tourist visa lang ang gagamitin ni { $child } sa biyahe. Ang boss na ang bahala sa work permit pagdating doon. Ganyan naman ang lahat.
family-neighbour-vague-hurry = Pero kailangan nila ng sagot bago mag-Biyernes. Maraming may gusto sa trabahong ito.
family-neighbour-vague-check-agency = Bago pumayag, suriin ang trabaho sa ahensiya ng gobyerno para sa mga migrant worker
    .feedback = Tama. Walang kontrata bago umalis, tourist visa para sa trabaho, at deadline na walang panahon para magsuri: mga senyales ito ng mga pekeng trabahong nauuwi sa scam compound. Masasabi sa iyo ng ahensiya ng gobyerno kung totoo ang trabaho.
family-neighbour-vague-trust-neighbour = Hayaan na. Matagal nang kilala ng kapitbahay si { $child }
    .feedback = Minamadali ka para hindi ka na makapagsuri. Ang trabahong walang nakasulat na kontrata, at naka-tourist visa lang, ay nag-iiwan sa manggagawa nang walang karapatan at walang patunay kapag nagkaproblema.
family-neighbour-vague-ask-cousin = Sabihing pag-iisipan mo muna, at dumalaw sa pinsan mo
    .feedback = Puwede kang maglaan ng panahon. Kayang maghintay ng totoong employer nang ilang araw habang nagsusuri ka.

## The cousin's job: a real one

family-cousin-job = Ang anak ko? Cook siya sa kusina ng isang hotel sa Dubai. Normal lang ang sahod, hindi kayamanan, pero dumarating buwan-buwan.
    .discuss = Ano ang pagkakaiba ng trabaho ng anak ng pinsan mo sa alok ng kapitbahay?
family-cousin-papers = Bago siya umalis, pumirma siya ng kontrata na nakalagay ang pangalan at address ng hotel, ang sahod at ang oras ng trabaho. Work visa ang ginamit niya, hindi tourist visa.
family-cousin-checked = Tiningnan namin ang lisensya ng agency sa website ng gobyerno para sa mga migrant worker, at nasa listahan nila ang trabaho niya. Hindi sila humingi sa amin ng malaking bayad.
family-cousin-check-both = Totoo ang trabaho niya. Ngayon, suriin din sa parehong paraan ang alok ng kapitbahay
    .feedback = Magaling: alam mo na ngayon ang hitsura ng totoong trabaho. May pangalang employer, kontrata bago umalis, work visa, lisensyadong agency at normal na sahod. Mas malaki ang sahod sa alok ng kapitbahay para sa mas kaunting hinihingi, at wala ito ni isa sa mga iyon. Ang flight at kuwartong binayaran para sa isang taong walang kontrata ay maaaring tawaging utang sa bandang huli.
family-cousin-doubt-all = Sabihin sa pinsan mo na bitag ang lahat ng trabaho sa abroad
    .feedback = Totoo ang trabaho ng anak niya: may lisensyadong agency, kontrata at work visa, at milyun-milyong tao ang ligtas na nagtatrabaho sa abroad sa ganitong paraan. Hindi layunin na katakutan ang bawat alok, kundi suriin ang bawat isa. Nagpasya kang suriin din ang alok ng kapitbahay.
family-cousin-trust-both = Parehong galing sa taong pinagkakatiwalaan mo ang dalawang alok. Kung maayos ang sa anak niya, maayos din siguro ang sa kapitbahay
    .feedback = Ang tiwala sa isang tao ay hindi patunay tungkol sa isang trabaho. Nakapagpakita ng papeles ang pinsan mo; ang kapitbahay, hindi. Umaasa ang mga recruiter sa ganitong hiram na tiwala.

family-agency-check = Nagtanong ka sa ahensiya ng gobyerno para sa mga migrant worker tungkol sa trabahong alok ng kapitbahay. Walang lisensyadong agency, walang aprubadong employer at walang job order. Sabi ng opisyal, ang totoong trabaho sa abroad ay may kontrata bago ka umalis at may work visa. Ang mga alok na ganito ay madalas nauuwi sa mga scam compound sa Cambodia o Myanmar.
    .discuss = Saan mo masusuri ang isang alok na trabaho sa abroad dito sa bansa natin?
family-agency-check-show-child = Umupo kasama si { $child } at ipakita ang nalaman mo
    .feedback = Magaling. Ang trabahong hindi kilala ng ahensiya ng gobyerno para sa mga migrant worker ay isa sa pinakamalinaw na babala. Ang mahinahong pagbabahagi ng mga nalaman mo ay makakatulong kay { $child } na magpasya.
family-agency-check-keep-quiet = Huwag nang magsalita. Nasa hustong gulang na si { $child }, at sobrang excited pa
    .feedback = Lumabas sa pagsusuri na walang lisensyadong agency na may alam sa trabahong ito. Isa iyan sa pinakamalinaw na babala. Kung tatahimik ka, aalis si { $child } nang hindi ito nalalaman.

family-talk-excited = Pero { $parent }, sabi ng lahat maganda raw ang trabaho! Nagpapadala ng pera ang pamangkin ng kapitbahay.
family-talk-help = At gusto ko pong makatulong sa mga bayarin. Wala akong makitang trabaho dito.
family-talk-look-together = Ipakita ang nakita mo, at alukin siyang maghanap kayo nang magkasama ng trabahong may lisensiyadong ahensiya
    .feedback = Mas mabisa ang katotohanan, respeto at plano kaysa takot. Gusto pa rin ni { $child } na magtrabaho sa abroad, at kapag may ligtas na paraan, mas madaling tanggihan ang hindi ligtas.
family-talk-forbid = Ipagbawal ang biyahe. Ikaw ang magulang, at iyon ang masusunod
    .feedback = Naiintindihan ang takot mo. Pero madalas, ang pag-uutos ay nagtutulak sa anak na nasa hustong gulang na umalis pa rin nang palihim, at manahimik kapag nagkaproblema. Ang bukas na usapan at mas magandang plano ang nagpapanatiling bukas ng pinto.

family-end-safe = Hindi tinanggap ni { $child } ang trabaho, at ilang linggo siyang nagtampo sa iyo: panay ang post ng pamangkin ng kapitbahay ng mga litrato mula sa "Bangkok". Makalipas ang ilang buwan, nakahanap si { $child } ng trabaho sa isang tindahan sa bayan, mas maliit ang sahod. Ini-report mo sa ahensiya ng mga migranteng manggagawa ang alok ng kapitbahay, para mabalaan ang ibang pamilya. May kapalit ang pananatili, at totoo iyon; pero pinili ito nang alam ang mga katotohanan.

## Abroad

family-itinerary-route = { $parent }, pinadala na ng kompanya ang ticket ko! Una sa Kuala Lumpur, tapos hiwalay na ticket mula roon papuntang Bangkok. Mas mura raw.
    .discuss = Bakit kaya ipapadaan ng isang kompanya ang isang tao sa ibang lungsod papuntang Bangkok, sa dalawang ticket?
family-itinerary-met = May taga-kompanyang sasalubong sa akin sa Kuala Lumpur, dala ang pangalawang ticket. Aalis ako sa loob ng dalawang linggo!
family-itinerary-ask-route = Itanong kung bakit hati sa dalawa ang biyahe, at hingin ang bawat flight number at ang pangalan ng lalaking sasalubong kay { $child }
    .feedback = Makatwirang tanong. Ang trabaho sa Bangkok na pinupuntahan sa pamamagitan ng ibang lungsod, sa magkahiwalay na ticket, at may estrangherong mag-aabot ng susunod, ay kilalang pattern: pinahihirap nito sa mga opisyal, at sa iyo, na malaman kung nasaan si { $child }. Makakatulong ang bawat flight number at pangalang itinatago mo ngayon kung may mangyaring masama.
family-itinerary-wish-luck = Batiin si { $child } ng maayos na biyahe. Madalas paikot-ikot ang murang ticket
    .feedback = Karaniwan ang murang connecting flight, kaya mukhang normal ito. Pero ang dalawang hiwalay na ticket at ang lalaking naghihintay dala ang susunod ay nagpapahirap sundan ang ruta, para sa mga immigration officer at para sa iyo. Walang gastos ang magtanong sa bawat hakbang at itago ito.
family-itinerary-check-ins = Magkasundo na magme-message si { $child } sa bawat hintuan, at tatawag ka sa embahada kapag may hindi dumating
    .feedback = Magaling: mas mahirap sundan ang rutang pira-piraso, at nag-iiwan ng bakas ang mensahe mula sa bawat hintuan. Kapag huminto ang mga mensahe, malalaman mo kung kailan at saan, at kung sino ang tatawagan.

family-departure = Makalipas ang dalawang linggo, lumipad si { $child } papuntang Bangkok. Masasaya ang mga unang mensahe: selfie sa airport, kuwarto sa hotel, isang plato ng napakaanghang na noodles. Pagkatapos, isang linggong walang balita.

family-move-sorry = Sorry po { $parent }, wala akong oras mag-message. Inilipat kami ng company sa bagong opisina.
    .discuss = Ano na ang nagbago mula nang ialok ang trabaho?
family-move-border = Buong gabi kaming bumiyahe. Sa border, hindi kami dumaan sa immigration. May lalaking nagtawid sa amin sa isang maliit na daanan. Sabi ng driver, normal lang daw iyon.
family-move-place = Nandito na kami sa { $place }. Mahina ang internet dito. Magme-message ako kapag kaya ko.
family-move-save-location = Hilingin kay { $child } na i-share ang live location at ang pangalan ng kompanya. I-save ang bawat mensahe
    .feedback = Magaling. Sa Thailand ang trabaho; ngayon nasa ibang bansa na, at narating nang hindi dumaan sa immigration. Ang lugar ng trabahong nag-iiba at ang border na tinawid nang palihim ay dalawang malakas na babala. Ang naka-save na location at mga screenshot ay makakatulong sa sinumang tutulong pagdating ng panahon.
family-move-stay-calm = Magpadala ng puso at isulat: "Galingan mo, proud kami sa iyo"
    .feedback = Natural lang na gustong manatiling positibo. Pero lumipat na sa ibang bansa ang trabaho, at tumawid si { $child } sa border nang hindi dumaan sa immigration. Dalawang malakas na senyales ito na may mali, at makakatulong sa huli kung ise-save na ngayon ang location at mga mensahe.

family-silence = Dumalang ang mga mensahe: maiikling sagot, sa kakaibang oras. Pagkatapos, sampung araw na walang kahit ano. Isang gabi, dis-oras na, umilaw ang phone mo.

family-debt-quick = { $parent }, hindi po ako makakapag-usap nang matagal. Tinitingnan nila ang mga phone namin.
    .discuss = Ano kaya ang nararamdaman ng isang magulang sa sandaling ito? Ano ang puwede niyang unang gawin, bago magpadala ng kahit anong pera?
family-debt-owe = Hindi pala ito ang trabahong sinabi nila. Sabi ng boss, may utang daw ako na ${ $debt } para sa flight, visa at kuwarto.
family-debt-please = Makakaalis lang ako kapag nakabayad ako. Pakipadala po sa account na ito. Huwag n'yo pong sasabihin kahit kanino.
family-debt-pay-debt = Ipadala ang pera ngayong gabi. Nagmamakaawa si { $child }
    .feedback = Gugustuhin ng sinumang magulang na magbayad. Pero gawa-gawa lang ang "utang" na ito para bitagin ang mga manggagawa. Bihirang makalaya ang sinuman dahil dito, at ipinapakita pa nito sa mga boss na kaya ng pamilya ninyong makahanap ng pera.
family-debt-call-embassy = Huwag munang magpadala ng pera. Tawagan ngayong gabi ang embahada at ang national hotline
    .feedback = Tama. Ang utang sa biyahe at tirahan na kailangang bayaran bago ka makaalis ay kilalang bitag: debt bondage, o pagkaalipin dahil sa utang. Alam ng embahada at ng national hotline ang ganitong mga kaso, at mas ligtas sila kaysa sa pulis na malapit sa mga compound, kung saan puwedeng makarating pabalik sa mga boss ang report.
family-debt-call-police = Hanapin ang numero ng pulis sa { $place } at i-report ito
    .feedback = Parang ito ang halatang dapat gawin. Pero sabi ng mga survivor, may mga pagkakataong ang pakikipag-ugnayan sa lokal na pulis malapit sa mga compound ay naipaabot pabalik sa mga boss. Mas ligtas na daan ang embahada, ang national hotline at mga NGO na mapagkakatiwalaan.

family-police = Magalang ang opisyal na nakausap mo sa { $place }, at kinuha niya ang mga detalye. Makalipas ang dalawang araw, nag-message si { $child } mula sa hiram na phone: "Alam ng boss na tumawag sa pulis ang pamilya ko. Inilipat nila kami sa ibang building. Huwag n'yo na po silang tawagan ulit."

family-ransom-company = Ito ang company ni { $child }. Lumabag si { $child } sa mga patakaran namin at pinaparusahan siya ngayon.
    .discuss = Bakit gusto ng mga kriminal na kumilos ang pamilya nang mag-isa at nang mabilis?
family-ransom-pay = Magpadala ng ${ $ransom } na USDT sa loob ng 48 oras. Kung hindi, ibebenta si { $child } sa ibang company.
family-ransom-no-police = Bawal ang pulis. Malalaman namin.
family-ransom-pay-ransom = Mangutang sa mga kamag-anak at magbayad, para matigil ang parusa
    .feedback = Likas sa tao ang gustong pigilan ang pananakit kahit ano pa ang kapalit. Pero hindi garantiya ng paglaya ang pagbabayad, at madalas may bagong hinihingi pa pagkatapos. Umaasa ang mga kriminal sa takot at pagmamadali.
family-ransom-get-help = Huwag sumagot. I-save ang bawat mensahe, at tawagan ang embahada at ang national hotline
    .feedback = Tama. Ang banta at paghingi ng ransom sa pamilya ay paraan ng mga compound para makakuha pa ng pera. I-save ang bawat mensahe, numero at account: kailangan ito ng embahada at ng mga NGO na humahawak ng ganitong kaso.

## Getting help

family-embassy-hello = Embahada po ito, duty officer ang nagsasalita. Ikinalulungkot ko po ang nangyayari. Tama po ang pagtawag ninyo.
family-embassy-advice = Nakatulong na po kami sa ibang pamilya sa mga kasong tulad nito. Pakiusap, huwag po kayong magpadala ng pera kaninuman, at huwag po kayong tumawag mismo sa lokal na pulis.
family-embassy-need = Kailangan po namin ang detalye ng passport ni { $child }, ang huling alam na lokasyon, ang mga numerong nag-message sa inyo, at anumang bank o crypto account na ibinigay nila.
family-embassy-send-saved = Ipadala ang lokasyon, ang pangalan ng kompanya at ang mga screenshot na na-save mo
    .feedback = Dahil na-save mo ang mga ito noong lumipat si { $child }, makakapagsimula agad ang embahada. Ang maayos na rekord ay isa sa pinakamahalagang maibibigay ng pamilya.
family-embassy-collect-now = Magpatulong sa isang kamag-anak na halughugin ang phone at tipunin ang lahat
    .feedback = Magaling: makakatulong ang pamilya. Bawat petsa, numero, account at pangalan ng lugar ay tulong sa mga naghahanap kay { $child }.

family-records = Dumating ang kapatid mong babae. Hanggang hatinggabi, kinunan ninyo ng screenshot ang bawat mensahe, isinulat ang bawat numero at petsa, at hinanap ang huling lugar na binanggit ni { $child }: { $place }. Ipinadala mo lahat sa embahada. Ibinigay ng opisyal ang numero ng isang NGO na katuwang nila.

family-ngo-hello = Hello po, ako ang caseworker na binanggit ng embahada. Tinutulungan namin ang mga tao na makalabas sa mga scam compound at makauwi.
family-ngo-plan = Katuwang namin ang embahada at ang mga partner namin malapit sa { $place }. Pakiusap, huwag po kayong magbayad kaninuman, at sabihan ninyo kami sa bawat bagong mensahe.
family-ngo-recruiter = Isang tanong lang po: sino ang nakahanap ng trabahong ito para kay { $child }?
family-ngo-report-neighbour = Ibigay sa caseworker ang pangalan at numero ng kapitbahay, at huwag munang kausapin ang kapitbahay
    .feedback = Magaling. Ang taong nagpasa ng alok ay maaaring binabayaran sa bawat nare-recruit, o naloko rin. Masusundan ito ng caseworker at ng hotline at mababalaan ang ibang pamilya, nang hindi naaalerto ang mga boss.
family-ngo-confront = Pumunta sa bahay ng kapitbahay at humingi ng paliwanag
    .feedback = Makatwiran ang galit mo. Pero ang babala mula sa kapitbahay ay puwedeng makarating pabalik sa mga boss, at maaaring biktima rin ng kasinungalingan ang kapitbahay. Mas ligtas na hayaang ang caseworker at ang hotline ang sumunod dito.

family-wait-ignoring = Hindi kami pinapansin ng pamilya ninyo. Masamang desisyon iyan.
family-wait-threat = Magbayad kayo ng ${ $ransom } ngayong araw, o dadalhin si { $child } sa ibang company na malayo. Hindi n'yo na makikita si { $child } kahit kailan.
family-wait-last = Huling pagkakataon.
family-wait-forward = Huwag sumagot. I-forward ito sa caseworker at sa embahada
    .feedback = Napakahirap, at tama. Ang mga pagbabanta ay para kumilos ka nang mag-isa at nang mabilis. Kailangang makita ito ng mga humahawak ng kaso, at ang pagbabayad ngayon ay puwedeng humantong sa mga bagong hinihingi.
family-wait-forward-paid = Huwag sumagot. I-forward ito sa caseworker at sa embahada
    .feedback = Napakahirap, at tama. Nakapagbayad ka na minsan at hindi nito naiuwi si { $child }; ang mga pagbabanta ay para magbayad ka ulit. Kailangang makita ito ng mga humahawak ng kaso.
family-wait-pay-now = Hindi mo na kaya. Magbayad, at umasang matatapos na ito
    .feedback = Pagkatapos ng ilang linggong takot, kahit sino ay puwedeng bumigay. Pero ang pagbabanta ay taktika ng pananakot, at kadalasan may kasunod na hinihingi pagkatapos ng bayad. Matutulungan ka ng caseworker na magpasya; hindi mo kailangang harapin ito nang mag-isa.

family-more-demands-received = Natanggap na ang pera.
family-more-demands-more = Pero may utang pa si { $child } na ${ $debt } para sa pagkain, training at "transfer fee".
family-more-demands-go = Magbayad kayo, at makakauwi na si { $child }. Huwag kayong male-late.
family-more-demands-pay-again = Magbayad ulit. Baka ngayon, matapos na
    .feedback = Lumalaki ang "utang" sa bawat bayad mo: ganyan ito idinisenyo. Bawat bayad ay nagpapakita sa mga boss na kaya pa ng pamilya ninyong makahanap ng pera.
family-more-demands-stop-paying = Itigil ang pagbabayad. Dalhin sa embahada ang bawat resibo at mensahe
    .feedback = Tama. Ang utang na patuloy na lumalaki ay debt bondage: hindi ito kailanman ginawa para mabayaran. Makakatulong ang mga resibo at mensahe mo sa embahada at sa mga NGO para mahanap si { $child } at ang mga taong nasa likod nito.

## Endings

family-end-helped = Makalipas ang anim na linggo, tumawag ang embahada. Katuwang ang NGO at ang mga awtoridad, nailabas nila si { $child } at ang iba pa mula sa compound. Sumunod ang ilang linggo sa shelter, mga interview para matukoy kung sino ang na-traffic, at bagong travel papers, bago nakauwi si { $child }, pagod pero ligtas. Biktima si { $child }, hindi kriminal, at may karapatang tratuhin nang ganoon; nakatulong ang mga tawag at rekord mo. Minsan kinokontak muli ng mga recruiter ang mga nakaligtas, kaya itago ang numero ng embahada.
family-end-open = Makalipas ang dalawang buwan, may tumawag mula sa hindi kilalang numero. Si { $child } iyon, nasa isang shelter malapit sa border: may ipinasang ligtas na contact ang caseworker sa pamamagitan mo, at isang gabi, nakalabas si { $child } at ang dalawa pa at narating iyon. Wala na ang perang ibinayad mo, at may mga papeles pang aayusin bago makauwi. Pero nakalabas na si { $child }, at hindi ka nag-iisa rito.
family-end-scammed = Nagbayad ka, at nagbayad ulit, at bawat bayad ay may kasunod na bagong hinihingi. Iyon ang plano ng mga kriminal: hindi natatapos ang "utang", at hindi mo ito kasalanan. Hindi pa huli ang lahat: itigil ang pagbabayad, itago ang bawat resibo at mensahe, at lumapit sa embahada, sa national hotline at sa isang NGO na mapagkakatiwalaan. May mga nakakalabas, kahit makalipas ang ilang buwan.

## Nasuri, at ano ngayon

family-character-agency = Opisyal ng lisensiyadong ahensiya
family-character-fixer = Ricky, "rescue coordinator"
family-agency-check-tell-neighbour = Balikan ang kapitbahay at sabihin ang sinabi ng ahensiya
    .feedback = Makatarungang bigyan siya ng pagkakataong magpaliwanag. Nasaktan siya: "mabagal at kurap" daw ang ahensiya, at ayos lang daw ang pamangkin niya. Pagsapit ng gabi, nabalitaan ito ni { $child } at nagalit sa iyo. Pero walang nawala sa pagsusuri na ikawawala ng isang totoong trabaho.
family-talk-let-go = Buhay ito ni { $child }. Magkasundo kayong magme-mensahe siya araw-araw, at magtabi ng kopya ng pasaporte
    .feedback = Makatarungang igalang ang desisyon ng anak na nasa hustong gulang, at makakatulong ang araw-araw na mensahe at kopya ng pasaporte kung may mangyari. Pero wala pa ring makasuri sa mismong trabaho.

family-licensed-job = May trabaho sa isang hotel sa Doha ang isang lisensiyadong ahensiyang nasa listahan ng gobyerno: housekeeping, may pangalan ang hotel, may kontratang mababasa bago pumirma, at work visa.
    .discuss = Mas maliit ang sahod ng trabahong ito, may bayad, at ilang buwan ang hihintayin. Bakit pa rin ito pipiliin ng isang pamilya?
family-licensed-fee = Mga dalawang-katlo ng ipinangako ng kapitbahay ang sahod. May bayad na ${ $fee } para sa medical at mga papeles, na itinakda ng gobyerno, may opisyal na resibo.
family-licensed-wait = Tatlong buwan bago matapos ang mga papeles. Napabuntong-hininga si { $child }: "Sa Biyernes na aalis ang trabaho ng kapitbahay."
family-licensed-pay-fee = Bayaran ang fee na may resibo, at maghintay ng tatlong buwan
    .feedback = Hindi laging babala ang bayad: puwedeng maningil ang lisensiyadong ahensiya ng bayad na pinapayagan ng batas, may resibo, para sa totoong papeles. Ligtas ang trabahong ito dahil nasusuri ang bawat bahagi: ang hotel, ang kontrata, ang visa, ang lisensiya ng ahensiya.
family-licensed-too-slow = Masyadong matagal ang tatlong buwan. Hayaan na si { $child } na kunin ang trabaho ng kapitbahay
    .feedback = Totoong kapalit ang paghihintay at ang bayad, at sa Biyernes aalis ang isa pang alok: iyan mismo ang minamadali ng mga pekeng alok. Walang naging mas madaling suriin sa trabaho ng kapitbahay.
family-licensed-work-here = Sabihin kay { $child } na maghanap muna ng trabaho dito, at itabi ang pera
    .feedback = Naiintindihan ang pagtitipid at ang pagnanais na manatiling malapit si { $child }. Pero nawalan din si { $child } ng totoong trabaho, at ng pagkakataong tumulong sa pamilya gaya ng gusto niya.

family-end-genuine = Makalipas ang tatlong buwan, lumipad si { $child } papuntang Doha na may work visa, pirmadong kontrata at numero ng ahensiya sa telepono. Dumating sa oras ang unang sahod, mas maliit kaysa ipinangako ng kapitbahay, pero totoo. Nagsuri ka, at sa pagkakataong ito totoo ang alok: ang pagsusuri ay hindi pagtanggi sa lahat.

## Ang maingat na landas na masama pa rin ang kinahinatnan

family-move-call-embassy-now = Tawagan ngayong gabi ang embahada at ibigay ang lahat ng isinulat ni { $child }
    .feedback = Tama ang kumilos nang maaga. Lumipat sa ibang bansa ang trabaho at tumawid sa border nang walang immigration: dalawang malakas na senyales. May file, lugar at petsa na ang embahada.
family-embassy-early-file = Embahada po, duty officer. Salamat po sa maagang pagtawag: nagbukas na kami ng file para kay { $child }.
family-embassy-early-far = Malayo sa amin ang { $place }, nasa kabila ng border, at mabagal kumilos ang mga awtoridad doon kung pangalan at bayan lang ang hawak. Makikipagtulungan kami sa mga partner. Pakitabi po ang bawat mensahe.
family-embassy-early-wait = Kung mag-mensahe ulit si { $child }, itanong ang gusali, isang palatandaan, kahit anong maibibigay namin sa mga partner.
family-moved = Dalawang beses pang nag-mensahe si { $child }, maikli at maingat, at ipinapasa mo ang bawat salita. Pagkatapos, tumigil ang mga mensahe. Makalipas ang limang linggo, tumawag ang embahada: nang marating ng mga partner ang gusali sa { $place }, nailipat na ng kompanya ang mga manggagawa nito sa ibang lugar noong nakaraang linggo. Wala pang nakakaalam kung saan.
family-end-moved = Ginawa mo ang lahat ng kaya ng isang maingat na magulang: nakita mo agad ang mga senyales, embahada ang una mong tinawagan, at wala kang ipinadalang pera. Inilipat pa rin ng kompanya ang mga manggagawa nito, gaya ng madalas nilang gawin, at hindi ang pagtawag mo ang dahilan. Hawak pa rin si { $child }. Bukas pa ang kaso: patuloy na naghahanap ang embahada, ang NGO at ang national hotline, at may mga pamilyang nakahanap sa anak nila makalipas ang ilang buwan, madalas dahil sa mga rekord na tulad ng sa iyo. Itabi ang bawat mensahe, at huwag patayin ang telepono.

## Paghingi ng tulong online

family-ransom-post-online = I-post sa Facebook ang litrato ni { $child } at ang kuwento: siguradong may nakakakilala ng tao roon
    .feedback = Natural na humingi ng tulong kapag pakiramdam mo'y nag-iisa ka. Pero puwedeng umabot sa mga boss ang isang public post, at binabasa ito ng mga taong kumikita sa mga desperadong pamilya.
family-fixer-saw = Nakita ko ang post mo. Nakikiramay ako. Marami na akong natulungang pamilyang tulad ninyo.
    .discuss = Mabait pakinggan si Ricky at kilala niya ang lugar. Ano ang gusto mong malaman tungkol sa kanya bago ka magtiwala?
family-fixer-contacts = May mga kontak ako sa loob ng { $place }. Noong isang buwan, labing-isang manggagawa ang nailabas ko. Tingnan mo (litrato ng nakangiting grupo sa isang bus stop).
family-fixer-fee = Para sa driver at sa mga guwardiya, kailangan ko ng ${ $fee } ngayon. Tatlong araw lang, labas na si { $child }. Huwag mong sabihin sa embahada, masyado silang mabagal at malalaman ng mga boss.
family-fixer-pay-fixer = Bayaran siya. Wala pang nagagawa ang embahada para sa iyo
    .feedback = Matapos ang post na tulad ng sa iyo, sumusulat sa loob ng ilang oras ang mga pekeng "rescuer", may litrato at mabait na boses. Pera muna ang hinihingi nila at inililihim ito sa embahada; pagkatapos, naglalaho sila.
family-fixer-ask-embassy = Itanong muna sa embahada ang tungkol sa kanya bago magpadala ng kahit ano
    .feedback = Mabuti: ang totoong pagliligtas ay nakikipagtulungan sa embahada at hindi kailangang magtago rito. Nang banggitin mo ang embahada, hindi na sumagot si Ricky.
family-fixer-pay-ransom = Baka sinungaling siya. Ang kompanya na lang ang bayaran, para hindi maibenta si { $child }
    .feedback = Iisang takot ang sinasamantala ng dalawang hinihingi. Hindi garantiya ng paglaya ang pagbabayad sa kompanya, at madalas may bagong hinihingi matapos magbayad.
family-end-fixer = Kinuha ni Ricky ang ${ $fee } at hindi na sumagot. Hindi ka naging padalos-dalos: sinulatan ka niya dahil ipinakita ng post mo ang isang pamilyang nasasaktan, at iyan ang hinahanap ng ganitong mga tao. Hawak pa rin ng kompanya si { $child }. Hindi pa huli: dalhin ang mga mensahe niya at ang resibo ng bayad sa embahada at sa national hotline, huwag nang magsalita sa publiko, at hayaang gabayan ka ng NGO na katrabaho ng embahada.

family-ngo-ask-elders = Hilingin sa mga nakatatanda sa komunidad na kausapin ang pamilya ng kapitbahay
    .feedback = Malaki ang kayang pasanin ng komunidad mo, at baka malaman ng mga nakatatanda kung kanino nagtatrabaho ang pamangkin. Pero puwede pa ring umabot sa mga boss ang isang tahimik na usapan. Sabihin sa caseworker ang malalaman mo, at hayaan siyang magpasya kung paano ito gagamitin.
family-more-demands-ask-voice = Hilingin munang marinig ang boses ni { $child }, saka magbayad
    .feedback = Nakagagaan ng loob na marinig si { $child }, pero ang napapatunayan lang nito ay buhay siya at hawak pa rin. Ginawa ang "utang" para lumaki; hindi iyon mababago ng isang voice note.

family-redflag-upfront-fee = Pagbabayad sa estranghero para sa pagliligtas
    .explain = Kapag hawak ang isang mahal mo, parang pag-asa ang sinumang nagsasabing kaya niya itong ilabas. Binabasa ng mga pekeng "rescuer" ang mga post ng pamilya at pera muna ang hinihingi, at madalas sinasabing ilihim ito sa embahada.
    .advice = Huwag magbayad sa sinumang nag-aalok ng pagliligtas kapalit ng bayad. Ang totoong tulong ay nakikipagtulungan sa embahada at hindi ka pinagtatago rito: itanong sa embahada o sa national hotline ang tungkol sa sinumang lumalapit sa iyo.
