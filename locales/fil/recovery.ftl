# Machine-drafted translation: needs review by a native speaker.
recovery-title = Ang recovery firm
recovery-content-note = Ang kuwentong ito ay tungkol sa pagkawala ng pera dahil sa scam, at sa hiya at takot na maaaring kasunod nito. Walang karahasan dito. Kung may maalala kang pinagdaanan mo, puwede kang huminto o umalis anumang oras gamit ang q, at kausapin ang taong pinagkakatiwalaan mo.
recovery-summary = Nawalan ka na ng pera sa isang investment scam. Ngayon, may firm na nagsasabing kaya nilang bawiin ang pera mo.

## Characters

recovery-character-agent = { $agent }, { $firm }
recovery-character-caller = { $officer }
recovery-character-bank = Fraud team ng bangko mo
recovery-character-police = Opisyal, cybercrime unit ng pulis
recovery-character-group = Support group ng mga survivor ng scam
recovery-character-search = Mga resulta ng search
recovery-character-regulator = { $fake }, hotline para sa mga biktima
recovery-character-lawyer = Ang abogada, sa opisinang malapit sa iyong tindahan

## Variables

recovery-you-ana = Ana Reyes, na may maliit na bakery sa Quezon City
recovery-you-tunde = Tunde Bakare, na may-ari ng repair shop ng cellphone sa Lagos
recovery-you-mark = Mark Kowalski, na may plumbing business sa Cleveland, Ohio
recovery-you-supaporn = Supaporn Chaiyasit, na may beauty salon sa Chiang Mai
recovery-you-arjun = Arjun Mehta, na may print shop sa Ahmedabad
recovery-you-elena = Elena Popescu, na may flower shop sa Bucharest
recovery-firm-sterling = Sterling Asset Recovery
recovery-firm-apex = Apex Fund Retrieval Group
recovery-firm-crownfield = Crownfield Legal & Recovery
recovery-agent-whitfield = James Whitfield
recovery-agent-bennett = Laura Bennett
recovery-agent-moreau = Daniel Moreau
recovery-agency-fbi = FBI
recovery-agency-interpol = Interpol
recovery-agency-regulator = financial regulator
recovery-officer-harris = Agent Harris
recovery-officer-chen = Officer Chen
recovery-officer-okafor = Inspector Okafor
recovery-fake-ffra = Financial Fraud Recovery Authority
recovery-fake-nfvo = National Fraud Victims Office
recovery-fake-crca = Consumer Restitution and Compensation Agency

## The first contact

recovery-start = Ikaw si { $you }. Tatlong buwan na ang nakalipas, nawalan ka ng ${ $lost } sa isang pekeng trading app: ang unang ${ $card } ay ibinayad gamit ang card, ang iba sa bank transfer at crypto. Nahiya ka, kahit hindi mo iyon kasalanan: ginawa ng mga propesyonal ang app para lokohin kahit ang maingat na tao. Nag-post ka tungkol dito sa Facebook at sa isang online support group, para bigyang-babala ang iba. Maraming sumagot nang mabait. Ilan ang sumulat sa iyo nang pribado.
    .discuss = Bakit hinahanap ng mga scammer ang mga taong kakawala lang ng pera?

recovery-contact = Subject: Ang kaso ninyo - natunton na ang pondo. Mahal naming kliyente, katuwang ng { $firm } ang { $agency } sa pagbabalik ng perang ninakaw sa online fraud. Natunton ng aming mga analyst ang ${ $lost } ninyo sa isang crypto wallet. Nababawi namin ang hanggang 90% para sa mga biktimang tulad ninyo. Sumagot ngayong araw para mabuksan ang kaso ninyo. Ref. RC-2291/7
    .discuss = Paano kaya nalaman ng firm na ito ang tungkol sa nawalang pera? Ano ang susuriin mo bago ka sumagot?
recovery-contact-reply = Sumagot. Sa wakas, may makakatulong na.
    .feedback = Binabantayan ng mga scammer ang mga post ng mga taong nawalan ng pera, tapos nag-aalok silang bawiin ito. Umuubra ito dahil totoo ang pag-asa at sariwa pa ang sakit. Pangalawang scam ito, para sa mga taong nasaktan na.
recovery-contact-ask-how = Sumagot ng isang tanong: "Paano ninyo ako nahanap?"
    .feedback = Magandang tanong. Pansinin kung ang sagot ay isang bagay na ikaw mismo ang makakasuri.
recovery-contact-check = Huwag munang sumagot. Hanapin ang sariling website ng { $agency } at tingnan kung paano sila nakikipag-ugnayan sa mga biktima.
    .feedback = Hindi sumusulat ang tunay na pulis at regulator sa mga biktima para magbenta ng recovery na may bayad. Magandang hakbang ang pagsuri sa pinagkunang ikaw mismo ang naghanap. Pero tingnan kung ano ang ipinapakita ng search: bumibili rin ng search results ang mga scammer.
recovery-contact-lawyer = Huwag silang sagutin. Maghanap ng abogadong humahawak ng kaso ng panloloko
    .feedback = Makatwiran ang magtanong sa propesyonal, at maaaring may bayad ito. Madalas ding nagpapakilalang abogado ang mga "recovery" firm, kaya tingnan kung sino talaga ang nasa likod ng pangalan.

recovery-found-you = Katrabaho namin ang mga blockchain analyst na nagtutunton ng ninakaw na pondo. Nasa listahan ng mga biktima na natatanggap namin mula sa { $agency } ang kaso ninyo. Mahalaga ang oras: baka maubos na ng mga kriminal ang laman ng wallet. Puwede ba namin kayong tawagan bukas?
recovery-found-you-take-call = Pumayag sa tawag
    .feedback = Hindi ganyan magtrabaho ang pulis: hindi sila nagbibigay ng "listahan ng mga biktima" sa isang pribadong firm. Malamang, nakita nila ang public post mo. Ang deadline ay nagtutulak sa iyo na kumilos bago ka makapagsuri.
recovery-found-you-check = Sabihing ikaw mismo muna ang magtatanong sa { $agency }
    .feedback = Magaling. Hindi magagalit ang totoong ahensiya kung magsusuri ka. Ang scammer ay susubukan kang pigilan, madalas gamit ang deadline.
recovery-found-you-bank-first = Huwag munang sumagot, at tawagan ang bangko sa numerong nasa likod ng iyong card
    .feedback = Ang bangko mo ay naabot mo nang mag-isa, at alam nito ang iyong mga bayad. Isang oras kang maghihintay sa linya sa isang abalang linggo.

## A lawyer

recovery-lawyer-stars = Nag-search ka ng "crypto fraud lawyer". Una: "CryptoRecover Legal: 4.9 stars, 312 review. No win, no fee. 93% success rate." Mainit at detalyado ang mga review.
    .discuss = Ano ang sinasabi sa iyo ng tatlong daang magandang review? Ano ang hindi nila sinasabi?
recovery-lawyer-local = Sa ibaba, sa mapa: isang law office na sampung minuto mula sa iyong tindahan. Labing-isang review, ang ilan ay masungit. "Unang konsultasyon: ${ $consult } para sa isang oras."
recovery-lawyer-online-firm = Sumulat sa five-star firm. No win, no fee: walang mawawala
    .feedback = Madaling bilhin o isulat ang mga review, success rate at "no win, no fee". Maraming recovery scam ang gumagamit ng pangalan ng law firm, at saka may "file fee" o "tax" kapag pumirma ka na.
recovery-lawyer-local-lawyer = Mag-book sa lokal na opisina at bayaran ang ${ $consult } para sa isang oras
    .feedback = Ang abogadong mapupuntahan mo, may tunay na opisina at pangalang masusuri mo sa bar, ay taong mapapanagot mo. May bayad ang oras na iyon, at maaaring hindi ito magbalik ng pera.
recovery-lawyer-search = Bago pumili, alamin kung aling ahensya ang humahawak nito sa iyong bansa
    .feedback = Ang pagkilala sa tunay na awtoridad ay tumutulong sa iyong husgahan ang iba. Tingnan kung saan ka dadalhin ng search.

recovery-lawyer-real-fee = Tinanggap ng abogada ang iyong ${ $consult } sa mesa at binigyan ka ng resibo. Matagal niyang binasa ang iyong mga papeles.
recovery-lawyer-real-honest = "Magiging tapat ako sa iyo. Ang perang ipinadala sa crypto ay halos hindi na bumabalik, at nagsisinungaling ang sinumang nangangako ng 90%. Hindi ako tatanggap ng kasong hindi ko maipapanalo."
recovery-lawyer-real-card = "Pero iba ang ${ $card } na ibinayad mo gamit ang card. Humingi ka ng dispute sa bangko, ngayon din: may takdang panahon ito. At i-report mo sa pulis, para nakatala."
recovery-lawyer-real-bank = Umuwi agad at tawagan ang numero ng bangko sa iyong card
    .feedback = Ang payong nagtuturo sa sarili mong bangko, at wala nang hinihinging iba, ang uri ng payong mapagkakatiwalaan. Nagkahalaga ng ${ $consult } ang oras na iyon, at sulit ito.
recovery-lawyer-real-police = Dumaan sa istasyon ng pulis pauwi
    .feedback = Inilalagay ng report sa talaan ang iyong pagkawala, at maiuugnay ito ng pulis sa iba. Mabagal ito, at totoo.
recovery-lawyer-real-firm-after-all = Wala siyang ipinangako. Nangako ang { $firm } ng 90%. Sagutin na rin ang kanilang email
    .feedback = Mas masakit ang tapat na "malamang hindi" kaysa sa kumpiyansang pangako. Pero ang tapat na sagot lang ang galing sa taong masusuri mo. Ang pangako ay galing sa mga taong nakakita sa iyo dahil sa iyong post.

## The fee

recovery-call-sorry = Ako po ang abogadong humahawak ng kaso ninyo. Una sa lahat, ikinalulungkot ko po talaga ang nangyari sa inyo. Mga propesyonal ang mga kriminal na ito. Hindi ninyo iyon kasalanan.
    .discuss = Totoo ang lahat ng nasa unang sinabi niya. Bakit mas madaling paniwalaan ang iba dahil doon?
recovery-call-traced = Natunton na namin ang wallet, at ifri-freeze ito ng { $agency } sa sandaling mai-file namin ang kaso ninyo.
recovery-call-fee = May one-time file fee na ${ $fee }. Kailangan itong bayaran sa USDT, isang crypto coin, para sa seguridad.
recovery-call-pay-fee = Bayaran ang ${ $fee }. Maliit ito kumpara sa ${ $lost }.
    .feedback = Ang bayad bago pa may mangyari ang ubod ng scam na ito. Ang totoong pulis, regulator at fraud team ng bangko ay hindi kailanman naniningil sa mga biktima para mabawi ang pera, at hindi kailanman humihingi ng crypto. Praktisado ang mababait na salita.
recovery-call-ask-proof = Humingi ng patunay: ang lisensya nila, at sulat mula sa { $agency }
    .feedback = Patas ang paghingi ng patunay. Pansinin kung anong klaseng patunay ang makukuha mo, at kung kanino ito galing.
recovery-call-refuse-fee = Sabihing wala kang babayaran hangga't hindi mo nakakausap ang bangko mo
    .feedback = Tama. Ang bayad muna, sa crypto pa, ang pinakamalinaw na senyales. Kung may mababawi mang pera, dadaan ito sa pulis at sa korte, hindi sa bayad sa isang estranghero.

recovery-documents-letter = PDF: isang sulat na may selyo at logo ng { $agency }. "Authorised Recovery Partner. Case RC-2291/7."
    .discuss = Paano mo susuriin kung totoo ang ganitong sulat?
recovery-documents-licence = Ang license number namin ay FRC-448812. Nasa website namin ito, kasama ang mga review ng masasayang kliyente.
recovery-documents-badge = Litrato: si { $agent } na naka-suit, may ID badge, nakatayo sa harap ng isang bandila.
recovery-documents-push = Opisyal ang lahat. Kailangan lang namin ang file fee para makapagsimula.
recovery-documents-pay = Mukhang totoo ang mga papeles. Bayaran ang fee.
    .feedback = Madaling kopyahin ang mga logo, selyo, case number at badge. Mura lang gumawa ng website na puno ng magagandang review. Hindi patunay ang magandang itsura: ang contact lang na ikaw mismo ang naghanap ang makakapagkumpirma.
recovery-documents-call-letter = Tawagan ang phone number na nakalimbag sa sulat, para makasiguro
    .feedback = Tama ang magsuri, pero ang numerong ibinigay nila ay babalik din sa kanila. Gumamit ng numerong ikaw mismo ang naghanap: sa opisyal na website na ikaw ang nag-type ng address, o sa likod ng bank card mo.
recovery-documents-look-up = Hanapin mo mismo ang numero ng { $agency }, at iyon ang tawagan
    .feedback = Tama: walang napapatunayan ang mga logo at numero sa sulat, kaya ikaw mismo ang maghahanap. Mahalaga rin kung saan ka naghahanap.

recovery-spoof-hello = Magandang hapon po. Si { $officer } po ito, asset recovery desk, { $agency }.
recovery-spoof-confirm = Kinukumpirma ko pong ang { $firm } ay awtorisadong partner namin sa kaso ninyo. Pakisunod po ang mga tagubilin nila.
recovery-spoof-bank = At pakiusap, huwag ninyong pag-usapan ang kasong ito sa bangko ninyo. Baka may mga kontak doon ang mga suspek.
recovery-spoof-trust = Iyon na ang sagot. Bayaran ang fee.
    .feedback = Ang "kumpirmasyon" sa numerong ibinigay ng firm ay ang parehong grupo na gumaganap ng pangalawang papel. Malakas na senyales ang pagbabawal na kausapin ang bangko mo: ang totoong opisyal ay gugustuhing kasali ang bangko mo.
recovery-spoof-doubt = Ibaba ang tawag. Hanapin mo mismo ang opisyal na numero at tawagan ito.
    .feedback = Mabuti. Kahit sino ay makapagsasabi ng titulo sa telepono. Ang numerong ikaw mismo ang naghanap, sa pinagkunang mapagkakatiwalaan, ang magsasabi kung sino talaga ang kausap mo.

## Your own search

recovery-search-results = Itinipa mo ang pangalan ng { $agency } at "fraud victims" sa isang search engine.
    .discuss = Ikaw mismo ang nakahanap ng numerong ito. Ano pa ang gusto mong malaman bago ito pagkatiwalaan?
recovery-search-top = Sa itaas, may markang "Sponsored": { $fake }, "Official victim restitution service". May pambansang sagisag ang page, isang form para sundan ang kaso at 24-oras na hotline.
recovery-search-gov = Sa ibaba: isang mas simpleng page sa address ng gobyerno, may abisong "Scam alert: fraud recovery firms".
recovery-search-call-top = Tawagan ang hotline sa itaas: mukha itong opisyal, at ikaw mismo ang nakahanap
    .feedback = Ito ang ginagawa ng maingat na tao, at alam iyon ng mga scammer: bumibili sila ng search ads at kinokopya ang mga sagisag para sa mga kamukhang ahensya. Magandang ugali ang maghanap ng numero nang mag-isa, pero hindi ito sapat nang mag-isa.
recovery-search-gov-page = Basahin muna ang scam alert sa mas simpleng page
    .feedback = Address ng gobyerno, isang payak na page at babalang walang hinihingi sa iyo: madalas ganyan ang itsura ng tunay na awtoridad.
recovery-search-ask-bank = Napakaraming mukhang opisyal na page. Tawagan ang bangko sa numerong nasa iyong card
    .feedback = Kapag hindi mo masabi kung aling page ang totoo, bumalik sa numerong hawak mo na bago pa nagsimula ang lahat ng ito.

recovery-fake-reg-menu = Isang recorded na boses: "Naabot mo ang { $fake }. Para sa mga biktima ng online fraud, pindutin ang 1."
recovery-fake-reg-confirm = Agad na nahanap ng isang kalmadong opisyal ang numero ng iyong kaso. "Oo, ang { $firm } ay rehistradong recovery partner. Totoo ang iyong file."
recovery-fake-reg-no-fee = "At magaling na direkta kang nagtanong sa amin. Hindi kami humihingi ng crypto sa mga biktima, at hindi kailanman ng bayad."
recovery-fake-reg-escrow = "Ang filing deposit ay ipapadala sa bank transfer sa aming supervised client account, at maibabalik ito nang buo kung mabigo ang recovery. Magsasara ngayong araw ang filing window ng iyong kaso."
recovery-fake-reg-pay-escrow = Bayaran ang deposit sa bank transfer. Sinuri mo, nagbabala sila laban sa crypto, at maibabalik ito
    .feedback = Ginawa mo ang mga pagsusuring kaya ng maingat na tao: ikaw mismo ang naghanap ng numero, hindi ka nagbayad ng crypto, may resibo ka. Ginawa ang kamukhang ahensya para makapasa sa bawat isa nito. Ito ang tuntuning laging totoo: walang tunay na humihingi ng bayad para maibalik ang nawalang pera, kahit "refundable" na deposit.
recovery-fake-reg-pay-half = Mag-alok ng kalahati ngayon at kalahati kapag naibalik na ang pera
    .feedback = Parang proteksyon ang pagpigil sa kalahati. Pero ang anumang perang ibinayad bago lumabas ang pera ay siya mismong panlilinlang, paano man ito hatiin.
recovery-fake-reg-ask-bank = Sabihing tatawag ka ulit pagkatapos makausap ang iyong bangko
    .feedback = Ang "window" na magsasara ngayon ay presyon para hindi ka magtanong sa iba. Alam ng bangko mo kung aling mga account ang totoo. Maaaring lumampas ka sa deadline, at ang tunay na ahensya ay hindi magtatakda ng ganoon.

recovery-fake-paid = Pumasok ang transfer, at dumating ang resibong may sagisag. Makalipas ang dalawang araw, hindi na sumasagot ang hotline, wala na ang page, at hindi na sumasagot ang { $firm }. Wala na rin ang perang ipinadala mo.

## The frozen funds

recovery-paid-thanks = Natanggap na ang fee. Bukas na ang kaso ninyo.
    .discuss = "Handa" na ang pera, pero pagkatapos lang ng isa pang fee. Bakit napakahirap tumigil dito? Ano ang sasabihin mo sa isang kaibigang nasa ganitong sitwasyon?
recovery-paid-frozen = Magandang balita! Na-freeze na ng { $agency } ang wallet. Handa nang ilabas ang ${ $lost } ninyo.
recovery-paid-portal = Makikita ninyo ito sa client portal ninyo. Status: FROZEN, naghihintay ng release fee.
recovery-paid-release = Ang huling release fee ay ${ $final }, sa USDT, sa loob ng 48 oras. Pagkatapos noon, baka bumalik ang pondo sa mga kriminal.
recovery-paid-pay-final = Bayaran ang ${ $final }. Malapit na malapit ka na.
    .feedback = Ang perang "naka-freeze" hangga't hindi ka nagbabayad ng isa pang fee ay parehong panlilinlang ng unang scam. Ang portal ay isang page lang na kontrolado nila. Laging may isa pang fee.
recovery-paid-deduct = Sabihing ibawas na lang ang fee sa mababawing pera
    .feedback = Patas na tanong. Kung talagang nandoon ang pera, puwedeng kunin doon ang fee.
recovery-paid-stop = Tumigil. Tawagan ang fraud team ng bangko mo sa numerong nasa card mo.
    .feedback = Tama. Ang sarili mong pera na ipinipigil hangga't hindi ka nagbabayad ulit ay senyales na wala talagang mailalabas. Ang pagtigil ngayon ay nagpoprotekta sa natitira pa sa iyo.

recovery-excuse-law = Hindi iyan pinapayagan ng international law. Hindi puwedeng galawin ang naka-freeze na pondo hangga't hindi nababayaran ang fee.
recovery-excuse-risk = Isinusugal ko ang lisensya ko para matulungan kayo. Ang ibang kliyente ay nagbayad at nabawi ang lahat.
recovery-excuse-clock = 36 oras na lang. Pakiusap, huwag ninyong hayaang mawala ulit ang lahat.
recovery-excuse-pay = Magbayad. Hindi mo kakayaning mawala ulit ang lahat.
    .feedback = Ang "huwag ninyong hayaang mawala ulit ang lahat" ay ginagamit ang sakit mo laban sa iyo. Walang batas na pumipigil na kunin ang fee mula sa totoong pera. Wala ang naka-freeze na pondo.
recovery-excuse-stop = Tumigil, at magtanong sa bangko mo sa numerong nasa card mo
    .feedback = Tama. Walang ganoong batas, dahilan lang para magbayad ka muna. Kailangan ng lakas para tumigil sa ilalim ng ganitong presyon.

recovery-second-paid-received = Natanggap na ang bayad. Isang huling hakbang na lang.
recovery-second-paid-certificate = Ngayon, kailangan ng { $agency } ng anti-money-laundering certificate bago ilabas ang pondo: ${ $fee }. Pagkatapos noon, sa inyo na ang pondo.
recovery-second-paid-pay-again = Magbayad pa nang isang beses. Kailangang matapos din ito.
    .feedback = Likas sa tao ang patuloy na umasa. Pero bawat fee na binabanggit nila ay may kasunod na iba, dahil walang perang ilalabas.
recovery-second-paid-stop = Tumigil. I-save ang bawat mensahe at resibo, at humingi ng totoong tulong.
    .feedback = Napakahirap tumigil pagkatapos mong magbayad, at iyon ang tamang hakbang. Kahit magkano ang naibayad mo, hindi ikaw ang may kasalanan sa ginawa nila.

## The real help

recovery-verify = Itinabi mo ang mga mensahe ng firm. Ikaw mismo ang naghanap ng mga numero: ang nasa likod ng bank card mo, at ang cybercrime unit ng pulis sa opisyal nitong website, na ikaw mismo ang nag-type ng address, hindi mula sa isang link.
    .discuss = Saan ka makakahanap ng numerong mapagkakatiwalaan sa bansa mo?
recovery-verify-call-bank = Tawagan ang fraud team ng bangko mo
recovery-verify-go-police = Pumunta sa police cybercrime unit para mag-report: isang hapong sarado ang tindahan
recovery-verify-lawyer = Magbayad muna para sa isang oras sa lokal na abogado, para maintindihan ang iyong mga opsyon
recovery-verify-warn-group = Una, bigyang-babala ang support group kung saan mo ibinahagi ang iyong kuwento

recovery-bank-hello = Fraud team po ito, salamat sa pagtawag. Puwede po ba ninyong ikuwento ang nangyari?
recovery-bank-never = Hindi po kami kailanman naniningil para mabawi ang pera, at walang totoong ahensiya na humihingi ng crypto. At hindi kailanman nagpapadala ang { $agency } ng pribadong firm para humingi sa inyo ng pera.
recovery-bank-honest = Mahirap bawiin ang mga transfer at ang crypto, at wala akong maipapangako. Iba ang ${ $card } na ibinayad mo gamit ang card: puwede namin itong i-dispute, kung sisimulan natin ngayon.
recovery-bank-dispute = Simulan ang card dispute, kahit kailangang mag-fill up ng mga form ngayong gabi
    .feedback = Ang card dispute (chargeback) ay tunay na paraan para may maibalik na pera, sa sarili mong bangko, nang walang babayaran. May takdang panahon ito, ilang linggo ang tagal, at maaaring hindi magtagumpay.
recovery-bank-flag-payments = Ibigay sa kanila ang mga petsa at wallet address ng bawat bayad sa firm
    .feedback = Mahalaga ang mabilis na pagkilos. Mahirap bawiin ang mga bayad sa crypto, pero kayang protektahan ng bangko ang account mo, at nakakatulong ang report mo para matunton ang mga taong nasa likod nito.
recovery-bank-report = Magpasalamat, at i-report din ito sa cybercrime unit ng pulis
    .feedback = Mas maliit pakinggan ang tapat na sagot kaysa sa pangakong 90% ng firm. Iyan ang pagkakaiba: ang totoong tulong ay hindi nangangako ng hindi nito alam, at hindi humihingi ng pera.
recovery-bank-back-to-firm = Nangako ang firm ng 90%. Walang ipinangako ang bangko. Bigyan ng isa pang pagkakataon ang firm.
    .feedback = Mas masarap pakinggan ang malaking pangako kaysa sa tapat na "baka". Kaya napakaepektibo ng recovery scam sa mga taong nawalan na ng pera. Ang tapat na sagot lang ang galing sa taong ikaw mismo ang tumawag.

recovery-police-report = Tinanggap ng opisyal ang report mo. Hiningi nila ang bawat email, chat, resibo at wallet address.
recovery-police-slow = Maaaring abutin ito ng ilang buwan, at hindi ko maipapangakong mahuhuli namin sila. Heto ang numero ng iyong kaso.
recovery-police-known = May iba pang nag-report tungkol sa { $firm } ngayong buwan. Parehong mga sulat, parehong mga case number.
recovery-police-no-fee = Hindi kami kailanman humihingi ng bayad sa mga biktima. Kung may tumawag na nagsasabing kami sila at humihingi ng pera, ibaba ang tawag.
recovery-police-go-home = Umuwi. Nagawa mo na ang kaya mo.
    .feedback = Itinago mo ang ebidensya mo at nag-report ka sa totoong awtoridad. Iyan mismo ang tama, kahit hindi na bumalik ang pera.
recovery-police-go-home-disputed = Umuwi, at hintayin ang sagot ng bangko tungkol sa card
    .feedback = Ginamit mo ang dalawang daang totoo: report sa pulis at ang iyong bangko. Walang nangako ng kahit ano, at walang humingi sa iyo ng pera.
recovery-police-ask-bank = Magtanong kung ano ang gagawin sa bayad sa card, at tawagan ang bangko
    .feedback = Hindi kayang ibalik ng pulis ang isang bayad; minsan kaya ng bangko mo. Isa pang tawag sa isang mahabang araw.
recovery-police-go-home-paid = Umuwi. Nagawa mo na ang kaya mo sa ngayon.
    .feedback = Ang pag-report, kahit nakapagbayad ka na, ay tamang-tama. Nakakatulong ang ebidensya mo sa pulis na pagdugtungin ang mga kaso at maaaring makaprotekta sa iba.
recovery-police-warn-group = Mag-post ng babala sa support group kung saan mo ibinahagi ang kuwento mo
    .feedback = Sa mga pampublikong grupo naghahanap ng biktima ang mga scammer. Ang babala mula sa taong dumaan na rito ang madalas na nagpapatigil sa mga tao.

## The card dispute

recovery-chargeback-forms = Nagbukas kami ng dispute sa ${ $card }. Pakipadala ang iyong mga statement at mga screenshot ng app bago mag-Biyernes.
    .discuss = Walang ipinapangako ang bangko at papeles ang hinihingi. Nangako ang firm ng 90%. Alin ang pagkakatiwalaan mo, at bakit?
recovery-chargeback-weeks = Maaaring abutin ito ng hanggang anim na linggo. Maaaring kontrahin ito ng kabilang kompanya.
recovery-chargeback-no-promise = Pasensya na, wala na akong masasabi pa. Hindi kami humihingi ng bayad, at makikipag-ugnayan lang kami sa iyo sa app o sa numerong nasa iyong card.
recovery-chargeback-police-too = I-report din ito sa pulis, kasama ang case number ng bangko
    .feedback = Nakakatulong ang police report sa dispute ng bangko at iniuugnay nito ang kaso mo sa iba. Isa pang hapong sarado ang tindahan.
recovery-chargeback-wait = Ipadala ang mga papeles, at maghintay
    .feedback = Mahirap maghintay kapag may ibang nangangako sa iyo ng mabilis na resulta. Mabagal ang tunay na daan.
recovery-chargeback-wait-paid = Ipadala ang mga papeles, at maghintay
    .feedback = Mahirap maghintay kapag may ibang nangangako sa iyo ng mabilis na resulta. Mabagal ang tunay na daan.
recovery-chargeback-firm-faster = Sumulat ulit ang { $firm }: kaya raw nilang "pabilisin" ang dispute mo sa bangko. Hayaan silang tumulong habang naghihintay
    .feedback = Madalas mag-alok ang mga recovery scammer na "pabilisin" ang isang tunay na proseso. Hindi kailangan ng bangko mo ng tagapamagitan, at hindi ito humihingi ng bayad.
recovery-chargeback-warn-group = Bigyang-babala ang support group tungkol sa { $firm } habang naghihintay
    .feedback = Ang babala mula sa taong nakaranas na nito ay pinaniniwalaan ng mga tao.

## The support group

recovery-group-question = Bagong post: "Sabi ng { $firm }, kaya nilang bawiin ang pera ko kapalit ng maliit na fee. May nakasubok na ba sa kanila?"
    .discuss = Paano makikilala ng isang tao sa ganitong grupo ang totoong payo mula sa pekeng papuri? Ano ang puwedeng sabihin ng isang sagot na talagang makakatulong?
recovery-group-praise = Sagot mula sa isang bagong account: "Oo!! Nabawi nila LAHAT ng pera ko sa loob ng dalawang linggo. I-message n'yo na sila ngayon!!"
recovery-group-warn = Sumagot: recovery scam ito. Walang totoong ahensiya na naniningil ng fee. Ganito ang pag-report dito.
    .feedback = Pinangalanan mo ang panlilinlang at nagpakita ka ng mas mabuting paraan. Ang mga nagbubunying sagot mula sa mga bagong account ay madalas ang mga scammer mismo.
recovery-group-share-story = Ibahagi ang nangyari sa iyo, kasama ang mga fee
    .feedback = Kailangan ng lakas ng loob para ikuwento ito. Nakikinig ang mga tao sa taong dumaan na rito, at ipinapakita nitong puwede itong mangyari kahit kanino.
recovery-group-report-post = I-report sa mga admin ng grupo ang papuring reply bilang pekeng account
    .feedback = Karaniwang panlilinlang sa mga grupo ng biktima ang bagong account na puno ng papuri. Kaya itong alisin ng mga admin at bigyang-babala ang mga miyembro.
recovery-group-scroll = Lampasan na lang. Sapat na ang pinagdaanan mo.
    .feedback = Naiintindihan iyan. Pero ang maikling sagot mula sa taong alam ang mga senyales ay makakapigil sa susunod na tao na magbayad.

## Endings

recovery-end-safe = Hindi ka nagbayad sa firm. Kasama na ang report mo sa iba pang report tungkol sa { $firm }, at nakakatulong iyon sa pulis na pagdugtungin ang mga kaso. Masakit pa rin ang una mong pagkawala, at hindi mo iyon kasalanan. Itinago mo ang ebidensya mo, at alam mo na ngayon ang senyales: ang totoong tulong ay hindi kailanman humihingi ng fee sa crypto.
recovery-end-scammed = Pangalawang scam ang recovery firm, pinapatakbo ng mga taong naghahanap ng mga biktimang nasaktan na. Wala na ang mga fee na ibinayad mo, at hindi kailanman nagkaroon ng naka-freeze na pera. Hindi mo ito kasalanan. I-report ito sa cybercrime unit ng pulis at sa bangko mo, itago ang bawat mensahe at resibo, at kausapin ang taong pinagkakatiwalaan mo o isang support service.
recovery-end-helped = Nagpasalamat sa iyo ang nagtanong: magpapadala na sana sila ng bayad. Sinabi ng iba na nakatanggap din sila ng parehong mga sulat. Inalis ng mga admin ang papuring reply, at nag-pin ang grupo ng babala tungkol sa { $firm }, kasama kung paano mag-report sa tunay na awtoridad.
recovery-end-chargeback = Makalipas ang pitong linggo, bumalik sa iyong card ang ${ $card }. Hindi ito ang lahat ng nawala sa iyo: wala pa rin ang mga transfer at ang crypto, at bukas pa ang kaso sa pulis, mabagal at tahimik. Pero walang humingi sa iyo ng kahit ano, at ang mga tumulong ay ang mga naabot mo sa mga numerong hawak mo na. Hindi mo kasalanan ang unang pagkawala, at wala ka nang nawala pa sa mga scammer.
recovery-end-regulator = Nawala sa iyo ang deposit matapos mong gawin ang ginagawa ng maingat na tao: hindi ka basta naniwala sa firm, ikaw mismo ang nag-search, tumawag ka sa mukhang opisyal na ahensya, hindi ka nagbayad ng crypto. Peke ang ahensya, pati ang search ad, at ginawa para makapasa sa mga pagsusuring iyon. Hindi mo ito kasalanan. Tawagan agad ang iyong bangko (minsan naibabalik pa ang bagong transfer), i-report ang page at numero ng pekeng ahensya sa pulis at sa tunay na regulator, at tandaan ang tuntuning totoo kahit pumasa ang bawat pagsusuri: walang tunay na humihingi ng bayad para maibalik ang pera.

## The catalogue's red flags, in this story's setting

recovery-redflag-upfront-fee = Bayad muna bago maibalik ang pera
    .explain = Pagkatapos mawalan, parang huling hakbang na lang ang bayad para "i-release" o "bawiin" ang pera mo. Parehong daya ito: kapag nagbayad ka, laging may isa pang bayarin.
    .advice = Huwag magbayad kaninuman para mabawi ang nawalang pera. Tanungin ang bangko mo sa numerong nasa likod ng card, at ang cybercrime unit ng pulis sa opisyal na website nito: walang sinisingil ang alinman sa kanila para mag-report o mag-imbestiga.

recovery-redflag-polish-not-proof = Ang mukhang opisyal ay hindi patunay
    .explain = Mga logo, case number, letterhead ng law firm at kalmado at mabait na boses ang nagpapamukhang totoo sa alok na "recovery". Kinokopya ng mga scammer ang totoong kompanya, regulator at pulis, kaya pati maiingat ay naloloko.
    .advice = Suriin sa mga channel na ikaw mismo ang naghanap, hindi sa mga link, numero o dokumentong ipinadala nila: ang bangko mo, ang cybercrime unit ng pulis, ang financial regulator ng bansa mo.
