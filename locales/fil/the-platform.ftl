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

the-platform-check-stop-report = Pumasa ito, pero tip pa rin ito mula sa taong nakilala ko online. Tumigil, at i-report ang profile
    .feedback = Hinayaan mong isang patakaran ang magpasya, hindi isang register: walang pera sa tip mula sa taong nakilala mo online. Wala kang nawala, at nakakatulong ang report para maalis ng app ang profile na ginagamit sa maraming tao.

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

## Mas mahihirap na pagpili

the-platform-character-firm = Client services, ang lisensiyadong kompanya
the-platform-character-recovery = Global Asset Recovery Partners
the-platform-first-chat-image-search = I-reverse search muna ang mga litrato niya. Kung walang kakaiba, lumipat sa WhatsApp
    .feedback = Makatwirang pagsusuri, at wala itong nakita: baka galing sa pribadong account ang mga litrato o gawa ng AI. Hindi patunay ang malinis na resulta, at ang paglipat sa pribadong chat pa rin ang hakbang na dapat bantayan.
the-platform-push-video-first = "Mag-video call muna tayo sandali dito sa app, saka ako lilipat"
    .feedback = Makatwirang kondisyon, at malapit pa rin ang mga safety tool ng app. Bantayan kung ano ang isasagot.
the-platform-love-bomb-tell-friend = Ikuwento kay bestfriend si { $match }, may screenshot ng profile
    .feedback = Magandang ugali ang magkuwento: lumalaki ang scam sa lihim. Masaya para sa iyo ang kaibigan mo, at wala pang hinihingi sa iyo. Panatilihin siyang may alam.
the-platform-video-excuse-voice-call = Humiling na lang ng voice call, ngayong gabi
    .feedback = Parang totoong hakbang ang voice call, at maayos ang isang ito. Pero kaunti lang ang napapatunayan ng boses: may tao roon, pero hindi kung sino siya o ano ang gusto niya.
the-platform-voice-warm = Tumawag si { $match } nang gabing iyon: mainit ang boses, mahinang tawa, sampung minutong magaan na usapan.
the-platform-voice-noise = Sa likod ng boses, may naririnig kang ugong, parang maraming taong nag-uusap sa malaking kuwarto. "Sorry, nasa opisina pa ako, late magtrabaho ang lahat dito."
    .discuss = Ano ang napapatunayan ng voice call, at ano ang hindi?
the-platform-pull-back-wait-visit = Mag-sorry, at hintayin ang pagbisita sa susunod na buwan bago magpasya
    .feedback = Makatwiran pakinggan ang pagbibigay ng panahon. Pero bahagi rin ng kuwento ang pagbisita sa susunod na buwan, at habang naghihintay, tuloy ang chat araw-araw, sa paraan nila.
the-platform-tip-own-exchange = Bumili ng crypto sa malaking exchange na gamit mo na, saka ipadala sa { $platform } gaya ng turo ni { $match }
    .feedback = Totoo ang exchange, kaya parang ligtas. Pero lalabas ang pera roon papunta sa { $platform }, na si { $match } ang pumili: madalas pinadadaan muna ng mga scammer ang tao sa isang totoong exchange.

the-platform-check-register = Hinanap mo sa financial regulator ng bansa mo. Nandoon ang { $platform }: parehong pangalan, may numero ng lisensiya, may totoong address ng opisina.
    .discuss = Nasa register ng regulator ang platform. Ano pa ang gusto mong malaman bago magtiwala?
the-platform-check-site = Nasa footer ng site ang parehong numero ng lisensiya, at sumasagot ang live chat sa loob ng ilang segundo.
the-platform-check-small-test = Lisensiyado ito. Maglagay lang ng ${ $deposit }, perang kaya mong mawala, at subukang mag-withdraw
    .feedback = Maingat ang maliit na simula matapos ang totoong pagsusuri, at ito mismo ang ginagawa ng maraming maingat na tao. Bantayan kung paano ang withdrawal.
the-platform-check-call-register = Tawagan ang kompanya sa numerong nakalista sa regulator, at itanong kung kanila ang app na ito
    .feedback = Ito ang pagsusuring gumagana: numerong ikaw ang nakahanap, hindi galing sa site. Isang lunch break na naka-hold ang kapalit.

the-platform-clone-not-us = Pangalan namin ang { $platform }, pero hindi amin ang app na iyan. Nasa opisyal na mga store lang ang app namin, at hindi kami kailanman lumalapit sa kliyente sa dating app.
the-platform-clone-clones = May kumopya ng pangalan at numero ng lisensiya namin para sa kamukhang site. Binalaan na namin ang regulator; hindi ka ang unang tumawag ngayong linggo.
the-platform-clone-real = Kung gusto mong mag-invest sa amin, puwede kang magbukas ng account sa sarili naming site. Isang linggo ang proseso.
the-platform-clone-stop-report = Magpasalamat, i-block si { $match }, at i-report ang profile at ang pekeng site
    .feedback = Tumigil ka bago gumalaw ang anumang pera. Nakakatulong ang pag-report ng clone para mabalaan ng kompanya at ng regulator ang iba.
the-platform-clone-warn-colleague = Sabihan si { $colleague } sa trabaho: nabanggit nila ang { $platform } noong isang linggo
    .feedback = Puwedeng makaprotekta sa iba ang pagbabahagi ng nalaman mo. Maraming biktima ang hindi nakaririnig ng babala hanggang huli na.
the-platform-clone-open-real = Itanong kung paano magbukas ng totoong account sa kanila, sa sarili mong paraan
    .feedback = Walang masama sa pag-invest, sa platform na ikaw ang nakahanap at sumuri. Asahang mas mabagal ito at hindi kasing-kapana-panabik ng tip.

the-platform-real-platform-slow = Hinihingi ng totoong sign-up ang ID mo, proof of address at isang questionnaire tungkol sa ipon mo. Anim na araw ang proseso.
the-platform-real-platform-risk = Sinasabi sa bawat pahina na puwede kang malugi. Walang nangangako ng kita, at walang tumatawag sa iyo tungkol sa mga "event".
the-platform-real-platform-fees = Nakalista sa isang table ang mga bayarin. Puwede mong ilabas ang pera mo anumang oras, sa sarili mong bank account, nang walang buwis na babayaran muna.
the-platform-real-platform-open-small = Buksan ang account, at maglagay ng maliit na halagang ikaw ang pumili
    .feedback = Ganito ang hitsura ng totoong platform: sinusuri ka, may mga babala, nakasulat ang bayarin, at sa sarili mong account ang withdrawal. Hindi scam ang lahat ng trading platform; ang ipinapadala sa iyo ng estranghero ang dapat pagdudahan.
the-platform-real-platform-ask-adviser = Itanong muna sa adviser ng bangko mo
    .feedback = Isang hapon ang kapalit ng pangalawang opinyon mula sa taong walang ibinebenta sa iyo, at magandang ugali iyon.
the-platform-real-platform-not-now = Magpasyang hindi muna para sa iyo ang pag-invest, at i-report ang profile at ang clone
    .feedback = Makatwiran din. Walang obligadong mag-invest, at hindi ka hahabulin ng totoong kompanya.
the-platform-end-genuine = Maliit, mabagal at medyo nakakabagot ang account mo: umaakyat nang kaunti, bumababa nang kaunti, at walang nagmamadali sa iyo. Ikaw mismo ang sumuri sa kompanya, sa register ng regulator at sa numerong ikaw ang nakahanap, at sa pagkakataong ito totoo ang platform. Ang pagsusuri ay hindi pagtanggi sa lahat. Tumigil sa pag-message si { $match } noong araw na sinabi mong nahanap mo na ang totoong site ng kompanya.

the-platform-small-deposit = Naglagay ka ng ${ $deposit }. Umaakyat ang balance araw-araw.
the-platform-small-test = Sinubukan mong mag-withdraw ng $50. Dumating ito sa bank account mo kinaumagahan.
the-platform-small-hold = Hiniling mong ilabas ang natitira. Status: ON HOLD. "Kailangang bayaran mula sa ibang pondo ang regulatory withholding tax na 20% ng kita mo bago ma-release." May logo ng regulator at numero ng lisensiya ng kompanya ang email.
    .discuss = Sinuri mo ang register, at gumana ang test withdrawal. Ano ang magtutulak sa iyong bayaran ito, at ano ang pipigil sa iyo?
the-platform-small-pay-tax = Mukhang opisyal, at sinuri mo ang kompanya. Bayaran
    .feedback = Totoo ang lahat ng sinuri mo: sa totoong kompanya ang pangalan at lisensiya. Ang site ay hindi. Ang totoong buwis ay binabayaran sa tanggapan ng buwis, hindi sa platform para mailabas ang sarili mong pera.
the-platform-small-refuse = Tumanggi. Sabihing kunin na lang ang buwis mula sa balance
    .feedback = Tama. Kung talagang nandoon ang pera, puwedeng doon kunin ang anumang bayad. Ang paghingi ng bagong pera bago mo mailabas ang sa iyo ay senyales na walang mailalabas.
the-platform-small-call-regulator = Tawagan ang regulator sa nakalathalang numero nito, at itanong ang tungkol sa buwis
    .feedback = Walang ganoong buwis ang regulator, at sinabi nitong ginagamit ng isang clone site ang pangalan at lisensiya ng { $platform }. Wala na ang ${ $deposit } mo, at hindi mo iyon kasalanan: nagsuri ka, at ginawa ang scam para pumasa sa pagsusuri.

the-platform-event-withdraw-first = I-withdraw muna ang lahat, saka magpasya
    .feedback = Makatwirang pagsubok: kung totoo ang pera, mailalabas mo ito. Bantayan ang mangyayari kapag sinubukan mo.
the-platform-blocked-ask-match = Itanong kay { $match }. Siguradong nakapag-withdraw na siya dati
    .feedback = Sabi ni { $match }, normal lang daw at nag-alok siyang bayaran ang kalahati ng buwis "dahil mahal kita". Bahagi ng script ang pagtulong sa bayad: pinararamdam nitong ligtas ka at pinahihirap tanggihan ang susunod na bayad.
the-platform-more-fees-call-bank = Tawagan ang bangko mo bago magpadala ng anuman
    .feedback = Tama. Linggo-linggo itong nakikita ng fraud team ng bangko mo; baka mapigilan pa nila ang bayad, at tutulungan ka nilang mag-report. Ang bawat bagong bayad ay paraan lang para makakuha pa.
the-platform-stopped-say-nothing = Huwag sabihin kahit kanino. Nakakahiya
    .feedback = Pinatatahimik ng hiya ang maraming tao, at inaasahan iyon ng mga scammer. Hindi mo ito kasalanan, at may maitutulong pa ang report na gagawin ngayon.

the-platform-recovery-know = Mahal na kliyente, sumusulat kami tungkol sa nawala sa iyo sa { $platform }. Alam naming mahirap ang panahong ito.
the-platform-recovery-agency = Katrabaho namin ang national cybercrime agency sa kaso mo. Natunton ng mga abogado namin ang pondo mo sa isang wallet na puwedeng i-freeze.
the-platform-recovery-fee = Para simulan ang legal na release, kailangan namin ng 10% na bayad, sa USDT. Nababawi ng karamihan ng kliyente ang pondo nila sa loob ng 14 na araw.
    .discuss = Paano nila nalaman ang nawala sa iyo? Sino ang makakaalam na nag-report ka?
the-platform-recovery-pay-recovery = Bayaran. Alam nila ang kaso mo, kaya siguradong katrabaho nila ang agency
    .feedback = Nagtatago ang mga scammer ng listahan ng mga taong nakunan nila ng pera at ibinebenta ito, kaya puwedeng alam ng "recovery firm" ang bawat detalye. Hindi naniningil ang totoong pulis at regulator para mag-imbestiga, at hindi humihingi ng crypto.
the-platform-recovery-call-agency = Tawagan ang cybercrime agency sa nakalathalang numero nito at itanong ang tungkol sa firm na ito
    .feedback = Hindi pa nila naririnig ang firm na ito at hindi sila nakikipagtulungan sa mga recovery firm. Sinuri mo sa paraang gumagana: numerong ikaw ang nakahanap.
the-platform-recovery-ignore = Burahin. Walang nakababawi ng pera kapalit ng bayad
    .feedback = Tama: hindi naniningil ang totoong pulis at regulator para mag-imbestiga. Kung kaya mo, ipasa ang email kasama ng report mo.
the-platform-end-recovery = Kinuha ng "recovery firm" ang bayad, humingi ng "release tax", saka hindi na sumagot. Sila rin iyon, o mga taong bumili ng listahan nila. Hindi mo ito kasalanan: bumalik sila dahil nasaktan ka na. I-report din ito sa bangko mo at sa national cybercrime agency, at huwag magbayad kaninuman na nangangakong mababawi ang pera.
the-platform-end-reported = Wala ka nang ibinayad. Wala na ang perang inilagay mo, at masakit iyon, at hindi mo iyon kasalanan: ang platform, ang magiliw na support at ang "recovery firm" ay ginawang lahat para pumasa sa mga pagsusuring ginagawa ng maiingat na tao. Nasa bangko mo at sa national cybercrime agency na ang report mo, kasama ang bawat chat at wallet address. Ang taong nagta-type bilang si { $match } ay maaaring taong pinipilit gawin ito sa isang scam compound.

the-platform-other-match-ask-questions = Magtanong muna kay { $genuine }: trabaho, mga kaibigan, saan nakatira
    .feedback = Makatwirang mga tanong, at madaling sumagot si { $genuine }, may mga detalyeng masusuri mo. Hindi naiinis ang totoong tao kapag tinatanong.
the-platform-video-date-look-up = Hanapin muna si { $genuine }: isang work profile, isang common friend
    .feedback = Sampung minuto lang ang mabilis na paghahanap, at may lumabas na work profile at kaibigan ng kaibigan. Hindi insulto ang pagsusuri sa isang tao; may buhay na nakikita ang totoong tao.
the-platform-redflag-polish-not-proof = Hindi patunay ang totoong license number
    .explain = Isang makinis na trading site, license number na nasa register ng regulator, magiliw na "support" chat: mukhang opisyal lahat. Kinokopya ng mga scammer ang pangalan at license number ng totoong lisensiyadong kumpanya at gumagawa ng kamukhang site, kaya pati maiingat na taong nagche-check ay naloloko.
    .advice = Mag-check gamit ang contact details na ikaw mismo ang naghanap, hindi ang mga link o number na ipinadala sa iyo: tawagan ang kumpanya sa number na nasa register ng regulator, o magtanong sa bangko mo. At tandaan ang panuntunang laging totoo: walang pera dahil sa tip ng taong sa online mo lang nakilala.
