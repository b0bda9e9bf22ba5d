# Machine-drafted translation: needs review by a native speaker.
the-journey-title = Ang biyahe
the-journey-summary = Pumayag ka na sa isang trabaho sa abroad, at papunta ka na roon. May babala sa bawat bahagi ng biyahe, at may paraan para makaiwas.
the-journey-content-note = May bahagi ang kuwentong ito tungkol sa human trafficking at mga pagbabanta. Walang ipinapakitang karahasan. Puwede kang huminto o umalis anumang oras gamit ang q.

## Characters

the-journey-character-recruiter = { $recruiter }, HR Manager
the-journey-character-officer = Immigration officer
the-journey-character-contact = { $contact }, driver ng kompanya

## Variables

the-journey-traveller-linh = Linh, isang accountant mula sa Vietnam
the-journey-traveller-arjun = Arjun, isang software tester mula sa India
the-journey-traveller-grace = Grace, isang guro mula sa Uganda
the-journey-traveller-joseph = Joseph, isang IT graduate mula sa Kenya
the-journey-traveller-minh = Minh, 17, mula sa isang baryo sa Nghe An, Vietnam, na huminto sa pag-aaral para tumulong sa pamilya

the-journey-hub-dubai = Dubai
the-journey-hub-hong-kong = Hong Kong
the-journey-hub-singapore = Singapore
the-journey-hub-kuala-lumpur = Kuala Lumpur

the-journey-recruiter-vicky = Vicky
the-journey-recruiter-anna = Anna
the-journey-recruiter-kelly = Kelly

the-journey-contact-tony = Tony
the-journey-contact-ben = Ben
the-journey-contact-jack = Jack

the-journey-relative-sister = ate
the-journey-relative-brother = kuya
the-journey-relative-mother = nanay
the-journey-relative-cousin = pinsan

## Home, the night before the flight

the-journey-start-who = Ikaw si { $traveller }. Tatlong linggo na ang nakalipas, inalok ka ng isang recruiter na nagngangalang { $recruiter } ng trabaho sa customer support sa Bangkok: ${ $salary } kada buwan, bayad na ang flight at tirahan. Walang nagtanong kung ilang taon ka na, o humingi ng kahit isang reference.
    .discuss = Ano na ang nagawa at nagastos mo pagsapit ng gabi bago ang flight?
the-journey-start-tonight = Tinulungan ka ng pamilya mong maghanda, at nakapagpaalam ka na sa mga kaibigan mo. Bukas ng umaga ang flight mo. Nakaimpake na ang bag mo nang mag-vibrate ang phone mo.

the-journey-briefing-ticket = Good evening! Nasa email mo na ang ticket. Hanggang { $hub } lang muna ang unang flight. Ipapadala ko ang susunod na ticket pag-land mo.
    .discuss = Alin sa mga mensaheng ito ang mag-aalala sa iyo, at alin ang mukhang normal?
the-journey-briefing-visa = Tourist visa ang gagamitin mo. Matagal ang work visa, papalitan natin sa Bangkok. Ganyan ang ginagawa ng lahat.
the-journey-briefing-holiday = Sa immigration, sabihin mo bakasyon. Wag mong sabihing trabaho. Wag mong banggitin ang pangalan ng company.
the-journey-briefing-delete = At paki-delete ang chat na ito bago ka pumunta sa airport. Rule ng company.
the-journey-briefing-ask-visa = Itanong kung bakit kailangan ng tourist visa sa isang totoong trabaho, at hingin munang makita ang kontrata
    .feedback = Magandang tanong. Ang totoong employer ay kumukuha ng work visa para sa iyo bago ka bumiyahe. Sa "papalitan na lang natin", nauuwi ang trabaho sa isang biyaheng walang karapatang magtrabaho at walang proteksyon.
the-journey-briefing-forward = Sabihing OK, pero i-forward muna ang buong chat sa { $relative } mo bago mo i-delete
    .feedback = Matalino ang mag-iwan ng kopya sa taong pinagkakatiwalaan mo, at maaaring mahalaga ito sa huli. Pero ang babala ay ang tourist visa: ang totoong trabaho sa abroad ay nagsisimula sa work visa.
the-journey-briefing-agree = Sabihing OK. Ilang beses na nilang ginawa ito, siguradong alam nila
    .feedback = Ang tourist visa ang babala. Pinapalabas ito ng mga recruiter na parang normal na shortcut. Umuubra ito dahil kalmado at sigurado sila kung magsalita, at pumayag ka na sa trabaho.

the-journey-pushback-normal = Bakit ang daming tanong? Ganito pumunta ang lahat.
the-journey-pushback-contract = Sa opisina mo pipirmahan ang kontrata. Sobrang busy ng boss.
the-journey-pushback-cancel = Bukas ng umaga ang flight. Kapag nag-cancel ka ngayon, babayaran mo ang ticket: ${ $ticket }.
the-journey-pushback-trust = Akala ko nagtitiwala ka sa akin. Maraming may gusto sa trabahong ito.
the-journey-pushback-check-agency = Bago ka magpasya, tawagan ang ahensiya ng gobyerno para sa mga migrant worker at magtanong tungkol sa trabahong ito
    .feedback = Napansin mo ang pamimilit: walang kontrata, banta tungkol sa pera, at pagpapakonsensya. Kayang maghintay ng totoong employer nang isang araw habang nagsusuri ka. Masasabi sa iyo ng ahensiya kung may lisensya ang recruiter at kung rehistrado ang trabaho.
the-journey-pushback-go-anyway = Tumuloy. Hindi mo kayang bayaran ang ticket, at umaasa sa iyo ang pamilya mo
    .feedback = Ang pagmamadali, ang "utang" para sa ticket at ang walang nakasulat na kontrata ay mga taktika ng pamimilit. Umuubra ang mga ito sa sinumang nakapagplano na at nakapagsabi na sa pamilya. Kayang maghintay nang isang araw ng totoong trabaho habang nagsusuri ka.
the-journey-pushback-go-watchful = Tumuloy, pero mangako sa sarili na babalik ka sa unang bagay na hindi tugma
    .feedback = Mahalaga ang pangako sa sarili, at marami ang gumagawa nito. Mahirap itong tuparin kapag nasa daan ka na: bawat hakbang ay nagpapaliit sa susunod. Mas madaling tuparin kung sasabihin mo sa isang tao sa bahay kung ano ang "unang bagay" na iyon.

the-journey-end-agency = Sinuri ito para sa iyo ng opisyal sa ahensiya para sa mga migrant worker. Walang lisensya ang recruiter, at hindi rehistrado ang trabaho. "Ang totoong trabaho sa abroad ay may work visa at kontratang pinipirmahan mo bago ka lumipad," sabi niya. Hindi ka tumuloy. Hindi na sumagot si { $recruiter }, at walang kahit sinong naningil ng pera para sa ticket.

## The home airport

the-journey-departure = Sa airport, nakarating ka sa passport control. Tiningnan ng opisyal ang tourist visa mo, tapos ikaw. "Ano ang pakay ng biyahe mo?" Sa isip mo, naririnig mo si { $recruiter }: sabihin mo bakasyon.
    .discuss = Bakit gugustuhin ng isang recruiter na magsinungaling ka sa nag-iisang opisyal na posibleng magtanong?
the-journey-departure-say-holiday = Sabihing "bakasyon", gaya ng itinuro sa iyo
    .feedback = Babala ang pagturo sa iyo kung ano ang sasabihin sa immigration. Nagtatanong ang mga opisyal dahil sinanay silang makakita ng trafficking. Ang pagsisinungaling ay naglalayo sa iyo sa nag-iisang tao rito na trabaho ang protektahan ka.
the-journey-departure-tell-truth = Sabihin ang totoo: papunta ka sa isang trabaho, naka-tourist visa
    .feedback = Kinailangan ng lakas ng loob para diyan. Ang totoong employer ay hindi kailanman mangangailangang magsinungaling ka sa border, at ang pagsasabi ng totoo ay nagbibigay-daan sa opisyal na tulungan ka.
the-journey-departure-turn-back = Huwag nang magsalita. Umalis sa pila at umuwi
    .feedback = Ayos lang na pakinggan ang masamang kutob. Ticket ang kapalit ng pag-uwi. Ang pagtuloy ay maaaring mas malaki pa ang kapalit.

the-journey-officer = Ibinaba ng opisyal ang passport mo. "Salamat sa pagsasabi mo. Wala kang problema. Marami kaming nakikitang alok na trabahong ganito, at may ilang nauuwi sa scam compound sa kabila ng border. Puwede mo bang ipakita sa akin ang mga mensahe?"
the-journey-officer-show = Ipakita sa opisyal ang mga mensahe
    .feedback = Totoong katulong dito ang opisyal. Linggo-linggo nakakakita ng ganitong mga ruta ang mga opisyal sa airport. Sa chat, masusuri nila ang recruiter, at mababalaan ang iba.
the-journey-officer-back-out = Sa takot, sabihing hindi pagkakaintindihan lang iyon at talagang bakasyon ito
    .feedback = Ang takot na mapahamak ang mismong inaasahan ng mga recruiter. Dito, kakampi mo ang opisyal. Puwede ka pa ring magbago ng isip habang nasa biyahe.
the-journey-officer-take-card = Ipakita ang mga mensahe, pero sabihing nakapagpasya ka nang tumuloy. Kunin ang card ng opisyal.
    .feedback = Hindi laging kayang pigilan ng opisyal ang isang adult na may valid na visa, at may karapatan kang magpasya. Mahalaga ang card: ang opisyal sa bansa mo na alam ang pangalan at ruta mo ay taong matatawagan ng pamilya mo.

the-journey-end-officer = Binasa ng opisyal ang chat at tinawagan ang isang kasamahang humahawak ng mga kaso ng trafficking. Walang work visa at walang lisensyadong agency, kuwento lang ng bakasyon. Naiwan ka ng flight, at wala kang naging problema. Nakatulong ang report mo para mabalaan nila ang ibang taong nakatanggap ng parehong alok.

the-journey-end-turned-back = Bumalik ka. Parang pagkabigo ang pakiramdam, at nag-alala ka sa pera. Pero wala kang utang sa mga taong nag-utos sa iyong magsinungaling. Pag-uwi mo, ini-report mo si { $recruiter } sa ahensiya ng gobyerno para sa mga migrant worker, at binabalaan na nito ngayon ang iba tungkol sa alok na ito.

## The transit city

the-journey-transit-landed = Nasa { $hub } ka na? Good. Nasa email mo na ang susunod na ticket: { $hub } papuntang Bangkok.
    .discuss = Normal ang magpalit ng eroplano. Ano sa biyaheng ito ang hindi normal?
the-journey-transit-others = May tatlo pang bagong staff sa flight mo. Wag kang tumabi sa kanila. Wag kayong mag-usap. Hindi kayo magkakakilala.
the-journey-transit-hotel = Kung magtanong ang immigration sa Bangkok, ipakita ang hotel booking. Bakasyon ito.
the-journey-transit-turn-back-hub = Sobrang daming sikreto. Pumunta sa desk ng airline at magtanong tungkol sa flight pauwi
    .feedback = Ang ticket na paisa-isa, ang transit city at ang "wag kayong mag-usap" ay nagpapahirap sundan ang ruta mo, para sa mga opisyal at sa pamilya mo. Puwede ka pang bumalik dito.
the-journey-transit-tell-family = Sumakay, pero ipadala muna sa { $relative } mo ang dalawang ticket, ang number ng recruiter at litrato ng passport mo
    .feedback = Nakita mong sadyang pinahirap sundan ang ruta. Ngayon, may taong pinagkakatiwalaan mong kayang sumunod dito. Anuman ang mangyari, makakatulong ang kopyang iyon.
the-journey-transit-ask-others = Tumabi pa rin sa ibang recruit, at tahimik na ikumpara ang sinabi sa bawat isa
    .feedback = Nakita mong ginawa ang ruta para paghiwalayin kayo. Sa pagkukumpara ng kuwento napapansin ng mga recruit na hindi tugma ang mga pangako: sa isa, customer service; sa iba, data entry; sa isa, Bangkok; sa iba, "malapit sa Bangkok".
the-journey-transit-board = Sumakay. Maraming tao ang nagpapalit ng eroplano
    .feedback = Normal ang magpalit ng eroplano. Pero ang ticket na paisa-isang ipinapadala, at ang utos na huwag kausapin ang ibang recruit, ay hindi normal. Itinatago nito kung saan ka talaga pupunta, at pinipigilan ang mga recruit na maghambing ng kuwento.

## Bangkok airport

the-journey-arrival-welcome = Welcome sa Bangkok! Ako si { $contact }, taga-company. Maayos ba ang flight?
    .discuss = Bakit dito hinihingi ang passport, pagkatapos mismo ng mahabang flight? Ano ang puwedeng sabihin ng isang tao para manatili ito sa kanya?
the-journey-arrival-passport = Akin na ang passport mo. Dadalhin ko sa opisina para sa work permit mo.
the-journey-arrival-back = Makukuha mo ulit sa loob ng dalawa, tatlong araw. Nagbigay na ang iba.
the-journey-arrival-hand-over = Iabot ito. Para sa work permit naman
    .feedback = Ang passport mo ang daan mo pauwi at patunay kung sino ka. Walang dahilan ang totoong employer para itago ito. Sa airport nila ito hinihingi dahil pagod ka at pumayag na ang iba.
the-journey-arrival-keep = Ngumiti, at sabihing ikaw na ang magtatago nito at ikaw mismo ang magdadala sa opisina
    .feedback = Tama. Walang dahilan ang employer para hawakan ang passport mo. Ang totoong kompanya ay kayang i-photocopy ito sa harap mo at ibalik agad.
the-journey-arrival-photo = Mag-alok na kunan na lang niya ng litrato ang pahina ng passport
    .feedback = Magandang gitnang daan: ang employer na kailangan ang detalye mo ay puwedeng kopyahin ito sa harap mo at ibalik agad ang passport. Tingnan kung paano siya sasagot: kukunan ng litrato ng taong kopya lang ang kailangan.

the-journey-refuse-unhappy = Hmm. Hindi matutuwa ang boss.
the-journey-refuse-permit = Walang passport, walang work permit. Ikaw na ang magbabayad ng permit. Sobrang mahal.
the-journey-refuse-van = Tara na. Naghihintay ang van. Ikaw na lang ang hinihintay ng lahat.
the-journey-refuse-call-embassy = Bumalik sa loob ng terminal at tawagan ang embahada mo sa Bangkok, gamit ang numero sa opisyal nitong website
    .feedback = Matapang na hakbang. Gamitin ang numero mula sa sariling website ng embahada, hindi ang ibinigay ng kung sino. Ligtas na lugar ang terminal para tumawag: may staff, camera at maraming tao sa paligid.
the-journey-refuse-give-in = Iabot ito. Nakatingin sa iyo ang lahat, at sobrang pagod ka na
    .feedback = Mahirap labanan ang pressure ng grupo pagkatapos ng mahabang biyahe, at sinadya nila iyon. Kapag wala ang passport mo, mas madali kang kontrolin. Tandaan: kahit wala ito, matutulungan ka pa rin ng embahada mo.
the-journey-refuse-keep-go = Itago ang passport sa bulsa mo at sumakay sa van
    .feedback = Mahalaga na hawak mo ang passport mo. Pero sasakay ka sa van kasama ang mga taong kapipilit lang sa iyo. Siguraduhing may taong pinagkakatiwalaan mong alam kung nasaan ka.

the-journey-end-embassy = Sinabihan ka ng embahada na manatili sa loob ng terminal, at nagpadala sila ng susundo sa iyo. Ikinuwento mo sa kanila ang tungkol sa van. Pinahinto ito ng mga opisyal ng Thailand bago pa makaalis, kasama pa sa loob ang tatlong ibang recruit. Walang work permit ang kompanya para kaninuman. Lahat kayo ay nakauwi, hawak ang sarili ninyong passport.

## The road north-west

the-journey-van-road = Ilang oras na bumibiyahe ang van pahilagang-kanluran. Malayo na ang Bangkok.
    .discuss = Lumipat na ang trabaho. Ano pa ang magagawa mo mula sa loob ng van?
the-journey-van-change = Lumingon si { $contact }: "Konting pagbabago. Wala na sa Bangkok ang opisina. Malapit sa Mae Sot. Bagong building, mas malaking company. Parehong trabaho."
the-journey-van-whisper = Bumulong ang babaeng katabi mo: "Nasa border ang Mae Sot. Sabi ng pinsan ko, tumatawid ng ilog ang mga tao mula roon."
the-journey-van-share-location = Tahimik na i-share ang live location mo sa { $relative } mo: "Pinalitan nila ang lugar ng trabaho. Tawagan ang embahada kapag hindi na ako sumasagot."
    .feedback = Ang trabahong lumilipat pagkatapos mong pumayag, at papalapit sa border, ay seryosong babala. Ang location mo at ang salitang "embahada" ay nagbibigay sa pamilya mo ng magagawa.
the-journey-van-call-relative = I-text ang { $relative } mo, na may hawak nang mga ticket mo: "Hindi Bangkok. Mae Sot. Tawagan ang embahada." I-share ang live location mo
    .feedback = Ang trabahong lumilipat pagkatapos mong pumayag, at papalapit sa border, ay seryosong babala. Hawak na ng pamilya mo ang mga ticket at ang number ng recruiter, kaya sapat na ang mensaheng ito para kumilos sila.
the-journey-van-ask-stop = Hilingin kay { $contact } na huminto: gusto mong bumalik sa Bangkok
    .feedback = Nakita mo: lumipat ang trabaho nang walang pahintulot mo, papunta sa border. Tumawa si { $contact } at sinabing huli na, at hindi huminto ang van. Tama ang magtanong; sinasabi nito sa iyo na hindi ka na malayang umalis, at iyon ang sandali para humanap ng anumang paraan para may masabihan sa labas.
the-journey-van-stay-quiet = Manahimik. Thailand pa rin naman ito, at baka mas malaki ang sahod sa mas malaking kompanya
    .feedback = Lumipat ang trabaho nang hindi ka pumapayag, papalapit sa border. Planado ito mula sa simula: nagiging Myanmar o Cambodia ang Thailand nang paunti-unti, para walang hakbang na pakiramdam mo ay malaki.

the-journey-checkpoint-stop = Makalipas ang dalawang oras, bumagal ang van sa isang checkpoint sa kalsada. Naglakad ang isang opisyal sa tabi ng van, tinitingnan ang mga mukha.
the-journey-checkpoint-text = Nag-vibrate ang phone mo. Ang { $relative } mo: "Tinawagan ko ang embahada mo. Sinabihan nila ang mga opisyal ng Thailand tungkol sa van ninyo. Magsalita ka!"
the-journey-checkpoint-order = Mahinang sabi ni { $contact }: "Kapag nagtanong sila, mga turista tayong papunta sa palengke. Wala ka nang ibang sasabihin."
the-journey-checkpoint-speak-up = Buksan ang bintana at sabihin: "Pumunta kami para magtrabaho sa Bangkok. Dinadala nila kami sa border."
    .feedback = Nakita mo kung saan papunta ang daang ito: sa isang border na wala kang legal na paraan para tawirin. Ang mga opisyal na naghahanap na sa van ang dapat mong sabihan.
the-journey-checkpoint-show-phone = Itapat ang phone mo sa bintana, nakabukas ang mensahe ng { $relative } mo
    .feedback = Nakita mo kung saan papunta ang daang ito, at nakahanap ka ng paraang magsalita nang walang salita. Alam ng mga opisyal na hinahanap na ang van kung ano ang ibig sabihin ng mensahe.
the-journey-checkpoint-stay-silent = Huwag magsalita. Nasa tabi mo mismo si { $contact }
    .feedback = Normal ang matakot sa sandaling iyon, at hindi mo kasalanan ang pananahimik. Pero madalas, sandali lang dumarating ang tulong, at hinahayaang lumipas ng pananahimik ang sandaling iyon.

the-journey-checkpoint-alone-stop = Makalipas ang dalawang oras, bumagal ang van sa isang checkpoint sa kalsada. Naglakad ang isang opisyal sa tabi ng van, tinitingnan ang mga mukha.
the-journey-checkpoint-alone-order = Mahinang sabi ni { $contact }: "Kapag nagtanong sila, mga turista tayong papunta sa palengke. Wala ka nang ibang sasabihin."
the-journey-checkpoint-alone-speak-up = Buksan ang bintana at sabihin: "Pumunta kami para sa trabaho sa Bangkok. Dinadala nila kami sa border."
    .feedback = Nakita mo kung saan papunta ang daang ito, at sinabi mo ito nang malakas sa isang opisyal. Iyan mismo ang dapat gawin, at kinailangan ng lakas ng loob.
the-journey-checkpoint-alone-ask-toilet = Humingi ng pahintulot na gumamit ng CR sa checkpoint, at doon sabihin sa opisyal, malayo kay { $contact }
    .feedback = Nakita mo kung saan papunta ang daang ito, at nakahanap ka ng paraang makausap ang opisyal nang hindi naririnig ni { $contact }. Maingat at matapang iyan.
the-journey-checkpoint-alone-stay-silent = Huwag magsalita. Nasa tabi mo mismo si { $contact }
    .feedback = Normal ang matakot sa sandaling iyon, at hindi mo kasalanan ang pananahimik. Pero madalas, sandali lang dumarating ang tulong, at hinahayaang lumipas ng pananahimik ang sandaling iyon.

the-journey-waved = Nakinig ang opisyal. Tapos naglakad siya sa harap ng van at kinausap si { $contact } nang matagal. May dumaan sa pagitan ng mga kamay nila. Tumaas ang harang. Walang nagsalita sa van. Nang gabing iyon, sa ilog na walang border post, walang sandali para tumanggi: apat na lalaki, isang maliit na bangka, ang phone mo sa bag nila.

the-journey-end-checkpoint = Nagsalita ka, at binuksan ng opisyal ang pinto. Dahil tumawag sa embahada ang { $relative } mo, alam ng mga opisyal kung ano ang hahanapin. Pinababa kayong apat sa van at inasikaso, at tinanong si { $contact }. Tinulungan ka ng embahada mo na makauwi.

## The river near Mae Sot

the-journey-river-night = Gabi na. Huminto ang van sa dulo ng isang maputik na daan. Naririnig mo ang agos ng tubig.
    .discuss = Ano ang nagsasabi sa iyo na hindi ito normal na paraan ng pagpasok sa trabaho?
the-journey-river-bank = Walang border post dito. Walang bandila, walang opisyal, walang tatak. Isang maliit na bangka lang at dalawang lalaking naghihintay.
the-journey-river-phones = { $contact }: "Ilagay ang phone sa bag, habang tumatawid lang. Nasa kabila ang opisina. Bilis, bilis."
the-journey-river-get-in = Ibigay ang phone mo at sumakay sa bangka, gaya ng iba
    .feedback = Walang trabahong nagsisimula sa pagtawid ng ilog sa gabi, malayo sa anumang border post. Ang pagtawid nang walang tatak ay mag-iiwan sa iyo sa ibang bansa nang walang papeles, na siyang mismong gusto ng mga trafficker.
the-journey-river-refuse-boat = Tumanggi. Sabihing hindi ka tatawid ng border nang walang border post
    .feedback = Nakita mo ito: hindi opisyal na pagtawid, sa gabi, at kinukuha ang mga phone. Sa kabila ng ilog na ito ang mga scam compound sa paligid ng Myawaddy. Mahirap at matapang ang tumanggi rito.
the-journey-river-last-message = Tumalikod nang saglit. Ipadala sa { $relative } mo ang live location mo at "Ilog malapit sa Mae Sot. Tawagan ang embahada." Tapos iabot ang phone
    .feedback = Nakita mo ang pagtawid na ito kung ano talaga ito. Kahit hindi mo mapigilan ang nangyayari, ang location at ang salitang "embahada" sa tamang kamay ay makakapagpabago sa susunod na mangyayari.

the-journey-riverbank-angry = Gusto mong maiwan dito nang mag-isa? Sa dilim?
the-journey-riverbank-owe = May utang ka sa company na ${ $debt }. Flight, visa, hotel. Magbayad ka ngayon, o sumakay ka.
the-journey-riverbank-walk-away = Hawakan ang passport mo, maglakad pabalik sa kalsada, at tawagan ang embahada mo
    .feedback = Inimbento lang sa mismong sandaling iyon ang "utang": wala kang utang sa mga taong nagsinungaling sa iyo tungkol sa trabaho. May emergency line ang mga embahada para sa mga gabing tulad nito.
the-journey-riverbank-walk-away-no-passport = Maglakad pabalik sa kalsada at tawagan ang embahada mo. Matutulungan ka nila kahit wala ang passport mo
    .feedback = Kapag wala ang passport mo, maaaring pakiramdam mo ay nakakulong ka, at iyon ang dahilan kung bakit nila ito kinuha. Pero makukumpirma ng embahada mo kung sino ka at mabibigyan ka ng emergency travel document. Gawa-gawa ang "utang": wala kang utang sa kanila.
the-journey-riverbank-call-relative = Tawagan ang { $relative } mo, sabihin kung nasaan ka mismo, at manatili sa linya habang naglalakad pabalik sa kalsada
    .feedback = Inimbento lang ang "utang" sa mismong lugar, at wala kang utang. Ang boses sa linya, at ang taong nasa bahay na alam kung nasaan ka, ay nagpapaligtas sa paglalakad pabalik, at matatawagan ng { $relative } mo ang emergency line ng embahada habang naglalakad ka.
the-journey-riverbank-give-up = Sumakay sa bangka. Pakiramdam mo wala kang ibang pagpipilian
    .feedback = Ang mga banta, ang dilim at ang gawa-gawang utang ay makakapagparamdam sa kahit sino na wala siyang pagpipilian. Sinadya ng mga trafficker na buuin ang pakiramdam na iyon. Hindi mo ito kabiguan.

the-journey-end-riverbank = Naglakad ka pabalik sa kalsada sa dilim at tinawagan ang embahada mo. Sinabihan ka nilang maghintay malapit sa ilaw at sa mga tao, at hiniling sa mga opisyal ng Thailand na sunduin ka. Pagsapit ng umaga, ligtas ka na. Inimbento lang ang utang: wala kang utang. Tinulungan ka ng embahada na makauwi.

the-journey-end-crossed = Tumawid ang bangka sa ilog papuntang Myawaddy, sa Myanmar. Walang tatak, walang papeles, at sa kabilang panig naghihintay ang isang bantay-saradong compound. Krimen ito ng mga trafficker, hindi mo pagkakamali. Nakalalabas ang mga hawak sa mga compound na ito: ang ilan matapos maabisuhan ang pamilya o embahada nila, ang iba kapag nire-raid ang compound o napipilitang magpalaya ng mga tao.

the-journey-end-crossed-alerted = Tumawid ang bangka papuntang Myawaddy, at kinuha ang telepono mo. Pero nasa { $relative } mo ang lokasyon mo at ang salitang "embahada", at tumawag siya nang gabi ring iyon. Makalipas ang ilang linggo, matapos itulak ng embahada mo at ng isang pinagkakatiwalaang aid group, kasama ka sa grupong pinalaya at ibinalik sa Thailand. Sumunod ang ilang linggo ng screening at papeles bago ka nakalipad pauwi, nang may karapatang tratuhin bilang biktima, hindi kriminal. Isang mensahe ang nagpabago ng lahat.

the-journey-end-waved = Tumawid ang bangka papuntang Myawaddy. Sa checkpoint, ginawa mo mismo ang itinuturo ng larong ito: nakita mo kung saan papunta ang daan, at sinabi mo sa isang opisyal. Binayaran siya para magbulag-bulagan; bahagi ng takbo ng mga rutang ito ang mga opisyal na tumatanggap ng pera mula sa mga trafficker. Hindi mo ito kasalanan, at hindi nasayang ang pagsasalita mo: nasa { $relative } mo ang lokasyon mo, at puwedeng itanong ng embahada kung bakit pinalusot ang van. May mga nakakalabas sa mga compound na ito, ang ilan matapos maalerto ang pamilya o ang embahada nila.
