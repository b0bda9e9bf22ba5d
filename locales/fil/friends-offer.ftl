# Machine-drafted translation: needs review by a native speaker.
friends-offer-title = Alok ng isang kaibigan
friends-offer-summary = Isang dating kaibigan na nagtatrabaho sa abroad ang nagpadala sa iyo ng mga litrato ng magandang buhay, at inalok kang ipasok din sa trabaho.
friends-offer-content-note = May bahagi ang kuwentong ito tungkol sa human trafficking at sa mga taong pinipigilang umalis. Walang ipinapakitang karahasan. Puwede kang huminto o umalis anumang oras gamit ang q.

## Characters

friends-offer-character-friend = { $friend } ({ $bond } mo)
friends-offer-character-group = Team { $city } (group chat)
friends-offer-character-hr = { $hr }, HR, { $company }
friends-offer-character-other = { $other }
friends-offer-character-hotline = Hotline ng ahensiya para sa mga migrant worker

## Variables

friends-offer-you-ramon = Ramon, isang delivery rider sa Quezon City, Pilipinas
friends-offer-you-maricel = Maricel, factory worker sa Laguna, Pilipinas
friends-offer-you-budi = Budi, isang construction worker sa Bandung, Indonesia
friends-offer-you-siti = Siti, tindera sa Surabaya, Indonesia
friends-offer-you-tuan = Tuan, isang construction worker sa Da Nang, Vietnam
friends-offer-you-thu = Thu, mananahi sa pabrika sa Hai Phong, Vietnam
friends-offer-you-kiran = Kiran, isang delivery rider sa Kathmandu, Nepal
friends-offer-you-nuwan = Nuwan, isang construction worker sa Kandy, Sri Lanka
friends-offer-you-anjali = Anjali, beautician sa Pune, India
friends-offer-you-rahul = Rahul, isang delivery rider sa Hyderabad, India

friends-offer-friend-ace = Ace
friends-offer-friend-jay = Jay
friends-offer-friend-max = Max
friends-offer-friend-tiger = Tiger

friends-offer-bond-cousin = pinsan
friends-offer-bond-schoolfriend = dating kaklase

friends-offer-other-sunny = Sunny
friends-offer-other-lucky = Lucky
friends-offer-other-rocky = Rocky

friends-offer-member-joy = Joy
friends-offer-member-dewi = Dewi
friends-offer-member-mai = Mai

friends-offer-city-bangkok = Bangkok
friends-offer-city-chiang-mai = Chiang Mai

friends-offer-company-sunrise = Sunrise Digital Group
friends-offer-company-gold-river = Gold River Trading
friends-offer-company-blue-ocean = Blue Ocean Tech

friends-offer-hr-cindy = Cindy
friends-offer-hr-grace = Grace
friends-offer-hr-may = May

friends-offer-real-job-japan-building = isang construction site sa Japan
friends-offer-real-job-malaysia-factory = isang pabrika sa Malaysia
friends-offer-real-job-dubai-warehouse = isang warehouse sa Dubai

## The friend gets in touch

friends-offer-start = Ikaw si { $you }. Mahaba ang araw, maliit ang kita, at halos lahat nito ay napupunta sa pamilya mo. Isang gabi, umilaw ang phone mo: ang { $bond } mong si { $friend }. Dalawang taon na kayong hindi nag-uusap. Sabi ng lahat, "nagtatrabaho na sa abroad" siya ngayon, at maganda ang lagay niya.
    .discuss = Paano nalalaman ng mga tao sa kuwentong ito ang tungkol sa mga trabaho sa abroad? Alin sa mga paraang ito ang masusuri, at alin ang hindi?

friends-offer-photos-hey = Uy!! Tagal nating di nag-usap! Kumusta ka?
    .discuss = Bakit mas ligtas ang pakiramdam sa alok mula sa kakilala kaysa sa estranghero?
friends-offer-photos-photo = (Litrato: si { $friend } sa isang rooftop pool sa gabi, mga ilaw ng lungsod sa likod niya, bagong phone sa kamay niya.)
friends-offer-photos-life = Maganda ang buhay sa { $city }. ${ $salary } kada buwan, libre ang kuwarto. Office work, may aircon!
friends-offer-photos-offer = Kailangan pa ng tao ng company namin. Nabanggit na kita sa boss ko. Gusto mo? Matutulungan kita.
friends-offer-photos-sounds-great = "Oo! Kung sabi mo maganda, naniniwala ako. Paano ako makakasali?"
    .feedback = Parang ligtas ang alok mula sa taong kilala mo, at iyan mismo ang dahilan kung bakit ginagamit ng mga recruiter ang mga kaibigan at kapamilya. Maaaring naniniwala rito ang kaibigan mo, o maaaring pinipilit din siya. Hindi pagsusuri ang salita niya.
friends-offer-photos-ask-proof = Matuwa para sa kanya, at hingin ang pangalan ng kompanya para ikaw mismo ang makasuri
    .feedback = Puwede kang magtiwala sa kaibigan mo at suriin pa rin ang trabaho. Ginagamit ng mga recruiter ang mga kaibigan dahil nilalampasan ng tiwala ang mga tanong. Nandiyan pa rin ang totoong trabaho pagkatapos mong magsuri.
friends-offer-photos-ask-family = Tanungin muna ang nanay niya kung kumusta talaga siya roon
    .feedback = Mabait na naisip. Sabi niya nagpapadala siya ng pera at mukhang abala. Pero ang alam lang ng pamilya niya ay ang sinasabi niya, o ang pinapayagan siyang sabihin. Ang trabaho pa rin ang kailangang suriin.

friends-offer-details-company = { $company } ang company. Customer service para sa mga online shop. Madali lang, chat lang sa mga customer.
friends-offer-details-training = Walang experience, walang problema, tuturuan ka nila ng lahat. Mahina rin ang English ko dati!
friends-offer-details-group = Limang taga-atin ang sasakay sa parehong flight, sa ika-14. Sasama rin si { $member } na kapitbahay mo! Idadagdag kita sa group.
friends-offer-details-hr = Ang HR nila, si { $hr }, ang magme-message sa iyo. Sobrang bait niya.

## The group from home, leaving together

friends-offer-group-welcome = Coordinator: Welcome sa Team { $city }!! Sabay-sabay tayong lilipad sa ika-14 🎉
    .discuss = Ano ang nagagawa ng ganitong group chat sa paraan ng pagpapasya ng isang tao?
friends-offer-group-paid = { $member }: Nagbayad na ako ng reservation ngayon!! Excited na ako, kita-kits sa airport 😍
friends-offer-group-seats = Coordinator: 2 seats na lang sa group flight. Sino ang seryoso, mag-confirm ngayon.
friends-offer-group-hr = Coordinator: Si { $hr } ng HR ang mag-iinterview sa inyo. Madali lang!
friends-offer-group-join-in = Mag-post ng masayang hello. Kung lahat ay pupunta, sasama ka na rin.
    .feedback = Ligtas ang pakiramdam kapag sabay-sabay umaalis ang grupo: mga kakilala, iisang flight, iisang plano. Kaya gumagawa ng grupo ang mga recruiter. Ang "2 seats na lang" ay para magdesisyon ka bago ka makasuri, at wala ring nakakita ng kontrata sa grupo.
friends-offer-group-ask-group = Tanungin ang grupo: "May nakakita na ba ng kontrata, o may nakasuri na sa kompanya?"
    .feedback = Makatwirang tanong, at mahirap itanong sa masayang grupo. Ang deadline at ang dami ng tao ang pumipigil sa pagsusuri. Tingnan kung sino ang sasagot, at paano.
friends-offer-group-call-other = Bago sumagot kahit kanino, tawagan si { $other }, na nagtatrabaho sa abroad sa legal na paraan
    .feedback = Magandang ideya. Hindi pagsusuri ang salita ng kaibigan mo at ang masayang grupo. Alam ng taong dumaan sa lisensiyadong agency kung ano ang itsura ng totoong proseso.

friends-offer-group-reply-contract = { $member }: Nasa opisina raw ang kontrata, sabi ng lahat.
friends-offer-group-reply-negative = Coordinator: Walang negative energy sa group please 😅 Nandoon na si { $friend } at masaya siya.
friends-offer-group-reply-hr = Coordinator: Si { $hr } ang sasagot sa mga tanong mo. Mine-message ka na niya.

## The friendly HR lady

friends-offer-hr-chat-hello = Hello! Ako si { $hr } ng HR. Ang dami ng magandang sinabi sa amin ni { $friend } tungkol sa iyo.
friends-offer-hr-chat-patient = Kahit anong tanong, itanong mo lang anytime. No rush, OK?
friends-offer-hr-chat-interview = Madali lang ang interview, dito sa chat. Magkuwento ka tungkol sa sarili mo, tapos maikling typing test.
friends-offer-hr-chat-test = Paki-type ito at i-send: "Hello dear, how is your day? I am so happy to talk with you."
friends-offer-hr-chat-do-test = Sagutin ang mga tanong niya at gawin ang typing test
    .feedback = Hindi totoong interview ang chat at typing test. Sinusuri lang nito kung kaya mong mag-chat at mag-type sa English, ang skill na kailangan ng isang scam compound. Tingnan ang mga salitang ipina-type nila sa iyo.
friends-offer-hr-chat-ask-call = "Puwede po ba akong mag-video call kasama ang manager, at mabasa muna ang kontrata?"
    .feedback = Kakausapin ka nang harapan ng totoong employer at ipapakita sa iyo ang kontrata. Sa "interview" na chat lang, nakatago ang employer. Nakatutulong ang video call, pero puwede itong pekein, kaya suriin din ang employer sa mga opisyal na channel.
friends-offer-hr-chat-screenshot = Gawin ang test, at mag-screenshot ng buong chat, kung sakali
    .feedback = Matalino ang magtabi ng record, at baka mahalaga ito balang araw. Pero ang interview mismo ang babala: chat at typing test, na parang pakikipaglandian sa estranghero ang mga salita. Iyan ang kasanayang kailangan ng scam compound.

friends-offer-hr-dodge-sure = Of course, naiintindihan kita. Mabuti at maingat ka!
friends-offer-hr-dodge-later = Nasa ibang branch ang manager. Tatawagan ka niya pagkatapos ng processing. Ang kontrata, pipirmahan mo pagdating mo, gaya ng lahat ng staff namin.
friends-offer-hr-dodge-proof = Masaya rito ang kaibigan mo, at sasama ang buong grupo mo. Puwede mo kaming pagkatiwalaan.
friends-offer-hr-dodge-fine = "Sige po. Pasensya na sa dami ng tanong." Gawin ang test.
    .feedback = Mabait at pasensyosa, pero wala pa ring kontrata at walang manager. Wala namang nawawala sa kanila sa pagiging mabait. Ang "pipirmahan pagdating" ay nangangahulugang pipirma ka sa malayo sa bahay, kapag hindi ka na makakatanggi.
friends-offer-hr-dodge-check = "Hihintayin ko ang nakasulat na kontrata, at susuriin ko ito sa ahensiya ng gobyerno para sa mga migrant worker."
    .feedback = Magaling. Huwag kailanman pumayag na umalis nang walang nakasulat na kontratang nagsasabi kung sino ang employer, ano ang trabaho, saan, at magkano ang sahod. Kayang maghintay ng totoong alok habang nagsusuri ka.
friends-offer-hr-dodge-leave = Tahimik na umalis sa group, at huwag nang sumagot
    .feedback = Puwede kang tumanggi sa alok na hindi mo masuri. May kapalit ito: pag-uusapan ka ng grupo, at baka masaktan si { $friend }. Wala kang utang na paliwanag kaninuman.

friends-offer-fee-passed = Congratulations, pumasa ka!
    .discuss = Bakit dumarating ang fee kasunod mismo ng magandang balita? Paano binabago ng pagbabayad ang pakiramdam ng isang tao sa kung ano pa ang kaya niyang gawin pagkatapos?
friends-offer-fee-fee = Para sa visa at ticket, may processing fee: ${ $fee }. Ibabalik namin ito mula sa una mong sahod.
friends-offer-fee-friday = Ipadala mo sana bago mag-Biyernes, para ma-book namin ang upuan mo sa group flight. Heto ang account.
friends-offer-fee-pay = Mangutang at ipadala ang pera. Mababawi mo naman ito sa unang sahod.
    .feedback = Kapag nakapagbayad ka na, ang pag-atras ay nangangahulugang mawawala ang pera, kaya tumutuloy ka. Ang totoong trabaho sa abroad ay naniningil lang ng mga fee na pinapayagan ng batas, may opisyal na resibo, at hindi kailanman sa account ng isang tao.
friends-offer-fee-refuse = "Hindi ako pinagbabayad ng totoong employer para ma-hire. Hindi ako magbabayad."
    .feedback = Tama. Babala ang "processing fee" na kailangang bayaran agad sa account ng isang tao. Itanong sa ahensiya para sa mga migrant worker kung aling mga fee ang legal, at magbayad lang kapag may opisyal na resibo.
friends-offer-fee-ask-agency = Sabihing magbabayad ka kapag sinabi ng ahensiya ng migrant worker na legal ang fee, at tawagan sila
    .feedback = Magandang paraan para makasuri nang walang away. Alam ng ahensiya kung aling fee ang legal para sa trabaho sa abroad, at na binabayaran ito nang may opisyal na resibo, hindi sa account ng isang tao.

friends-offer-friend-push-heard = Sabi ni { $hr } ayaw mo raw magbayad?
friends-offer-friend-push-paid = Nagbayad din ako noong pumunta ako rito. Mabilis mo itong mababawi, promise.
friends-offer-friend-push-half = Tingnan mo, nagpadala na ako ng kalahati para sa iyo. Huwag mo naman akong ipahiya sa boss ko.
friends-offer-friend-push-accept = Pumayag. Nagbayad na siya ng kalahati para sa iyo. Paano ka tatanggi roon?
    .feedback = Mahirap tumanggi sa taong mabait sa iyo, at baka totoo ang intensyon niya. Pero hindi nagiging totoo ang trabaho dahil sa salita at pera niya. Baka pinipilit din siya ng parehong mga tao.
friends-offer-friend-push-ask-other = Bago sumagot, tanungin ang kaibigan mong si { $other }, na legal na nagtatrabaho sa abroad, kung ano ang tingin niya
    .feedback = Magandang ideya. Alam ng taong nag-abroad sa pamamagitan ng lisensyadong agency kung ano ang hitsura ng totoong proseso. Ayos lang magtiwala sa kaibigan; mas matalino ang suriin ang sinasabi niya.
friends-offer-friend-push-say-no = "Salamat, talaga. Pero hindi ko kaya. Baka sa susunod."
    .feedback = Sapat na ang mahinahong pagtanggi. Hindi mo kailangang patunayang peke ang trabaho para manatili sa bahay.

## Said no, and the money he "advanced"

friends-offer-repay-boss = (Makalipas ang dalawang araw, 2:40 ng madaling-araw) Sabi nila kailangan kong ibalik ang perang ipinadala ko para sa iyo. Ngayon.
    .discuss = Sino talaga ang humihingi ng perang ito? Ano ang puwedeng gawin na hindi maglalagay sa panganib sa kahit sino?
friends-offer-repay-debt = Kung hindi, idadagdag nila sa utang ko. Please. Hindi ako nagbibiro.
friends-offer-repay-watching = Nakatayo sila rito habang sinusulat ko ito.
friends-offer-repay-send = Ipadala ang kaya mo. Hindi mo siya kayang pabayaan nang ganito.
    .feedback = Nagbayad ka para protektahan ang mahal mo, habang may mga taong nakabantay sa kanya. Hindi iyon pagkakamali: iyan mismo ang ginawa ang bantang ito para ipagawa, at hindi mo iyon kasalanan. Baka bumalik ang mga hingi. Itabi ang bawat mensahe, at sabihin sa national anti-trafficking hotline at sa embahada ang isinulat niya.
friends-offer-repay-hotline = Huwag munang ipadala. Tawagan ang national anti-trafficking hotline dala ang bawat mensaheng isinulat niya
    .feedback = Mahirap na pasya, ginawa sa ilalim ng banta, walang magandang pagpipilian. Maipapasa ng hotline sa embahada ang lokasyon at mga mensahe niya, at masasabi sa iyo kung paano sumagot nang hindi siya mas nalalagay sa panganib. Anuman ang pinili mo rito, wala kang kasalanan.

## The group flight, and the script for the airport

friends-offer-pressure-booked = Coordinator: Group flight sa ika-14! May upuan para sa lahat ng nagbayad. Final list mamayang gabi.
    .discuss = Bakit kailangan ng totoong employer na magkunwaring hindi magkakakilala ang mga bagong staff nito?
friends-offer-pressure-airport = Sa airport, huwag kayong magsama-sama. Kung magtanong ang immigration, magbabakasyon kayo, at hindi kayo magkakakilala.
friends-offer-pressure-contract = Sa opisina mo pipirmahan ang kontrata. Pareho lang lahat sa sinabi namin sa iyo.
friends-offer-pressure-quiet = At wag mong sabihin sa maraming tao. May mga naiinggit at nanggugulo.
friends-offer-pressure-go = Sabihing sasama ka, at mag-empake.
    .feedback = Kasinungalingan para sa immigration, walang nakasulat na kontrata, at "huwag sabihin kahit kanino": bawat isa rito ay pumipigil sa pagsusuri o sa pagtulong. Nagtatanong ang mga opisyal para mahanap ang mga taong tina-traffic. Hindi ka kailanman pagsisinungalingin ng totoong trabaho sa kanila.
friends-offer-pressure-wait = "Hindi nang walang nakasulat na kontrata, at hindi nang may kasinungalingan sa airport." Tapos i-message si { $friend } at tanungin kung ano talaga ang nangyayari.
    .feedback = Nakita mo. Ang pagsabihan kung ano ang sasabihin sa immigration, at magkunwaring hindi mo kilala ang iba, ay seryosong babala: mapipigilan ng katotohanan ang biyahe. Itabi ang mga mensahe.
friends-offer-pressure-ask-group = Isulat sa group: "Bakit kailangan nating magsinungaling sa airport kung totoo ang trabaho?"
    .feedback = Itinanong mo ang iniiwasan ng lahat. Makalipas ang isang minuto, tinanggal ka ng coordinator sa group. Seryosong babala ang utos na magsinungaling sa immigration, at kayang pigilan ng grupo ang isang tao na sabihin iyon.

## The friend's slip, and the truth

friends-offer-ask-friend-late = (3:12 ng madaling-araw) Please. Pumunta ka na lang.
    .discuss = Ano ang napapansin mo sa mga mensaheng ito? Ano kaya ang nangyayari sa kanya?
friends-offer-ask-friend-slip = Kapag nakapagdala raw ako ng dalawa pang tao, puwede na akong
friends-offer-ask-friend-deleted = Binura ang mensaheng ito.
friends-offer-ask-friend-again = Sorry. Okay lang lahat dito. Sa ika-14 ka pumunta, ha?
friends-offer-ask-friend-gently = Tanungin siya nang mahinahon: "Ayos ka lang ba? Puwede ka bang umalis kung gusto mo?"
    .feedback = Ang mahinahon at mabait na tanong, na walang paninisi, ang pinakamalamang na makakuha ng tapat na sagot.
friends-offer-ask-friend-screenshot = I-screenshot ang lahat bago may mabura pa, saka tanungin siya nang mahinahon kung okay siya
    .feedback = Makakatulong sa kanya balang araw ang isinulat niya: ang oras, ang naputol na linya, ang binurang mensahe. Tapos ang mahinahon at mabait na tanong, walang paninisi, ang pinakamalamang na makakuha ng tapat na sagot.
friends-offer-ask-friend-block = I-block siya. Hindi ka pupunta.
    .feedback = Tama ang protektahan ang sarili mo. Pero tingnan ulit: ang oras ng gabi, ang putol na mensahe, ang binurang linya. Madalas, pinipilit ang mga taong nakakulong sa scam compound na mag-recruit ng mga kaibigan at kapamilya. Maaaring biktima rin siya.
friends-offer-ask-friend-block-report = I-block siya, at i-report si { $hr } at ang fee na ibinayad mo sa ahensiya para sa mga migrant worker
    .feedback = Nakakatulong ang pag-report ng fee para mapigilan ang mga recruiter, at hindi mo kasalanan na nagbayad ka. Pero tingnan ulit ang mga mensahe ni { $friend }: madalas, pinipilit ang mga taong nakakulong sa scam compound na mag-recruit. Maaaring biktima rin siya.

friends-offer-truth-quick = Hindi ako makakapag-usap nang matagal. Tinitingnan nila ang mga phone namin.
friends-offer-truth-passport = Kinuha nila ang passport ko pagdating ko. May utang daw ako sa kanila para sa biyahe.
friends-offer-truth-recruit = Pinipilit nila kaming magdala ng mga bagong tao. Sorry. Ayoko sana.
friends-offer-truth-mother = Wag kang pumunta. Pakisabi sa nanay ko.
friends-offer-truth-embassy = Tawagan ang embahada ng bansa mo at ang national hotline laban sa trafficking, at sabihan ang pamilya niya
    .feedback = Ito ang mga tamang tao: ang embahada mo, isang national hotline, mga mapagkakatiwalaang grupong tumutulong, at ang pamilya niya. Sabihin kung nasaan siya, ang numero niya at ang pangalan ng kompanya. Hindi niya kasalanan ang alinman dito: biktima siya ng trafficking at pinilit siyang mag-recruit.
friends-offer-truth-post = I-post ang mga mensahe niya sa Facebook, para ilantad ang kompanya at balaan ang lahat
    .feedback = Mabuti ang gustong magbabala, at kailangang malaman ng mga nasa grupo. Pero puwedeng makita ng mga boss ang public post at malagay siya sa panganib. Ipadala muna nang tahimik ang detalye sa embahada o hotline, at balaan ang grupo isa-isa.
friends-offer-truth-his-mother = Puntahan muna ang nanay niya, gaya ng hiling niya, at sabay ninyong tawagan ang hotline
    .feedback = Hiniling niyang sabihin mo sa kanya, at isa ang pamilya sa mga daang nakakatulong. Magkasama ninyong maibibigay sa hotline at embahada ang kailangan nila: kung nasaan siya, ang numero niya, ang pangalan ng kompanya. Wala rito ang kasalanan niya.

friends-offer-posted = Ipinost mo ang mga screenshot kasama ang pangalan ng kompanya. Sa loob ng isang oras, daan-daang share; sumulat si { $member } na hindi na siya tutuloy. Tapos tumigil ang mga mensahe ni { $friend }. Kinabukasan, hiniling ng isang tauhan ng national hotline na burahin mo ang post: kapag nakita ito ng mga boss, puwede siyang parusahan o ilipat. Binura mo ito, at ibinigay mo sa kanya ang lahat ng isinulat niya.

## The other friend, the agency, and the genuine job

friends-offer-advice-careful = Uy! Mabuti at nagtanong ka muna sa akin. Mag-ingat ka, maraming pekeng trabaho ngayon.
friends-offer-advice-mine = Nagtatrabaho ako sa { $real-job }. Nakuha ko ang trabaho sa pamamagitan ng lisensyadong agency, at sinuri ko ang agency sa listahan ng gobyerno bago ako nagbayad ng kahit ano.
friends-offer-advice-contract = Nagkaroon ako ng video interview kasama ang employer, nakasulat na kontrata at work visa bago ako lumipad. Normal lang ang sahod, hindi sobra-sobra, pero totoo.
friends-offer-advice-hiring = Kailangan pa ng mga manggagawa ng company namin, sa parehong agency. Gusto mo ng detalye? Pero suriin mo rin ang mga iyon, sa parehong paraan.
friends-offer-advice-check-job = Suriin ang agency at trabaho ni { $other } sa ahensiya para sa mga migrant worker
    .feedback = Parehong pagsusuri para sa bawat alok, kahit galing pa sa kaibigang pinagkakatiwalaan mo. Ganyan mo mahahanap ang mga maayos.
friends-offer-advice-check-both = Hilingin kay { $other } na tulungan kang suriin muna ang alok ni { $friend }
    .feedback = Matutulungan ka ng kaibigang nakakaalam ng legal na paraan na itanong ang mga tamang tanong.
friends-offer-advice-thanks = Pasalamatan si { $other }. Hindi ka pa handang mag-abroad.
    .feedback = Karapatan mo iyan. Kapag handa ka na, alam mo na kung paano suriin ang isang alok: lisensya ng agency, employer na may pangalan, kontrata, work visa.

friends-offer-agency-check = Tinawagan mo ang hotline ng ahensiya ng gobyerno para sa mga migrant worker. Walang lisensya ang { $company } para kumuha ng mga manggagawa mula sa bansa mo, at walang aprubadong trabahong ganito. "Ang mga alok na ganito, para sa Thailand, ay madalas nauuwi sa kabila ng border sa Myanmar, sa mga scam compound," sabi ng opisyal. "May kilala ka bang pumunta roon?"
    .discuss = Paano mo mahahanap ang ahensiya ng bansa mo para sa mga manggagawang nag-a-abroad?
friends-offer-agency-check-ask-friend-ok = Isipin si { $friend }. I-message siya at itanong kung ano talaga ang lagay niya.
friends-offer-agency-check-ask-other = Tanungin si { $other }, na legal na nagtatrabaho sa abroad, kung ano ang tingin niya
friends-offer-agency-check-other-job = Hilingin sa opisyal na suriin din ang agency at trabaho ni { $other }
friends-offer-agency-check-walk-away = Tanggihan ang alok ni { $friend }, at hanggang doon na lang

friends-offer-genuine-check = Sinuri ng opisyal ang agency ni { $other }: lisensiyado, at nasa listahan ng gobyerno. Aprubado ang trabaho sa { $real-job }, may employer na may pangalan, nakasulat na kontrata, work visa, at legal na fee lang, may opisyal na resibo. Karaniwan ang sahod para sa trabaho, at aalis ang susunod na grupo sa loob ng apat na buwan. "Totoo ito," sabi niya.
friends-offer-genuine-check-apply = Mag-apply sa trabaho sa pamamagitan ng agency ni { $other }
    .feedback = Mataas na sahod para sa madaling trabaho na walang experience ang alok ni { $friend }: iyon ang pain. Karaniwang sahod para sa totoong trabaho ang isang ito, apat na buwang paghihintay at may fee, at pumapasa ang bawat bahagi nito.
friends-offer-genuine-check-friend-instead = Mas maganda ang alok ni { $friend }: madaling office work, may aircon, ${ $salary } kada buwan, at aalis ang grupo sa ika-14. Doon na lang.
    .feedback = Ang mataas na sahod para sa madaling trabaho na walang experience ang pain, at pinakamalakas itong humila kapag gipit at umaalis ang mga kaibigan. Mas mahirap at mas mabagal ang trabaho ni { $other }, pero nasa kanya ang wala sa isa: lisensiyadong agency, kontrata at work visa.
friends-offer-genuine-check-worry-friend = Bago ang lahat, i-message si { $friend } at itanong nang mahinahon kung ano talaga ang lagay niya

## Endings

friends-offer-end-walk-away = Nanatili ka sa bahay. Hindi madaling tumanggi kay { $friend }, o sa ganoong sahod, o panoorin ang grupong naghahanda nang wala ka. Makalipas ang isang linggo, wala na ang account ni { $hr }. Naiisip mo pa rin si { $friend }. Kung sumulat ulit siya, alam mo kung sino ang makakatulong: ang embahada, ang national hotline, ang pamilya niya.
friends-offer-end-trafficked = Lumipad ka kasama ang grupo at sinabing "bakasyon" sa immigration, gaya ng itinuro. Sa { $city }, isinakay kayong anim sa van nang ilang oras, papunta sa compound na may pader sa kabila ng border. Kinuha ang mga passport at phone ninyo "para ingatan". Ito ang plano ng mga kriminal: hindi mo kasalanan, at hindi kay { $friend }. May mga nakakalabas, sa tulong ng embahada, hotline at pamilya.
friends-offer-end-helped = Ipinasa ng embahada ang pangalan at lokasyon ni { $friend } sa mga taong nagsisikap na mailabas ang mga mamamayan nito. Inabot ito ng ilang linggo. Tapos, tumawag sa iyo ang nanay niya: nakalabas na siya, nasa isang shelter, naghihintay ng papeles para makauwi. "Itinuring nila siyang biktima, hindi kriminal," sabi niya. "Dahil iyon naman talaga siya."
friends-offer-end-posted = Hindi lumipad ang grupo sa ika-14, at wala nang ibang taga-inyo ang nagbayad. Dahil iyon sa post mo. Pero hindi na sumulat si { $friend }. Ipinasa ng hotline ang detalye niya sa embahada, at makalipas ang ilang linggo, wala pa ring balita. Tama ang gustong magbabala; mas ligtas para sa nasa loob pa ang tahimik na paraan muna. Isa sa pinakamahirap ang hindi pagkakaalam, at hindi mo iyon kasalanan.
friends-offer-end-paid = Ipinadala mo ang kaya mo. Makalipas ang dalawang linggo, dumating ulit ang parehong hingi, mas malaki. Ginawa mo ang ginawa ang banta para ipagawa, para protektahan ang mahal mo: hindi mo iyon kasalanan, at hindi nasayang ang pagtanggi mo sa trabaho. Itinatabi mo ang bawat mensahe, at nasa national hotline at embahada na ang numero ni { $friend }, ang account na binayaran mo at ang pangalan ng kompanya. Hindi mabibili ng muling pagbabayad ang kalayaan niya; makakatulong ang pagsasabi sa kanila.
friends-offer-end-genuine = Nag-apply ka sa pamamagitan ng agency ni { $other }. Video call kasama ang totoong employer ang interview, nakasulat ang kontrata, at dumating ang work visa bago ang flight. Ngayon, nagtatrabaho ka sa { $real-job }. Mabigat na trabaho ito para sa tapat na sahod, at alam ng pamilya mo kung nasaan ka mismo.
