# Machine-drafted translation: needs review by a native speaker.
task-job-title = Ang task job
task-job-summary = Labing-siyam na taon ka at nag-iipon para sa kolehiyo. May video na nag-aalok ng pera sa pag-like ng mga video sa phone, at talagang dumarating ang unang bayad.

## Characters

task-job-character-poster = EasyWork_TH
task-job-character-friend = { $friend }
task-job-character-mentor = { $mentor }, ang mentor mo sa { $app }
task-job-character-platform = { $app }
task-job-character-company = { $firm }, HR office
task-job-character-cousin = { $cousin }, ang pinsan mong nagtatrabaho sa bangko
task-job-character-board = Provincial employment office: job board
task-job-character-owner = Tita { $owner }, sa tindahan ng pinatuyong prutas
task-job-character-mother = Ang nanay mo

## Variables

task-job-town-khon-kaen = Khon Kaen
task-job-town-udon-thani = Udon Thani
task-job-town-korat = Korat
task-job-town-chiang-rai = Chiang Rai
task-job-friend-fon = Fon
task-job-friend-mint = Mint
task-job-friend-bee = Bee
task-job-mentor-amy = Amy
task-job-mentor-jenny = Jenny
task-job-mentor-lisa = Lisa
task-job-cousin-nat = Nat
task-job-cousin-pim = Pim
task-job-owner-noi = Noi
task-job-owner-dao = Dao
task-job-app-boostly = Boostly
task-job-app-ratestar = RateStar
task-job-app-clickmall = ClickMall
task-job-firm-siam-digital = Siam Digital Media Co., Ltd.
task-job-firm-northstar = Northstar Marketing Co., Ltd.
task-job-firm-bluewave = Bluewave Online Co., Ltd.

## The advert

task-job-start = Labing-siyam na taon ka at nakatira kasama ng nanay mo sa { $town }, Thailand. Nagtapos ka ng high school noong isang taon, nagtatrabaho tuwing weekend sa isang noodle stall, at nag-iipon para sa isang kurso sa kolehiyo na magsisimula sa bagong semestre. Kulang pa rin. Isang gabi, may lumabas na video sa TikTok.

task-job-ad = Part-time na trabaho gamit ang phone mo! Mag-like ng mga video at mag-rate ng mga shop, 10 minuto bawat set, { $pay } baht bawat set, bayad sa parehong araw. Walang experience, walang bayad. Mag-message para makapagsimula ngayong gabi.
    .discuss = Ano sa post na ito ang magpapasubok sa iyo? Ano ang gusto mo munang malaman?
task-job-ad-message = I-message sila. Walang mawawala sa pagsubok ng isang set.
    .feedback = Ang trabahong nakita sa isang video o sa mensaheng hindi mo hiningi ay hindi masusuri: walang kumpanya, walang address, walang mananagot. Karamihan ng task job ay nagsisimula nang ganito mismo.
task-job-ad-ask-friend = Tanungin muna si { $friend }: nag-share siya ng ganitong post noong isang linggo
    .feedback = Magandang instinct ang magtanong sa kakilala. Pakinggan ang nakita niya, at suriin mo rin nang sarili.
task-job-ad-read-comments = Basahin muna ang mga comment bago magpasya
    .feedback = Daan-daang comment na "Nabayaran na ako, salamat!" ay parang patunay. Pero puwedeng isinulat ang mga iyon ng mismong nagpapatakbo ng post, kaya wala silang ipinapakitang masusuri mo.
task-job-ad-job-board = Tingnan na lang ang job board ng provincial employment office
    .feedback = Ang job board ng isang opisina ng gobyerno ay may mga employer na may pangalan at address. Mas mababa ang sahod doon, at totoong kapalit iyon: iyon din ang dahilan kung bakit nakakaakit ang video.

task-job-friend-did-it = Ginawa ko na! Tatlong set noong Linggo, ang dali.
    .discuss = Totoo ang sinasabi ni { $friend } tungkol sa nakita niya. Ano ang hindi pa niya nakikita?
task-job-friend-paid = Pumasok ang { $pay } baht sa account ko pagkalipas ng sampung minuto. Tingnan mo, ito ang screenshot.
task-job-friend-code = Gamitin mo ang invite code ko, pareho tayong may bonus!
task-job-friend-use-code = Gamitin ang code niya. Nabayaran naman siya.
    .feedback = Ang kaibigang talagang nabayaran ang pinakamatibay na patunay, kaya binabayaran ng ganitong trabaho ang mga unang set at nagbibigay ng invite bonus. Hindi nagsisinungaling ang kaibigan mo: hindi pa lang niya naaabot ang bahaging hihingan na siya ng pera.
task-job-friend-ask-pay-in = "Hiningan ka na ba nilang maglagay ng pera?"
    .feedback = Magandang tanong. Sabi ni { $friend }, "hindi pa, pero may VIP level na hindi ko kailangan." Iyan ang dapat bantayan: ang trabaho ang nagbabayad sa iyo, hindi ka kailanman pinagbabayad.
task-job-friend-job-board = Magpasalamat sa kanya, at tingnan muna ang job board
    .feedback = Medyo nagtampo si { $friend } na hindi mo ginamit ang code niya. Tama pa rin ang magsuri: nandiyan pa rin ang totoong trabaho sa susunod na linggo.

## The mentor

task-job-chat-hello = Welcome! Ako si { $mentor }, ang magiging mentor mo sa { $app }.
    .discuss = Magiliw, mabilis at matiyaga ang mentor. Bakit nito pinapagmukhang mas ligtas ang alok?
task-job-chat-work = Tinutulungan namin ang mga online shop at app na magkaroon ng mas magandang rating. Magla-like ka ng mga video at magre-rate ng mga produkto, 30 task bawat set. Ang komisyon ay ipinapadala sa bank account mo.
task-job-chat-details = Para makapagsimula, kailangan ko lang ang pangalan mo, edad, at bank account number para sa bayad. Siyempre, hindi kailangan ang password!
task-job-chat-send-details = Ipadala ang pangalan at account number. Kailangan iyon ng kahit anong trabaho para sa sahod.
    .feedback = Kailangan din ng totoong employer ng account para sa sahod mo, kaya parang normal ito. Pero hindi mo pa rin alam kung sino sila: walang pangalan ng kumpanya, walang address, walang mahahanap.
task-job-chat-ask-company = "Anong kumpanya ito? Puwede ko bang makuha ang pangalan at address?"
    .feedback = Tama: hindi masusuri ang employer na walang pangalan. Bantayan ang isasagot, dahil puwedeng hiramin ang isang pangalan.
task-job-chat-ask-why = "Bakit magbabayad ang kumpanya para sa mga like? Totoong trabaho ba iyon?"
    .feedback = Makatwirang tanong. Sampung minutong pag-tap para sa { $pay } baht ay higit pa sa ibinabayad ng noodle stall sa isang oras. Ang ganoon kadaling pera ang pain.

task-job-why-normal = Haha, lahat nagtatanong niyan! Normal na marketing na iyan ngayon. Kailangan ng mga shop ng review para mapansin.
task-job-why-shops = Ginagawa iyan ng lahat ng malalaking brand. Tinutulungan mo lang ang algorithm.
task-job-why-fair-enough = Makatwiran naman. Simulan ang unang set.
    .feedback = Parang makabagong trabaho, kaya ito gumagana. Pero ang mga like at rating na binili mula sa mga estranghero ay hindi totoong trabaho, at hindi masusuri ang kumpanyang kumukuha ng tao nang ganito.
task-job-why-ask-company = "Sige. Ano ang pangalan at address ng kumpanya?"
    .feedback = Mabuti: may masusuri ka kapag may pangalan. Suriin mo nang sarili, hindi sa mga link na ipinapadala nila.
task-job-why-leave = Tumanggi nang maayos, at maghanap ng ibang trabaho
    .feedback = Iniwan mo ang isang chat na mabait sa iyo at nangangako ng madaling pera. Hindi iyon madali, at nawala ang pagkakataon mong kumita agad ng { $pay } baht.

## The company name

task-job-company-name = Siyempre! Ang { $app } ay pinapatakbo ng { $firm }: heto ang registration number at website namin.
task-job-company-papers = Puwede rin kitang padalhan ng work contract, may logo at tatak pa.
task-job-company-looks-real = Totoo ang website at umiiral ang kumpanya. Tuloy.
    .feedback = Totoo ang kumpanya, pero baka wala itong kinalaman sa chat na ito: madalas hiramin ng task scam ang pangalan ng totoong negosyo o recruitment agency. Madaling kopyahin ang website, numero at tatak.
task-job-company-call-company = Hanapin mo mismo ang numero ng kumpanya at tawagan ang opisina nila
    .feedback = Ito ang pagsusuring gumagana: numerong ikaw mismo ang nakahanap, hindi galing sa chat. Isang buong umaga kang naka-hold bago may sumagot.
task-job-company-video = Hilingin muna kay { $mentor } ang maikling video call
    .feedback = Patas na pagsubok ang video call, at pumasa ito ngayon. Pero ang mukha sa tawag ay nagpapatunay lang na may tao roon: puwedeng binayaran, o pinilit, ang taong iyon na ngumiti. Ang panuntunang laging totoo: hindi ka kailanman pinagbabayad ng trabaho.

task-job-video-face = Isang batang babae na may headset ang ngumingiti at kumakaway. Sa likod niya, isang opisinang maraming mesa.
task-job-video-office = Sabi niya: "Kita mo? Totoong opisina! Welcome sa team." Dalawang minuto lang ang tawag.

task-job-real-not-us = { $firm }? Wala kaming app na { $app }, at hindi kami kumukuha ng tao sa Telegram.
task-job-real-others = Pangatlo ka na ngayong linggo. Pakireport ang account na iyon.
task-job-real-report-warn = I-report ang account sa scam line ng pulis, at sabihin kay { $friend } ang nalaman mo
    .feedback = Nakakatulong ang report para mapag-ugnay ng pulis ang mga kaso. Baka hindi madaling sabihin kay { $friend }: nabayaran na siya at baka ayaw niyang marinig.
task-job-real-block = I-block ang chat at hanggang doon na lang
    .feedback = Wala kang nawala. Makakatulong sa iba ang isang report, at puwede mo pa ring gawin iyon.
task-job-real-collect-first = Gumawa pa rin ng ilang set, para lang makuha ang bayad. Titigil ka bago sila humingi ng pera.
    .feedback = Parang ligtas ang kunin ang pera nila at tumigil. Pero pain ang bayad, at galing ito sa mga account na hawak ng grupo: puwede rin iyong magdulot ng problema.

## The tasks

task-job-tasks-set = Tapos ang set: 30 sa 30 task. Naidagdag ang komisyon.
    .discuss = Nagpapakita ang app ng balance na tumataas. Ano ang pinapatunayan ng numerong iyon?
task-job-tasks-balance = Ang balance mo: { $pay } baht. Level 1. Sa Level 2, mas mataas ang komisyon.
task-job-tasks-paid = Pinindot mo ang "withdraw". Makalipas ang limang minuto, pumasok ang { $pay } baht sa bank account mo, galing sa personal na account ng taong hindi mo kilala.
task-job-tasks-next-set = Gumagana nga. Gawin ang mga susunod na set.
    .feedback = Totoo ang mga unang bayad, at iyon ang plano: pinapatunayan kuno ng maliit na bayad ang trabaho, kaya mukhang ligtas ang hihilingin sa bandang huli.
task-job-tasks-ask-cousin = Tanungin ang pinsan mong si { $cousin }, na nagtatrabaho sa bangko, kung normal ito
    .feedback = Magandang hakbang ang magtanong sa taong may alam sa pera. Kapalit nito ang kaunting hiya: aasarin ka ni { $cousin } tungkol sa "click para sa pera".
task-job-tasks-stop-now = Itago ang { $pay } baht at tumigil na rito
    .feedback = Ang tumigil habang panalo ay parang pagtalo sa kanila sa sarili nilang laro. Wala kang inilagay na pera. Pero galing sa mga account ng grupo ang bayad na natanggap mo.

task-job-cousin-account = Binayaran mula sa personal na account ng estranghero? Ang totoong kumpanya ay nagbabayad mula sa account ng kumpanya.
task-job-cousin-rule = At makinig ka: kapag hiningan ka nilang maglagay ng pera, scam iyon. Palagi.
task-job-cousin-stop = Tumigil, at sabihin sa mentor na tapos ka na
    .feedback = Nagtiwala ka sa taong alam kung paano gumagalaw ang pera. Pain ang mga bayad, at senyales ang account ng estranghero.
task-job-cousin-one-more = Isang araw pa, tapos titigil na
    .feedback = Laging mukhang ligtas ang isang araw pa, dahil may bayad bawat araw. Dumarating ang paghingi ng pera kapag pinakamalaki na ang tiwala mo sa trabaho.

## The set that needs money

task-job-group-lucky = Congratulations! May merchant task ka ngayon. 30% ang komisyon!
    .discuss = Sa tingin mo, bakit ngayon lang dumating ang paghingi ng pera, pagkatapos ng ilang araw na bayad?
task-job-group-prepaid = Prepaid task ito: mag-top up muna ng { $deposit } baht, at babalik ito kasama ang komisyon kapag tapos na ang set.
task-job-group-others = Sa team group, nagpo-post ang mga tao ng screenshot: "Tapos! Naibalik lahat, plus 30%!"
task-job-group-timer = Mag-e-expire ang task sa loob ng 30 minuto.
task-job-group-top-up = Mag-top up ng { $deposit } baht. Babalik ito mamayang gabi.
    .feedback = Ito ang pagliko sa bawat task scam: nagbabayad ka para "ma-unlock" ang susunod na set. Ang trabaho ang nagbabayad sa iyo; hindi ka kailanman pinagbabayad nito. Ang masasayang screenshot ay ipinost ng team nila.
task-job-group-refuse = "Hindi ako nagbabayad para magtrabaho. Pakipadala ang balance ko."
    .feedback = Tama. Ang trabahong nangangailangan ng pera mo para magpatuloy ay hindi trabaho.
task-job-group-after-payday = Sabihing gagawin mo pagkatapos ng sahod sa susunod na linggo
    .feedback = Binigyan mo ang sarili mo ng oras, at ang oras ang ayaw nilang magkaroon ka. Bantayan kung paano sila sasagot.

task-job-refuse-frozen = Kapag huminto ka sa gitna ng task, ifi-freeze ng system ang balance mo. Mawawala ang lahat ng kinita mo.
task-job-refuse-level = Ginagawa ito ng lahat sa team. Huwag mong sayangin ang level mo ngayon!
task-job-refuse-walk-away = Pabayaan ang balance, at umalis
    .feedback = Iniwan mo ang perang sinasabi ng app na iyo. Numero lang iyon sa screen, at ang tanging paraan para "mapanatili" ito ay magbayad.
task-job-refuse-just-once = Magbayad, ngayon lang, para mailigtas ang balance
    .feedback = Dahil naka-freeze ang balance, parang pagprotekta sa kinita mo ang isa pang bayad. Iyan mismo ang layunin ng pag-freeze.
task-job-refuse-warn-friend = Umalis, at sabihan si { $friend } bago niya marating ang hakbang na ito
    .feedback = Tumigil ka, at ginawa mong babala ang nakita mo. Baka magalit muna si { $friend }.

task-job-stuck-negative = Hindi tapos ang set. Ang balance mo: minus { $deposit } baht.
task-job-stuck-more = Para matapos ang set at ma-withdraw ang lahat, mag-top up ng { $big } baht.
task-job-stuck-mentor = { $mentor }: "Nangyayari talaga ito! Lucky combination ito. Pagkatapos nito, mawi-withdraw mo na ang lahat."
task-job-stuck-pay-more = Mangutang at magbayad. Babalik naman ang lahat.
    .feedback = Bawat bayad ay sinusundan ng bagong "combination", "tax" o "fee". Hindi kailanman totoo ang balance, at lalo lang lumalaki ang lugi sa pagbabayad pa.
task-job-stuck-stop-report = Tumigil sa pagbabayad. I-save ang mga chat at account number, at i-report
    .feedback = Mahirap tumigil pagkatapos malugi, dahil ibig sabihin ay tanggapin ito. Pero iyon din ang nagpapanatiling maliit ng lugi, at nakakatulong sa pulis ang mga rekord mo.
task-job-stuck-ask-mother = Humiram ng { $big } baht sa nanay mo
    .feedback = Ang pagsabi sa kasama sa bahay ay nangahulugan ng isang mabigat na gabi. Pero nagdala rin ito ng taong nakakakita ng bitag mula sa labas.

task-job-mother-what = Tahimik na binasa ng nanay mo ang chat. "{ $big } baht? Para sa mga like?"
task-job-mother-angry = Galit siya: sa kanila, at sandali, sa iyo. Pang-kolehiyo iyon.
task-job-mother-stay = Pagkatapos, umupo siya sa tabi mo. "Wala na tayong ibabayad sa kanila. Bukas, magre-report tayo sa pulis."

## After

task-job-after = Umalis ka sa group. Hindi na sumasagot ang mentor, at "frozen" ang balance mo sa app. Wala kang nawalang sariling pera. Ano na ngayon?
task-job-after-report = I-report sa scam line ng pulis, kasama ang mga chat at ang account na nagbayad sa iyo
    .feedback = Nakakatulong ang report na may mga account at chat para mapag-ugnay ng pulis ang mga kaso. Pinoprotektahan ka rin nito kung may magtanong sa ibang araw.
task-job-after-warn-friend = Ikuwento kay { $friend } ang nangyari, bago siya maglagay ng pera
    .feedback = Baka masaktan ang pride niya sa babala. Pero baka mailigtas din nito ang ipon niya.
task-job-after-block = I-block silang lahat at subukang kalimutan
    .feedback = Walang makakasisi sa iyo. Itago pa rin ang mga chat: kung may magtanong sa ibang araw, ipinapakita ng mga ito ang nangyari.

task-job-hold = Makalipas ang sampung araw, sinabi ng bank app mo na naka-hold ang account mo. Ang { $pay } baht na natanggap mo ay galing sa perang nawala sa ibang tao dahil sa parehong grupo; nag-report ang taong iyon, at sinusuri ang bawat account na dinaanan ng pera. Wala kang ginawang mali, at ipinapakita iyon ng mga chat mo, pero ilang linggo bago ito malinis ng bangko at pulis. Nasa account na iyon ang ipon mo.

## The genuine job

task-job-board = Hinahanap: part-time na katulong sa tindahan ng pinatuyong prutas sa { $town }. Kumuha ng litrato ng mga produkto at sumagot sa mga mensahe sa Facebook page ng tindahan, tatlong gabi bawat linggo. { $hourly } baht kada oras. Mag-apply nang personal sa tindahan. Ipinost ng provincial employment office.
    .discuss = Mas maliit ang bayad dito kaysa sa video. Ano ang nagpapadali sa pagsusuri nito?
task-job-board-visit = Pumunta sa tindahan at magtanong
    .feedback = Ang employer na makikilala mo sa totoong address, at walang hinihingi sa iyo, ay masusuri mo.
task-job-board-back-to-phone = Masyadong maliit ang bayad. I-message na lang ang trabaho sa phone.
    .feedback = Totoo ang agwat ng sahod, at iyon mismo ang ginagamit ng mga task job. Tandaan ang trabaho sa board bilang sukatan ng totoong alok.
task-job-board-keep-looking = Maghanap pa ng mas malaki ang bayad
    .feedback = Walang nawala, wala pang nakuha. Nangangailangan ng oras ang maingat na paghahanap.

task-job-shop-hello = Pasok ka! Nakita mo ang paskil ko sa employment office? Upo, upo.
task-job-shop-work = Tatlong gabi, mga litrato at ang Facebook page. Hindi ako marunong sa phone, nagme-message ang mga customer at hindi ko nasasagot.
task-job-shop-pay = { $hourly } baht kada oras, bayad tuwing Biyernes. Subukan mo muna ng isang gabi at tingnan kung gusto mo.
task-job-shop-start = Magsimula sa Biyernes
    .feedback = Wala siyang hiningi sa iyo, nagbabayad siya pagkatapos ng trabaho, at nakikita mo kung nasaan siya. Ganyan ang hitsura ng totoong maliit na trabaho.
task-job-shop-in-writing = Hilingin sa kanyang isulat sa papel ang oras at bayad
    .feedback = Natawa siya, at isinulat ito sa likod ng isang resibo. Patas ang humingi ng nakasulat sa kahit anong employer, at hindi iyon ikinagagalit ng totoo.
task-job-shop-too-little = Magpasalamat, pero mas malaki ang bayad sa trabaho sa phone
    .feedback = Mababa ang bayad, at mahalaga iyon kapag nag-iipon ka. Ang kaibahan: ito ang nagbabayad sa iyo, hindi kailanman ang kabaligtaran.

## Endings

task-job-end-safe = Na-block mo ang chat bago may perang gumalaw. Idinagdag ng kumpanyang tinawagan mo ang mensahe mo sa babala nila tungkol sa mga pekeng account na gumagamit ng pangalan nila. Kulang pa rin ang pang-kolehiyo, pero buo pa.
task-job-end-waiting = Itinuloy mo ang weekend job sa noodle stall at patuloy mong tinitingnan ang job board. Walang nawala, wala pang nakuha. Mas mabagal ang maingat na paghahanap, at hindi ito sayang.
task-job-end-genuine = Noong Biyernes, kinunan mo ng litrato ang mga garapon ng pinatuyong mangga at sinagot ang dalawampung mensaheng hindi nasagot ng tindahan. Binayaran ka ni Tita { $owner } ng cash at pinababalik ka. Hindi kalakihan, pero totoo, at lalaki ito kasabay ng tindahan.
task-job-end-helped = Isang araw na galit si { $friend }: nabayaran siya, at akala niya tinatawag mo siyang tanga. Kinabukasan ng gabi, nag-message siya: "Hiningan nila ako ng { $deposit } baht. Tumanggi ako." Magkasama ninyong ini-report ang account, at kasama na ng ibang report tungkol sa { $app } ang mga report ninyo.
task-job-end-lost = Nawala ang { $deposit } baht mo. Masakit, at hindi mo kasalanan: ginawa ang trabaho para magmukhang ligtas bago humingi. Tumigil ka bago ito lumaki, at nakakatulong ang report mo, kasama ang mga chat at account, para mapag-ugnay ng pulis ang mga kaso. Tawagan agad ang bangko mo tungkol sa ipinadala mo.
task-job-end-scammed = Pagkatapos ng { $big } baht, may bagong "combination", tapos may "tax" para makapag-withdraw. Hindi na sumasagot ang mentor. Nawala ang lahat ng ibinayad mo, at ang ilan ay inutang. Hindi mo kasalanan: ginawa ang scam na ito para magmukhang ligtas sa bawat hakbang. Tawagan ngayon ang bangko mo at i-report kasama ang bawat chat at account. Ang taong nagta-type bilang si { $mentor } ay posibleng pinipilit gawin ito sa isang scam compound.
task-job-end-hold = Na-clear ang account mo makalipas ang limang linggo, pero tatlong linggo lang ang palugit sa deposit ng kurso. Isang semestre kang mahuhuli. Nagsuri ka, hindi ka naglagay ng pera, at tumigil ka: hindi mo ito kasalanan. Kaya ang panuntunan: huwag tumanggap ng bayad mula sa trabahong hindi mo masuri, at mag-report nang maaga, kasama ang mga chat mo.

## The catalogue's red flags, in this story's setting

task-job-redflag-social-media-ad = Trabaho mula sa video o mensahe
    .explain = Sa TikTok, Facebook, LINE at Telegram na naghahanap ang mga tao ng dagdag na kita, at mukhang mapagkakatiwalaan ang post na maraming masasayang comment. Doon ikinakalat ang mga task job dahil walang sumusuri sa kanila.
    .advice = Maghanap ng part-time na trabaho kung saan may pangalan at address ang employer na masusuri mo: job board ng gobyerno, tindahang mapupuntahan mo, kumpanyang matatawagan mo sa numerong ikaw mismo ang nakahanap.
task-job-redflag-friend-vouches = Nabayaran ang isang kaibigan
    .explain = Matibay na patunay ang kaibigang talagang nabayaran, kaya binabayaran ng mga task job ang mga unang set at nagbibigay ng invite bonus. Hindi nagsisinungaling ang kaibigan mo: hindi pa lang niya naaabot ang hakbang na hihingan na siya ng pera.
    .advice = Isang tanong lang sa kaibigan mo: hiningan ka na ba nilang maglagay ng pera? Pagkatapos, suriin mo nang sarili ang trabaho, at sabihin sa kanya ang nalaman mo.
task-job-redflag-no-company-details = Walang kumpanyang masusuri
    .explain = Ang mentor na pangalan lang ang alam mo, isang app at isang chat ay walang maibibigay na mahahanap at walang mananagot. Pinupunan ng tao ng pag-asa ang mga puwang.
    .advice = Hingin ang rehistradong pangalan at address ng employer, at suriin mo nang sarili. Hindi karapat-dapat sa mga detalye mo ang trabahong hindi masusuri.
task-job-redflag-pay-too-good = Madaling pera sa pag-tap
    .explain = Mahirap tanggihan ang magandang bayad para sa sampung minutong pag-like kapag nag-iipon ka. Hindi totoong trabaho ang mga like at rating na binili mula sa mga estranghero; pain ang madaling pera.
    .advice = Ikumpara sa bayad ng totoong part-time na trabaho sa inyo. Kung mas malaki nang husto ang bayad ng isang trabahong walang kailangang kasanayan, alamin kung sino ang nagbabayad, at bakit, bago magbigay ng anumang detalye.
task-job-redflag-polish-not-proof = Hindi patunay ang totoong pangalan
    .explain = Hinihiram ng mga task scam ang pangalan ng totoong kumpanya at recruitment agency, kasama ang website, registration number, tatak, at kahit nakangiting mukha sa isang tawag. Naloloko rin ang maiingat na tao.
    .advice = Tawagan ang kumpanya sa numerong ikaw mismo ang nakahanap at itanong kung kanila ang trabaho. Tandaan ang panuntunang totoo kahit pumasa ang lahat ng pagsusuri: hindi ka kailanman pinagbabayad ng trabaho.
task-job-redflag-crypto-tip-early-profit = Maliliit na bayad na talagang dumarating
    .explain = Totoo ang mga unang bayad, kaya parang napatunayan na ang trabaho. Maliit ang mga ito, at ibinibigay para bumuo ng tiwala bago humingi ng pera.
    .advice = Walang pinapatunayan ang ilang totoong bayad. Huwag nang magbigay ng dagdag na oras o detalye sa employer na hindi mo masuri, at magtanong sa taong may alam sa pera kung paano nagbabayad ang totoong kumpanya.
task-job-redflag-upfront-fee = Magbayad para ma-unlock ang trabaho
    .explain = Ang "prepaid task", "merchant task" o "top-up" ay ginagawa kang nagbabayad sa halip na manggagawa. Pagkatapos ng ilang araw na bayad, parang maliit na hakbang ito, at walang oras para mag-isip dahil sa countdown.
    .advice = Huwag kailanman magbayad para mabayaran. Walang totoong trabahong hihingi sa iyo na mag-deposit, bumili ng crypto o mag-top up ng balance para makapagtrabaho. Tumigil, itago ang mga chat, at i-report ang account.
task-job-redflag-blocked-withdrawal = Balance na kailangang bayaran para makuha
    .explain = Kapag "frozen" o negatibo ang balance sa app, parang pagliligtas sa kinita mo ang isa pang bayad para mabawi ito. Pero hindi totoo ang balance, at bawat bayad ay may kasunod na bagong "combination" o fee.
    .advice = Huwag magbayad para mabawi ang balance. Tumigil sa pagbabayad, tawagan agad ang bangko mo tungkol sa ipinadala mo, at i-report sa pulis o sa pambansang scam line, kasama ang bawat chat at account number.
