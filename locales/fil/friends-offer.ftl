# Machine-drafted translation: needs review by a native speaker.
friends-offer-title = Alok ng isang kaibigan
friends-offer-summary = Isang dating kaibigan na nagtatrabaho sa abroad ang nagpadala sa iyo ng mga litrato ng magandang buhay, at inalok kang ipasok din sa trabaho.
friends-offer-content-note = May bahagi ang kuwentong ito tungkol sa human trafficking at sa mga taong pinipigilang umalis. Walang ipinapakitang karahasan. Puwede kang huminto o umalis anumang oras gamit ang q.

## Characters

friends-offer-character-friend = { $friend } ({ $bond } mo)
friends-offer-character-site = Website ng { $company }
friends-offer-character-hr = { $hr }, HR, { $company }
friends-offer-character-other = { $other }
friends-offer-character-hotline = Hotline ng ahensiya para sa mga migrant worker

## Variables

friends-offer-you-ramon = Ramon, isang delivery rider sa Quezon City, Pilipinas
friends-offer-you-budi = Budi, isang construction worker sa Bandung, Indonesia
friends-offer-you-tuan = Tuan, isang construction worker sa Da Nang, Vietnam
friends-offer-you-kiran = Kiran, isang delivery rider sa Kathmandu, Nepal
friends-offer-you-nuwan = Nuwan, isang construction worker sa Kandy, Sri Lanka
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

friends-offer-photos-hey = Pre!! Tagal nating di nag-usap! Kumusta ka na?
    .discuss = Bakit parang mas ligtas ang alok mula sa taong kilala mo kaysa sa alok ng hindi mo kilala?
friends-offer-photos-photo = (Litrato: si { $friend } sa isang rooftop pool sa gabi, mga ilaw ng lungsod sa likod niya, bagong phone sa kamay niya.)
friends-offer-photos-life = Ang sarap ng buhay dito sa { $city }, pre. ${ $salary } kada buwan, libre ang kuwarto. Office work, may aircon pa!
friends-offer-photos-offer = Kailangan pa ng tao ng company namin. Nabanggit na kita sa boss ko. Gusto mo? Matutulungan kita.
friends-offer-photos-sounds-great = "Oo! Kung sabi mo maganda, naniniwala ako. Paano ako makakasali?"
    .feedback = Parang ligtas ang alok mula sa taong kilala mo, at iyan mismo ang dahilan kung bakit ginagamit ng mga recruiter ang mga kaibigan at kapamilya. Maaaring naniniwala rito ang kaibigan mo, o maaaring pinipilit din siya. Hindi pagsusuri ang salita niya.
friends-offer-photos-ask-proof = Matuwa para sa kanya, at hingin ang pangalan ng kompanya para ikaw mismo ang makasuri
    .feedback = Puwede kang magtiwala sa kaibigan mo at suriin pa rin ang trabaho. Ginagamit ng mga recruiter ang mga kaibigan dahil nilalampasan ng tiwala ang mga tanong. Nandiyan pa rin ang totoong trabaho pagkatapos mong magsuri.

friends-offer-details-company = { $company } ang company. Customer service para sa mga online shop. Madali lang, chat lang sa mga customer.
friends-offer-details-training = Walang experience, walang problema, tuturuan ka nila ng lahat. Mahina rin ang English ko dati!
friends-offer-details-site = Tingnan mo ang website nila, sobrang professional. Ise-send ko sa iyo ang link.
friends-offer-details-hr = Ang HR nila, si { $hr }, ang magme-message sa iyo. Sobrang bait niya.

friends-offer-website = "Dito nagsisimula ang kinabukasan mo." Mga litrato ng opisinang salamin at mga nakangiting batang staff. "Rehistradong kompanya, Reg. No. TH-2019-004417." Isang map pin sa { $city }. Mga award, video ng party ng staff, at isang button: "Mag-apply na! 200 slot ngayong buwan."
    .discuss = Ano sa page na ito ang masusuri mo mismo, at paano?
friends-offer-website-looks-real = Mukhang professional, at may registration number. Siguradong totoo ito.
    .feedback = Isang hapon lang ang kailangan para gumawa o kumopya ng website, mga litrato at registration number, minsan gamit pa ang numero ng totoong kompanya. Hindi patunay ang magandang itsura. Ang mga opisyal na listahan lang na ikaw mismo ang naghanap ang makakapagsabi kung sino ang puwedeng kumuha ng mga manggagawa mula sa bansa mo.
friends-offer-website-check-it = Kahit sino ay puwedeng gumawa ng website. Tawagan ang ahensiya ng gobyerno para sa mga migrant worker at magtanong tungkol sa kompanya
    .feedback = Tama. Sumuri sa mga opisyal na daan na ikaw mismo ang naghanap, hindi sa mga link o numerong ipinadala nila. Kinokopya ng mga scammer ang mga totoong kompanya, kaya nalilinlang din ang mga maingat at edukadong tao.

## The friendly HR lady

friends-offer-hr-chat-hello = Hello! Ako si { $hr } ng HR. Ang dami ng magandang sinabi sa amin ni { $friend } tungkol sa iyo.
friends-offer-hr-chat-patient = Kahit anong tanong, itanong mo lang anytime. No rush, OK?
friends-offer-hr-chat-interview = Madali lang ang interview, dito sa chat. Magkuwento ka tungkol sa sarili mo, tapos maikling typing test.
friends-offer-hr-chat-test = Paki-type ito at i-send: "Hello dear, how is your day? I am so happy to talk with you."
friends-offer-hr-chat-do-test = Sagutin ang mga tanong niya at gawin ang typing test
    .feedback = Hindi totoong interview ang chat at typing test. Sinusuri lang nito kung kaya mong mag-chat at mag-type sa English, ang skill na kailangan ng isang scam compound. Tingnan ang mga salitang ipina-type nila sa iyo.
friends-offer-hr-chat-ask-call = "Puwede po ba akong mag-video call kasama ang manager, at mabasa muna ang kontrata?"
    .feedback = Kakausapin ka nang harapan ng totoong employer at ipapakita sa iyo ang kontrata. Sa "interview" na chat lang, nakatago ang employer. Nakatutulong ang video call, pero puwede itong pekein, kaya suriin din ang employer sa mga opisyal na channel.

friends-offer-hr-dodge-sure = Of course, naiintindihan kita. Mabuti at maingat ka!
friends-offer-hr-dodge-later = Nasa ibang branch ang manager. Tatawagan ka niya pagkatapos ng processing. Ang kontrata, pipirmahan mo pagdating mo, gaya ng lahat ng staff namin.
friends-offer-hr-dodge-proof = Nakita mo na ang website at registration number namin, di ba? At masaya rito ang kaibigan mo. Puwede kang magtiwala sa amin.
friends-offer-hr-dodge-fine = "Sige po. Pasensya na sa dami ng tanong." Gawin ang test.
    .feedback = Mabait at pasensyosa, pero wala pa ring kontrata at walang manager. Wala namang nawawala sa kanila sa pagiging mabait. Ang "pipirmahan pagdating" ay nangangahulugang pipirma ka sa malayo sa bahay, kapag hindi ka na makakatanggi.
friends-offer-hr-dodge-check = "Hihintayin ko ang nakasulat na kontrata, at susuriin ko ito sa ahensiya ng gobyerno para sa mga migrant worker."
    .feedback = Magaling. Huwag kailanman pumayag na umalis nang walang nakasulat na kontratang nagsasabi kung sino ang employer, ano ang trabaho, saan, at magkano ang sahod. Kayang maghintay ng totoong alok habang nagsusuri ka.

friends-offer-fee-passed = Congratulations, pumasa ka!
    .discuss = Bakit dumarating ang fee kasunod mismo ng magandang balita? Paano binabago ng pagbabayad ang pakiramdam ng isang tao sa kung ano pa ang kaya niyang gawin pagkatapos?
friends-offer-fee-fee = Para sa visa at ticket, may processing fee: ${ $fee }. Ibabalik namin ito mula sa una mong sahod.
friends-offer-fee-friday = Paki-send bago mag-Biyernes, para ma-book namin ang seat mo. Ito ang account.
friends-offer-fee-pay = Mangutang at ipadala ang pera. Mababawi mo naman ito sa unang sahod.
    .feedback = Kapag nakapagbayad ka na, ang pag-atras ay nangangahulugang mawawala ang pera, kaya tumutuloy ka. Ang totoong trabaho sa abroad ay naniningil lang ng mga fee na pinapayagan ng batas, may opisyal na resibo, at hindi kailanman sa account ng isang tao.
friends-offer-fee-refuse = "Hindi ako pinagbabayad ng totoong employer para ma-hire. Hindi ako magbabayad."
    .feedback = Tama. Babala ang "processing fee" na kailangang bayaran agad sa account ng isang tao. Itanong sa ahensiya para sa mga migrant worker kung aling mga fee ang legal, at magbayad lang kapag may opisyal na resibo.

friends-offer-friend-push-heard = Pre, sabi ni { $hr } ayaw mo raw magbayad?
friends-offer-friend-push-paid = Nagbayad din ako noong pumunta ako rito. Mabilis mo itong mababawi, promise.
friends-offer-friend-push-half = Ganito na lang, babayaran ko ang kalahati para sa iyo. Please, wag mo akong ipahiya sa boss ko.
friends-offer-friend-push-accept = Pumayag. Babayaran niya ang kalahati para sa iyo. Paano ka tatanggi roon?
    .feedback = Mahirap tumanggi sa taong mabait sa iyo, at maaaring totoo ang intensyon niya. Pero hindi nagiging totoo ang trabaho dahil sa salita at pera niya. Maaaring pinipilit din siya ng parehong mga tao.
friends-offer-friend-push-ask-other = Bago sumagot, tanungin ang kaibigan mong si { $other }, na legal na nagtatrabaho sa abroad, kung ano ang tingin niya
    .feedback = Magandang ideya. Alam ng taong nag-abroad sa pamamagitan ng lisensyadong agency kung ano ang hitsura ng totoong proseso. Ayos lang magtiwala sa kaibigan; mas matalino ang suriin ang sinasabi niya.
friends-offer-friend-push-say-no = "Salamat, pre, pero hindi ko kaya. Baka sa susunod."
    .feedback = Sapat na ang mahinahong pagtanggi. Hindi mo kailangang patunayang peke ang trabaho para manatili sa bahay.

## The job moves, and the rush

friends-offer-location-ticket = Good news! Naka-book na ang flight mo papuntang Thailand.
    .discuss = Ano ang gagawin mo kung nag-iba ang lugar ng trabaho pagkatapos mong pumayag?
friends-offer-location-driver = Sa airport, dadalhin ka ng driver namin sa bago naming branch sa Mae Sot, malapit sa border.
friends-offer-location-river = Actually, nasa kabila lang ng ilog ang opisina, sa bahagi ng Myawaddy. Parehong company, parehong sahod. Wag kang mag-alala.
friends-offer-location-fine = "Sige. Thailand man o Myanmar, trabaho pa rin iyan."
    .feedback = Lumipat ang trabaho mula { $city } papuntang Myawaddy, sa Myanmar, pagkatapos mong pumayag. Kilala ang Myawaddy sa mga scam compound. Hindi nagpapalit ng bansa sa huling sandali ang totoong employer.
friends-offer-location-ask-friend = "Teka. Sabi mo { $city }. Nasa Myanmar ang Myawaddy." Tanungin si { $friend } kung ano ang nangyayari.
    .feedback = Napansin mo: nagpalit ng bansa ang trabaho pagkatapos mong pumayag. Kilala ang Myawaddy, sa kabila ng ilog mula sa Mae Sot, sa mga scam compound. Kapag nag-iba ang lugar, tumigil at magsuri ulit.

friends-offer-pressure-hour = Ready na ang seat mo: bukas ng umaga ang flight. Mag-confirm sa loob ng isang oras, o mapupunta ang seat sa susunod na tao.
friends-offer-pressure-contract = Sa opisina mo pipirmahan ang kontrata. Pareho lang lahat sa sinabi namin sa iyo.
friends-offer-pressure-quiet = At wag mong sabihin sa maraming tao. May mga naiinggit at nanggugulo.
friends-offer-pressure-go = Mag-confirm, at mag-impake ng bag.
    .feedback = Isang oras para magpasya, walang nakasulat na kontrata, at "wag mong sabihin kahit kanino": bawat isa rito ay pumipigil sa iyo na magsuri o humingi ng payo. Pinakaumuubra ito kapag nakapagbayad o nakapangako ka na.
friends-offer-pressure-wait = "Hindi ako aalis nang walang nakasulat na kontrata." Pagkatapos, i-message si { $friend } at itanong kung ano talaga ang nangyayari.
    .feedback = Hindi ka nagpamadali. Kayang tumagal ng totoong alok kahit isang araw ng pagsusuri, at may kasama itong nakasulat na kontrata. Isa pang babala ang utusan kang ilihim ito.
friends-offer-pressure-call-other = Tawagan ulit si { $other } bago sumagot
    .feedback = Isa sa pinakamabisang proteksyon ang magsabi sa taong pinagkakatiwalaan mo. Ang pagmamadali, ang walang kontrata at ang paglilihim ay kabaligtaran ng paraan kung paano nakuha ni { $other } ang trabaho niya.

## The friend's slip, and the truth

friends-offer-ask-friend-late = (3:12 a.m.) Pre please. Pumunta ka na lang.
    .discuss = Ano ang napapansin mo sa mga mensaheng ito? Ano kaya ang nangyayari sa kanya?
friends-offer-ask-friend-slip = Kapag nakapagdala raw ako ng dalawa pang tao, puwede na akong
friends-offer-ask-friend-deleted = Binura ang mensaheng ito.
friends-offer-ask-friend-again = Sorry. Ayos lang lahat dito. Pumunta ka na bukas, OK?
friends-offer-ask-friend-gently = Tanungin siya nang mahinahon: "Ayos ka lang ba? Puwede ka bang umalis kung gusto mo?"
    .feedback = Ang mahinahon at mabait na tanong, na walang paninisi, ang pinakamalamang na makakuha ng tapat na sagot.
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
friends-offer-truth-post = I-post sa Facebook ang mga mensahe niya, para mailantad ang kompanya at mabalaan ang lahat
    .feedback = Mabuti ang hangaring magbabala sa iba. Pero puwedeng makita ng mga boss ang public post at malagay siya sa panganib. Ipadala muna nang tahimik ang mga detalye sa embahada o sa isang hotline.

friends-offer-careful = Sinimulan mo ang post, pero huminto ka at tinawagan muna ang national hotline laban sa trafficking. Pinakiusapan ka ng babaeng nakausap mo na huwag mag-post: kapag nakita ito ng mga boss, puwedeng maparusahan si { $friend }. Kinuha niya ang lokasyon at numero ni { $friend } at ang pangalan ng kompanya, at ipinasa ang mga ito sa embahada. "Tama ang pagtawag mo," sabi niya.

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

friends-offer-genuine-check = Sinuri ng opisyal ang agency ni { $other }: lisensyado, at nasa listahan ng gobyerno. Aprubado ang trabaho sa { $real-job }, may employer na may pangalan, nakasulat na kontrata, work visa, at ang legal na fee lang, may opisyal na resibo. Normal ang sahod para sa trabaho. "Totoo ang isang ito," sabi niya.
friends-offer-genuine-check-apply = Mag-apply sa trabaho sa pamamagitan ng agency ni { $other }
    .feedback = Ang alok ni { $friend } ay malaking sahod para sa madaling trabaho na walang kailangang experience: iyon ang pain. Normal na sahod para sa totoong trabaho ang ibinibigay ng trabahong ito, at pumasa ang bawat bahagi nito sa pagsusuri.
friends-offer-genuine-check-friend-instead = Mas maganda ang alok ni { $friend }: madaling office work, may aircon, ${ $salary } kada buwan. Iyon na lang ang piliin.
    .feedback = Ang malaking sahod para sa madaling trabaho na walang kailangang experience ang pain, at pinakamalakas ang hatak nito kapag gipit sa pera. Mas mabigat ang trabaho ni { $other }, pero nasa trabahong iyon ang wala sa isa: lisensyadong agency, kontrata at work visa.
friends-offer-genuine-check-worry-friend = Bago ang lahat, i-message si { $friend } at itanong nang mahinahon kung ano talaga ang lagay niya

## Endings

friends-offer-end-walk-away = Nanatili ka sa bahay. Hindi madaling tumanggi kay { $friend }, o sa ganoong kalaking sahod. Makalipas ang isang linggo, wala na ang account ni { $hr }. Naiisip mo pa rin si { $friend }. Kapag sumulat ulit siya, alam mo na kung sino ang makakatulong sa kanya: ang embahada mo, ang national hotline, ang pamilya niya.
friends-offer-end-trafficked = Lumipad ka papuntang Thailand. Dinala ka ng isang driver sa Mae Sot at, pagsapit ng gabi, itinawid sa ilog papuntang Myawaddy. Sa gate ng isang compound na napapaligiran ng pader, kinuha ang passport at phone mo "para maitago nang ligtas". Ito ang plano ng mga kriminal: hindi mo kasalanan, at hindi rin kasalanan ni { $friend }. May mga nakakalabas, sa tulong ng mga embahada, hotline at pamilya.
friends-offer-end-helped = Ipinasa ng embahada ang pangalan at lokasyon ni { $friend } sa mga taong nagsisikap na mailabas ang mga mamamayan nito. Inabot ito ng ilang linggo. Tapos, tumawag sa iyo ang nanay niya: nakalabas na siya, nasa isang shelter, naghihintay ng papeles para makauwi. "Itinuring nila siyang biktima, hindi kriminal," sabi niya. "Dahil iyon naman talaga siya."
friends-offer-end-genuine = Nag-apply ka sa pamamagitan ng agency ni { $other }. Video call kasama ang totoong employer ang interview, nakasulat ang kontrata, at dumating ang work visa bago ang flight. Ngayon, nagtatrabaho ka sa { $real-job }. Mabigat na trabaho ito para sa tapat na sahod, at alam ng pamilya mo kung nasaan ka mismo.
