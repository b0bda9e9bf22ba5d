# Machine-drafted translation: needs review by a native speaker.
the-platform-title = Ang trading platform
the-platform-summary = Nakilala mo sa isang dating app ang isang mabait at matagumpay na tao. Di nagtagal, gusto na niyang ipakita sa iyo kung paano siya kumikita.

## Characters

the-platform-character-match = { $match }
the-platform-character-platform = { $platform }
the-platform-character-support = Customer Service ng { $platform }
the-platform-character-genuine = { $genuine }
the-platform-character-colleague = { $colleague }, katrabaho mo

## Variables

the-platform-you-nurse-ohio = isang nurse sa Columbus, Ohio
the-platform-you-clerk-bangkok = isang bank clerk sa Bangkok
the-platform-you-engineer-munich = isang engineer sa Munich
the-platform-you-engineer-pune = isang software engineer sa Pune
the-platform-you-teacher-manila = isang guro sa Manila
the-platform-match-daniel = Daniel
the-platform-match-mei = Mei
the-platform-match-ryan = Ryan
the-platform-match-sofia = Sofia
the-platform-genuine-priya = Priya
the-platform-genuine-tom = Tom
the-platform-genuine-lukas = Lukas
the-platform-genuine-nok = Nok
the-platform-colleague-maria = Maria
the-platform-colleague-somchai = Somchai
the-platform-colleague-jonas = Jonas
the-platform-colleague-ravi = Ravi
the-platform-platform-vexora = Vexora Markets
the-platform-platform-bitharbor = BitHarbor Global
the-platform-platform-zentro = ZentroCoin Pro

## The match

the-platform-start = Ikaw ay { $you }. Abala ka sa trabaho at kaunti ang oras mo para makakilala ng tao, kaya sinubukan mo ang isang dating app. Isang gabi, nag-match kayo ni { $match }: magandang ngiti, magandang trabaho, mga litrato mula sa magagandang biyahe. Sabi sa profile: "Naghahanap ng totoong relasyon."
    .discuss = Ano ang nagpapamukhang mapagkakatiwalaan ang isang dating profile? Alin sa mga iyon ang puwedeng gayahin ng isang scammer?

the-platform-first-chat-hello = Hi! Hindi ako karaniwang nauunang mag-message. Pero napasaya ng ngiti mo ang araw ko.
    .discuss = Marami ring totoong tao ang lumilipat sa WhatsApp. Ano ang babantayan mo pagkatapos ng ganitong paglipat?
the-platform-first-chat-kind = Mukha kang mabait na tao. Bihira na ang mababait ngayon.
the-platform-first-chat-move = Halos hindi ko ginagamit ang app na ito, puro pekeng profile dito. Puwede ba tayong mag-usap sa WhatsApp? Ito ang number ko.
the-platform-first-chat-give-number = Mag-message sa number na iyon sa WhatsApp
    .feedback = Ang mabilis na paglipat mula sa dating app papunta sa private chat ay madalas na unang hakbang. Doon, hindi na makikita ng app ang usapan o matatanggal ang account. Maraming totoong tao rin ang lumilipat ng app, kaya bantayan ang susunod na mangyayari.
the-platform-first-chat-stay = "Dito muna tayo mag-chat nang kaunti pa."
    .feedback = Tama ang kutob mo. Sa app, malapit ang mga safety tool nito. At marami kang malalaman sa reaksyon ng isang tao sa maliit na "hindi pa".

the-platform-push = Siyempre, walang pilitan! Kaya lang, lagi akong nala-log out sa app na ito. Ayokong mawala ka. Hihintayin kita sa WhatsApp, OK?
the-platform-push-give-in = Sige. I-message siya sa WhatsApp.
    .feedback = Ang "walang pilitan", tapos parehong hiling ulit, ay paraan para mapagod ang pagtanggi mo. Umuubra ito dahil parang bastos ang tumanggi nang dalawang beses. Karaniwang palusot ang "nala-log out ako sa app".
the-platform-push-hold = "Masaya akong manatili sa app. Usap tayo ulit!"
    .feedback = Sinunod mo ang sarili mong bilis. Ang taong talagang interesado sa iyo ay kayang maghintay nang ilang araw.

## The private chat

the-platform-love-bomb-morning = Magandang umaga, mahal ko. Buong gabi kitang naiisip.
    .discuss = Alin sa mga mensaheng ito ang pinakamasarap matanggap? Bakit kaya iyon mismo ang ipapadala ng isang scammer?
the-platform-love-bomb-soulmate = Alam kong isang linggo pa lang. Pero pakiramdam ko matagal na kitang kilala, buong buhay ko na.
the-platform-love-bomb-future = Balang araw, magbibiyahe tayo nang magkasama. Paris? Bali? Ikaw ang pumili.
the-platform-love-bomb-busy = Sorry, hindi ako makakatawag ngayon. Nasa work trip ako at napakahina ng signal.
the-platform-love-bomb-ask-video = Humingi ng maikling video call ngayong weekend
    .feedback = Makatarungang pagsubok ang maikling video call, at madalas itong iniiwasan ng mga scammer. Nakatutulong ito, pero hindi patunay: puwedeng pekein ang video gamit ang face-swap. Ang panuntunang laging totoo: huwag kailanman mag-invest o magpadala ng pera dahil sa tip ng taong sa online mo lang nakilala.
the-platform-love-bomb-enjoy = Namnamin ito. Masarap sa pakiramdam ang may nagmamahal.
    .feedback = Ito ang love bombing: napakalalim na damdamin pagkalipas lang ng ilang araw, pinagsasaluhang kinabukasan, mensahe buong araw. Umuubra ito sa kahit sino, dahil tumutugon ito sa totoong pangangailangan. Kasama ng mabilis na paglipat sa WhatsApp, klasikong simula ito.

the-platform-video-excuse-camera = Video? Sira ang camera ng phone ko. Naghihintay pa ako ng bagong phone.
the-platform-video-excuse-shy = At sa totoo lang, nahihiya ako sa camera. Gusto kong personal ang una nating pagkikita.
the-platform-video-excuse-promise = Bibisitahin kita sa susunod na buwan, pangako. Nagtitiwala ka naman sa akin, di ba?
the-platform-video-excuse-accept = Tanggapin. Hindi naman matagal ang isang buwan.
    .feedback = Laging may palusot para hindi magpakita ng mukha: sirang camera, mahinang signal, pagkamahiyain. Maaaring nakaw ang mga litrato. Ang pagbisitang "sa susunod na buwan" ay kadalasang hindi dumarating.
the-platform-video-excuse-insist = "Limang minuto sa video, o titigil na ako sa pakikipag-chat."
    .feedback = Pinanindigan mo ang makatarungang pagsubok: maraming scammer ang umiiwas sa video dahil hindi tutugma ang mukha sa mga litrato. May nagpepeke gamit ang face-swap, kaya kahit tawag ay hindi patunay. Anuman ang mangyari, huwag kailanman mag-invest o magpadala ng pera dahil sa tip ng taong sa online mo lang nakilala.

the-platform-pull-back-hurt = Grabe. Pagkatapos ng lahat ng pinagsamahan natin, iniisip mong sinungaling ako?
the-platform-pull-back-guilt = Binuksan ko ang puso ko sa iyo. Akala ko iba ka.
the-platform-pull-back-stand-firm = Manatiling mabait pero matatag. I-block ang number at i-report ang profile sa dating app.
    .feedback = Pinapamukhang malupit ng pagpapakonsensya ang isang patas na hiling. Wala kang ginawang mali sa paghiling na makita kung sino ang kausap mo. Ang pag-report ay tumutulong sa app na tanggalin ang profile na ginagamit sa maraming tao.
the-platform-pull-back-apologise = Mag-sorry. Ayaw mo siyang masaktan.
    .feedback = Ang pagpapakonsensya sa iyo dahil sa isang patas na hiling ay paraan para mabawi niya ang kontrol. Umuubra ito dahil ayaw ng mababait na tao na makasakit. Pansinin: wala pa ring video call.

## The tip

the-platform-tip-thanks = Pinapasaya mo talaga ako. Puwede ba akong magsabi ng isang sikreto?
the-platform-tip-secret = Market analyst ang tito ko. Binibigyan niya ako ng mga signal para sa crypto trading sa { $platform }.
the-platform-tip-profit = Noong isang buwan, kumita ako ng 30%. Gusto kong maganda rin ang buhay mo.
the-platform-tip-small = Magsimula ka sa maliit, ${ $deposit } lang. Gagabayan kita hakbang-hakbang. Ito ang link ng app.
the-platform-tip-try-small = I-install ang app mula sa link at maglagay ng ${ $deposit }
    .feedback = Ang crypto tip mula sa taong sa online mo lang kilala ang puso ng scam na ito. Scammer ang nagpapatakbo ng app na itinuro sa iyo ng kakilala sa online, galing man ito sa link o sa opisyal na app store: may nakitang pekeng trading app sa dalawa. Puwedeng imbento ang bawat numero rito.
the-platform-tip-check-first = Sabihing susuriin mo muna ang { $platform }. Hanapin ang pangalan nito at ang financial regulator ng bansa mo.
    .feedback = Magaling. Ang totoong trading firm ay lisensyado, at ikaw mismo ang makakahanap nito sa listahan ng regulator. Ang siguradong tip mula sa bagong mahal ay kilalang pattern, gaano man kabait ang tao.

the-platform-check = Naghanap ka. May makinang na website ang { $platform }, pero itinayo ito limang linggo pa lang ang nakalipas. Wala ito sa listahan ng regulator. Sabi ng isang post sa forum: "Pinag-withdraw nila ako nang isang beses, tapos humingi sila ng tax." At pamilyar ang pangalan: binanggit ni { $colleague } sa trabaho ang { $platform } noong isang linggo.
    .discuss = Saan mo masusuri ang isang trading platform sa bansa mo?
the-platform-check-stop-report = Tumigil dito. I-block si { $match } at i-report ang profile at ang website.
    .feedback = Tumigil ka bago pa may nailipat na pera. Ang pag-report sa profile at site ay tumutulong na mapigilan ang susunod na bibiktimahin.
the-platform-check-warn-colleague = Kausapin si { $colleague } sa trabaho bukas
    .feedback = Ang pagbabahagi ng nalaman mo ay makakapagprotekta sa iba. Maraming biktima ang hindi nakakarinig ng babala hanggang huli na ang lahat.
the-platform-check-try-anyway = Nagpadala si { $match } ng mga screenshot ng malalaking kita. Subukan pa rin sa maliit na halaga.
    .feedback = Madaling pekein ang mga screenshot, at sa maliit na halaga mismo ito nagsisimula. Ang plano ay ipakita sa iyo ang kita, tapos humingi ng mas malaki.

## The early profit

the-platform-profit-balance = Welcome back! Tumaas nang 42% ang account mo ngayong linggo.
the-platform-profit-withdraw = Test withdrawal na $50: tapos na. Tingnan ang bank account mo!

the-platform-event-see = Kita mo? Sabi ko sa iyo, totoo.
    .discuss = Talagang gumana ang withdrawal. Bakit ka papayagan ng scammer na maglabas ng pera?
the-platform-event-chance = Malaking balita: 48-oras na VIP event. Mag-deposit ng ${ $big } at makakuha ng 30% bonus. Maglalagay din ako ng akin.
the-platform-event-secret = Huwag mo munang sabihin sa pamilya mo. Hindi nila maiintindihan. Para ito sa kinabukasan nating dalawa.
the-platform-event-deposit-big = Ilipat ang ${ $big } mula sa ipon mo. Gumana naman ang withdrawal.
    .feedback = Pain ang maliit na withdrawal. Maliit lang ang nagastos ng mga scammer dito, at nabili nito ang tiwala mo para sa mas malaking deposit. Ang deadline at ang "huwag mong sabihin sa pamilya mo" ay para hindi ka makapagsuri.
the-platform-event-ask-someone = Sandali. Pag-usapan ito kasama ang taong pinagkakatiwalaan mo bago mo galawin ang ipon mo.
    .feedback = Magaling. Ang deadline at ang sikreto ay para pigilan ka na gawin mismo ito. Ang totoong pagkakataon ay hindi maglalaho dahil naglaan ka ng isang araw para magtanong.

## The blocked withdrawal

the-platform-blocked-request = Withdrawal request: buong balance. Status: ON HOLD.
the-platform-blocked-tax = Kailangang buwisan ang kita mo bago ito mailabas. Magbayad ng tax na ${ $fee } mula sa ibang pondo para mailabas ang withdrawal mo.
the-platform-blocked-deadline = Magbayad sa loob ng 72 oras, o ifri-freeze ang account mo para sa seguridad.
the-platform-blocked-pay-fee = Bayaran ang ${ $fee }. Malaki ito, pero mas maliit kaysa sa balance mo.
    .feedback = Ang totoong tax ay napupunta sa tanggapan ng buwis. Hindi ito ibinabayad sa platform para ma-unlock ang sarili mong pera. Numero lang sa screen na kontrolado ng mga scammer ang balance, at bawat fee ay may kasunod na iba.
the-platform-blocked-refuse = Tumanggi. Sabihing ibawas na lang ang tax sa balance mo, o ibalik ang inilagay mo.
    .feedback = Tama. Kung talagang nandoon ang pera, puwedeng kunin doon ang anumang fee. Ang paghingi ng bagong pera bago mo mailabas ang sarili mong pera ay senyales na wala talagang mailalabas.

the-platform-more-fees-received = Natanggap na ang tax, salamat.
the-platform-more-fees-flagged = Nasa anti-money-laundering review na ang account mo. Kailangan ng verification deposit na ${ $fee }. Ibabalik ito nang buo.
the-platform-more-fees-urgent = Karaniwan lang ito. Karamihan ng kliyente ay nagbabayad sa parehong araw.
the-platform-more-fees-pay-again = Magbayad ulit. Kapag tumigil ka ngayon, mawawala ang lahat.
    .feedback = Ang pakiramdam na ito ang bitag: habang lumalaki ang naibigay mo, lalong humihirap ang tumigil. Laging may isa pang fee, dahil wala namang ilalabas.
the-platform-more-fees-stop = Itigil ang pagbabayad. I-save ang bawat chat, screenshot at resibo.
    .feedback = Mahirap tumigil pagkatapos mong magbayad, at iyon ang tamang desisyon. Ang bawat bagong fee ay paraan lang para makakuha pa. Makakatulong ang ebidensya mo sa bangko at sa pulis.

the-platform-stopped = Nang tumigil ka sa pagbabayad, naging malambing si { $match }, tapos malamig, tapos galit. Pagkatapos, nawala ang number at ayaw nang magbukas ng website. Masama ang pakiramdam mo at nahihiya ka. Pero ginawa ito sa iyo ng isang grupong araw-araw itong ginagawa sa mga tao.
    .discuss = Bakit maraming tao ang hindi nagsasabi kahit kanino pagkatapos ng ganitong scam?
the-platform-stopped-report = Tawagan ang fraud hotline ng bangko mo at i-report ito sa pambansang ahensiya laban sa cybercrime
    .feedback = Mahalaga ang mabilis na pagkilos. Maaaring mapigilan pa ng bangko ang bayad na hindi pa pumapasok, at ang mga report ay tumutulong sa pulis na pagdugtungin ang mga kaso. Itago ang mga screenshot, wallet address at resibo.
the-platform-stopped-tell-colleague = Sabihin kay { $colleague } sa trabaho. May binanggit siyang crypto app noong isang linggo.
    .feedback = Kailangan ng lakas ng loob para magsabi sa iba. Binabasag din nito ang pananahimik na inaasahan ng mga scammer.

## The colleague

the-platform-colleague-phone = Tingnan mo, nasa { $platform } din ako! Ipinakita sa akin ng isang kaibigang nakilala ko online.
the-platform-colleague-gains = Kumita ako ng 40% sa isang buwan. Mamayang gabi may VIP event. Ilalagay ko ang ipon ko.
the-platform-colleague-compare-notes = Paghambingin ang mga kuwento ninyo: mabilis na paglipat sa private app, walang video call, siguradong tip, maliit na withdrawal na gumana.
    .feedback = Ang parehong script nang dalawang beses ay hindi suwerte, kundi paraan. Dalawang "kaibigang" nakilala online, parehong may siguradong tip at maagang kita: pain ang mga kita. Ang makita ang mga hakbang nang magkatabi ay madalas na nagpapatigil sa isang tao.
the-platform-colleague-show-warning = Ipakita kay { $colleague } ang nalaman mo: bagong website, walang lisensya, ang post sa forum.
    .feedback = Ang mga katotohanan, hindi lang pakiramdam, ang nakakatulong para makinig ang isang tao. Mas madaling tumigil bago ang malaking deposit kaysa pagkatapos nito.
the-platform-colleague-join-in = Kung pareho kayong kumita, siguradong totoo ito. Sumali sa VIP event.
    .feedback = Hindi nagiging totoo ang app dahil dalawang tao ang nakakakita ng kita rito. Ipinapakita ng app ang kahit anong numerong gusto ng mga scammer, sa lahat.
the-platform-colleague-stay-quiet = Huwag magsalita. Masyado kang nahihiya.
    .feedback = Ang hiya ang nagpapatahimik sa maraming tao, at umaasa roon ang mga scammer. Hindi mo kasalanan ang nangyari sa iyo, at ang kuwento mo ay makakapagligtas sa iba.

## The genuine match

the-platform-other-match = Hindi na muling nag-message si { $match }, kaya ni-report mo ang profile. Makalipas ang isang linggo, nag-match kayo ni { $genuine }, na nagtanong tungkol sa paborito mong street food at nagpatawa sa iyo. Ilang araw kayong nag-chat sa app. Tapos: "Gusto mo bang mag-video call muna tayo sandali bago magkita? Mas panatag din ako."
the-platform-other-match-video-call = Pumayag sa maikling video call
    .feedback = Magandang senyales ang maagang video call: tugma ang tao sa mga litrato at walang itinatago. Hindi nito napapatunayan ang lahat, dahil puwedeng pekein ang video; ang hindi kailanman ginagawa ng match na ito ay humingi ng pera o magbigay ng investment tip.
the-platform-other-match-unmatch-all = I-unmatch. Pagkatapos ni { $match }, parang peke na ang lahat ng tao online.
    .feedback = Naiintindihan iyan. Pero tama ang lahat ng ginawa ng match na ito: nanatili sa app, dahan-dahan, nag-alok ng video call. Kapag alam mo ang mga senyales, makikilala mo ang pagkakaiba ng mga tao, sa halip na sukuan ang lahat.

the-platform-video-date-hi = Hi! Sorry, ang pangit ng ilaw sa kusina ko. Nakikita mo ba ako nang maayos?
    .discuss = Nagmungkahi si { $genuine } na magpalitan ng number, pero pagkatapos lang ninyong magkita. Ano pa ang pagkakaiba niya kay { $match }?
the-platform-video-date-plan = So... kape sa Sabado? May mataong café malapit sa istasyon. Sabihin mo sa isang kaibigan kung saan ka pupunta. Ganoon din ang gagawin ko.
the-platform-video-date-swap = At kung maganda ang takbo, puwede tayong magpalitan ng number pagkatapos.
the-platform-video-date-meet = Pumayag sa kape, at sabihin sa isang kaibigan kung saan ka pupunta
    .feedback = Mataong pampublikong lugar, at isang kaibigang alam kung nasaan ka: ligtas na unang date. At pansinin ang hindi kailanman nabanggit: pera, crypto o mga sikreto.
the-platform-video-date-wait-longer = Sabihing gusto mo munang mag-chat nang kaunti pa
    .feedback = Ayos lang na sundin ang sarili mong bilis. Tinatanggap ito ng totoong tao nang walang pagpapakonsensya o pamimilit.

## Endings

the-platform-end-safe = Tumigil ka bago pa may nailipat na pera, at tinanggal ng dating app ang profile na ni-report mo. Ang parehong mga litrato at matatamis na salita ay malamang ipinadala sa maraming tao nang sabay-sabay. Madalas, ang taong nagta-type ay nagtatrabaho sa isang scam compound, at may ilan sa kanila na pinipilit lang gawin ito.
the-platform-end-coffee = Nang handa ka na, nagkita kayo ni { $genuine } sa isang mataong café. Medyo awkward at sobrang saya. Walang bumanggit ng pera, crypto o sikreto. Anuman ang mangyari pagkatapos, ganito ang hitsura ng totoong match: dahan-dahan, bukas, at handang magpakita.
the-platform-end-scammed = Si { $match }, ang { $platform } at ang "customer service" nito ay iisang scam lang, pinapatakbo ng mga organisadong kriminal. Wala na ang perang inilagay mo. Hindi mo ito kasalanan. I-report ito sa bangko mo at sa pambansang ahensiya laban sa cybercrime, at itago ang bawat chat, resibo at wallet address. Mag-ingat sa sinumang nag-aalok na bawiin ito kapalit ng bayad.
the-platform-end-helped = Tumigil si { $colleague } bago ang VIP event. Magkasama ninyong ini-report ang { $platform } at ang mga profile sa dating app, sa mga bangko ninyo at sa pambansang ahensiya laban sa cybercrime, at itinago ninyo ang mga screenshot bilang ebidensya. Isang tapat na usapan sa tamang sandali ang nakapagligtas ng maraming pera at maraming sakit.
