# Machine-drafted translation: needs review by a native speaker.
recovery-title = Ang recovery firm
recovery-summary = Nawalan ka na ng pera sa isang investment scam. Ngayon, may firm na nagsasabing kaya nilang bawiin ang pera mo.

## Characters

recovery-character-agent = { $agent }, { $firm }
recovery-character-caller = { $officer }
recovery-character-bank = Fraud team ng bangko mo
recovery-character-police = Opisyal, cybercrime unit ng pulis
recovery-character-group = Support group ng mga survivor ng scam

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

## The first contact

recovery-start = Ikaw si { $you }. Tatlong buwan na ang nakalipas, nawalan ka ng ${ $lost } sa isang pekeng trading app. Nahiya ka, kahit hindi mo iyon kasalanan. Nag-post ka tungkol dito sa Facebook at sa isang online support group, para balaan ang iba. Maraming sumagot nang mabait. May ilang nag-message sa iyo nang pribado.
    .discuss = Bakit hinahanap ng mga scammer ang mga taong kawawalan lang ng pera?

recovery-contact = Subject: Ang kaso ninyo - natunton na ang pondo. Mahal naming kliyente, katuwang ng { $firm } ang { $agency } sa pagbabalik ng perang ninakaw sa online fraud. Natunton ng aming mga analyst ang ${ $lost } ninyo sa isang crypto wallet. Nababawi namin ang hanggang 90% para sa mga biktimang tulad ninyo. Sumagot ngayong araw para mabuksan ang kaso ninyo. Ref. RC-2291/7
    .discuss = Paano kaya nalaman ng firm na ito ang tungkol sa nawalang pera? Ano ang susuriin mo bago ka sumagot?
recovery-contact-reply = Sumagot. Sa wakas, may makakatulong na.
    .feedback = Binabantayan ng mga scammer ang mga post ng mga taong nawalan ng pera, tapos nag-aalok silang bawiin ito. Umuubra ito dahil totoo ang pag-asa at sariwa pa ang sakit. Pangalawang scam ito, para sa mga taong nasaktan na.
recovery-contact-ask-how = Sumagot ng isang tanong: "Paano ninyo ako nahanap?"
    .feedback = Magandang tanong. Pansinin kung ang sagot ay isang bagay na ikaw mismo ang makakasuri.
recovery-contact-check = Huwag munang sumagot. Hanapin ang sariling website ng { $agency } at tingnan kung paano ito nakikipag-ugnayan sa mga biktima.
    .feedback = Ang totoong pulis at regulator ay hindi sumusulat sa mga biktima para magbenta ng recovery na may bayad. Ang pinakamatibay na hakbang na magagawa mo ay magsuri gamit ang impormasyong ikaw mismo ang naghanap.

recovery-found-you = Katrabaho namin ang mga blockchain analyst na nagtutunton ng ninakaw na pondo. Nasa listahan ng mga biktima na natatanggap namin mula sa { $agency } ang kaso ninyo. Mahalaga ang oras: baka maubos na ng mga kriminal ang laman ng wallet. Puwede ba namin kayong tawagan bukas?
recovery-found-you-take-call = Pumayag sa tawag
    .feedback = Hindi ganyan magtrabaho ang pulis: hindi sila nagbibigay ng "listahan ng mga biktima" sa isang pribadong firm. Malamang, nakita nila ang public post mo. Ang deadline ay nagtutulak sa iyo na kumilos bago ka makapagsuri.
recovery-found-you-check = Sabihing ikaw mismo muna ang magtatanong sa { $agency }
    .feedback = Magaling. Hindi magagalit ang totoong ahensiya kung magsusuri ka. Ang scammer ay susubukan kang pigilan, madalas gamit ang deadline.

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
recovery-documents-look-up = Ikaw mismo ang maghanap ng phone number ng { $agency }, at iyon ang tawagan
    .feedback = Eksakto. Walang pinatutunayan ang mga logo at numero sa isang sulat. Ang numerong ikaw mismo ang naghanap ang makakarating sa mga totoong tao.

recovery-spoof-hello = Magandang hapon po. Si { $officer } po ito, asset recovery desk, { $agency }.
recovery-spoof-confirm = Kinukumpirma ko pong ang { $firm } ay awtorisadong partner namin sa kaso ninyo. Pakisunod po ang mga tagubilin nila.
recovery-spoof-bank = At pakiusap, huwag ninyong pag-usapan ang kasong ito sa bangko ninyo. Baka may mga kontak doon ang mga suspek.
recovery-spoof-trust = Iyon na ang sagot. Bayaran ang fee.
    .feedback = Ang "kumpirmasyon" sa numerong ibinigay ng firm ay ang parehong grupo na gumaganap ng pangalawang papel. Malakas na senyales ang pagbabawal na kausapin ang bangko mo: ang totoong opisyal ay gugustuhing kasali ang bangko mo.
recovery-spoof-doubt = Ibaba ang tawag. Ikaw mismo ang maghanap ng opisyal na numero at tawagan iyon.
    .feedback = Magaling. Kahit sino ay puwedeng magsabi ng titulo sa telepono. Tanging ang numerong ikaw mismo ang naghanap ang magsasabi sa iyo kung sino talaga ang kausap mo.

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
recovery-verify-go-police = Pumunta sa cybercrime unit ng pulis para mag-report

recovery-bank-hello = Fraud team po ito, salamat sa pagtawag. Puwede po ba ninyong ikuwento ang nangyari?
recovery-bank-never = Hindi po kami kailanman naniningil para mabawi ang pera, at walang totoong ahensiya na humihingi ng crypto. At hindi kailanman nagpapadala ang { $agency } ng pribadong firm para humingi sa inyo ng pera.
recovery-bank-honest = Hindi ko po maipapangakong babalik ang pera ninyo. Pero kaya naming protektahan ang account ninyo, at tulungan kayong mag-report.
recovery-bank-flag-payments = Ibigay sa kanila ang mga petsa at wallet address ng bawat bayad sa firm
    .feedback = Mahalaga ang mabilis na pagkilos. Mahirap bawiin ang mga bayad sa crypto, pero kayang protektahan ng bangko ang account mo, at nakakatulong ang report mo para matunton ang mga taong nasa likod nito.
recovery-bank-report = Magpasalamat, at i-report din ito sa cybercrime unit ng pulis
    .feedback = Mas maliit pakinggan ang tapat na sagot kaysa sa pangakong 90% ng firm. Iyan ang pagkakaiba: ang totoong tulong ay hindi nangangako ng hindi nito alam, at hindi humihingi ng pera.
recovery-bank-back-to-firm = Nangako ang firm ng 90%. Walang ipinangako ang bangko. Bigyan ng isa pang pagkakataon ang firm.
    .feedback = Mas masarap pakinggan ang malaking pangako kaysa sa tapat na "baka". Kaya napakaepektibo ng recovery scam sa mga taong nawalan na ng pera. Ang tapat na sagot lang ang galing sa taong ikaw mismo ang tumawag.

recovery-police-report = Tinanggap ng opisyal ang report mo. Hiningi nila ang bawat email, chat, resibo at wallet address.
recovery-police-known = May iba pang nag-report tungkol sa { $firm } ngayong buwan. Parehong mga sulat, parehong mga case number.
recovery-police-no-fee = Hindi kami kailanman humihingi ng bayad sa mga biktima. Kung may tumawag na nagsasabing kami sila at humihingi ng pera, ibaba ang tawag.
recovery-police-go-home = Umuwi. Nagawa mo na ang kaya mo.
    .feedback = Itinago mo ang ebidensya mo at nag-report ka sa totoong awtoridad. Iyan mismo ang tama, kahit hindi na bumalik ang pera.
recovery-police-go-home-paid = Umuwi. Nagawa mo na ang kaya mo sa ngayon.
    .feedback = Ang pag-report, kahit nakapagbayad ka na, ay tamang-tama. Nakakatulong ang ebidensya mo sa pulis na pagdugtungin ang mga kaso at maaaring makaprotekta sa iba.
recovery-police-warn-group = Mag-post ng babala sa support group kung saan mo ibinahagi ang kuwento mo
    .feedback = Sa mga pampublikong grupo naghahanap ng biktima ang mga scammer. Ang babala mula sa taong dumaan na rito ang madalas na nagpapatigil sa mga tao.

## The support group

recovery-group-question = Bagong post: "Sabi ng { $firm }, kaya nilang bawiin ang pera ko kapalit ng maliit na fee. May nakasubok na ba sa kanila?"
    .discuss = Paano makikilala ng isang tao sa ganitong grupo ang totoong payo mula sa pekeng papuri? Ano ang puwedeng sabihin ng isang sagot na talagang makakatulong?
recovery-group-praise = Sagot mula sa isang bagong account: "Oo!! Nabawi nila LAHAT ng pera ko sa loob ng dalawang linggo. I-message n'yo na sila ngayon!!"
recovery-group-warn = Sumagot: recovery scam ito. Walang totoong ahensiya na naniningil ng fee. Ganito ang pag-report dito.
    .feedback = Pinangalanan mo ang panlilinlang at nagpakita ka ng mas mabuting paraan. Ang mga nagbubunying sagot mula sa mga bagong account ay madalas ang mga scammer mismo.
recovery-group-share-story = Ibahagi ang nangyari sa iyo, kasama ang mga fee
    .feedback = Kailangan ng lakas ng loob para ikuwento ito. Nakikinig ang mga tao sa taong dumaan na rito, at ipinapakita nitong puwede itong mangyari kahit kanino.
recovery-group-scroll = Lampasan na lang. Sapat na ang pinagdaanan mo.
    .feedback = Naiintindihan iyan. Pero ang maikling sagot mula sa taong alam ang mga senyales ay makakapigil sa susunod na tao na magbayad.

## Endings

recovery-end-safe = Hindi ka nagbayad sa firm. Kasama na ang report mo sa iba pang report tungkol sa { $firm }, at nakakatulong iyon sa pulis na pagdugtungin ang mga kaso. Masakit pa rin ang una mong pagkawala, at hindi mo iyon kasalanan. Itinago mo ang ebidensya mo, at alam mo na ngayon ang senyales: ang totoong tulong ay hindi kailanman humihingi ng fee sa crypto.
recovery-end-scammed = Pangalawang scam ang recovery firm, pinapatakbo ng mga taong naghahanap ng mga biktimang nasaktan na. Wala na ang mga fee na ibinayad mo, at hindi kailanman nagkaroon ng naka-freeze na pera. Hindi mo ito kasalanan. I-report ito sa cybercrime unit ng pulis at sa bangko mo, itago ang bawat mensahe at resibo, at kausapin ang taong pinagkakatiwalaan mo o isang support service.
recovery-end-helped = Nanatili sa itaas ng thread ang sagot mo. Nagpasalamat sa iyo ang nagtanong: magpapadala na sana siya ng fee. Sinabi ng iba na natanggap din nila ang parehong mga sulat. Nag-pin ang grupo ng babala tungkol sa { $firm } at ipinaliwanag kung paano mag-report sa totoong awtoridad.

recovery-content-note = Ang kuwentong ito ay tungkol sa pagkawala ng pera dahil sa scam, at sa hiya at takot na maaaring kasunod nito. Walang karahasan dito. Kung may maalala kang pinagdaanan mo, puwede kang huminto o umalis anumang oras gamit ang q, at kausapin ang taong pinagkakatiwalaan mo.

## The catalogue's red flags, in this story's setting

recovery-redflag-upfront-fee = Bayad muna bago maibalik ang pera
    .explain = Pagkatapos mawalan, parang huling hakbang na lang ang bayad para "i-release" o "bawiin" ang pera mo. Parehong daya ito: kapag nagbayad ka, laging may isa pang bayarin.
    .advice = Huwag magbayad kaninuman para mabawi ang nawalang pera. Tanungin ang bangko mo sa numerong nasa likod ng card, at ang cybercrime unit ng pulis sa opisyal na website nito: walang sinisingil ang alinman sa kanila para mag-report o mag-imbestiga.

recovery-redflag-polish-not-proof = Ang mukhang opisyal ay hindi patunay
    .explain = Mga logo, case number, letterhead ng law firm at kalmado at mabait na boses ang nagpapamukhang totoo sa alok na "recovery". Kinokopya ng mga scammer ang totoong kompanya, regulator at pulis, kaya pati maiingat ay naloloko.
    .advice = Suriin sa mga channel na ikaw mismo ang naghanap, hindi sa mga link, numero o dokumentong ipinadala nila: ang bangko mo, ang cybercrime unit ng pulis, ang financial regulator ng bansa mo.
