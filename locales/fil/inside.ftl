# Machine-drafted translation: needs review by a native speaker.
inside-title = Sa loob ng compound
inside-summary = Nakakulong ka sa isang scam compound at pinipilit magtrabaho. Sino ang mapagkakatiwalaan mo, at paano ka ligtas na makakapagpaabot ng balita sa labas?
inside-content-note = Nangyayari ang kuwentong ito sa loob ng isang scam compound. Binabanggit dito ang mga pagbabanta, isang "punishment room" at paghingi ng ransom, pero walang ipinapakitang karahasan. Puwede kang huminto o umalis anumang oras gamit ang q.

## Characters

inside-character-leader = Ang team leader
inside-character-target = { $target }
inside-character-embassy = Emergency line ng embahada
inside-character-relative = Ang { $relative } mo

## Variables

inside-who-wei-ling = Wei Ling, isang business graduate mula sa Malaysia na marunong mag-Chinese
inside-who-nuwan = Nuwan, isang IT worker mula sa Sri Lanka
inside-who-ayu = Ayu, isang hotel receptionist mula sa Indonesia
inside-who-samuel = Samuel, isang sales graduate mula sa Ethiopia

inside-place-myawaddy = Myawaddy, sa Myanmar
inside-place-sihanoukville = Sihanoukville, sa Cambodia
inside-place-golden-triangle = Golden Triangle zone, sa Laos

inside-coworker-min = Min
inside-coworker-joy = Joy
inside-coworker-ravi = Ravi
inside-coworker-dina = Dina

inside-target-margaret = Margaret
inside-target-david = David
inside-target-helen = Helen
inside-target-kenji = Kenji

inside-relative-sister = ate
inside-relative-brother = kuya
inside-relative-mother = nanay
inside-relative-uncle = tito

## The first days

inside-start-who = Ikaw si { $who }. Dalawang buwan na ang nakalipas, nag-apply ka sa isang online ad para sa trabahong customer service sa abroad.
    .discuss = Ang mga taong nakakulong sa mga compound ay kadalasang bata, may pinag-aralan at magaling sa computer. Bakit sila ang gusto ng mga boss?
inside-start-compound = Ngayon, nakatira at nagtatrabaho ka sa isang compound sa { $place }. Matataas na pader na may barbed wire. Armadong guwardiya sa gate. Mga camera sa bawat pasilyo.
inside-start-taken = Sa unang araw, kinuha nila ang passport at phone mo "para itabi nang ligtas". Binigyan ka ng work phone na puno ng mga pekeng profile.

inside-boss-passport = Sa akin ang passport mo. Ligtas iyan. Makukuha mo ulit pagkatapos ng kontrata mo.
    .discuss = Paano nagsasama ang passport, ang utang at ang target para hindi makaalis dito ang isang tao?
inside-boss-debt = May utang ka sa company na ${ $debt }. Flight, visa, pagkain, kama. Gusto mong umalis? Magbayad ka muna.
inside-boss-quota = Araw-araw, bagong contact at bagong pera. Hindi mo naabot ang target, magbabayad ka ng multa. Hindi mo ulit naabot, sa punishment room ka. O ibebenta kita sa ibang company.
inside-boss-try-pay = Tumango. Kung magsisipag ka, baka mabayaran mo ito at makauwi ka
    .feedback = Imbento ang utang, at lumalaki pa: multa sa hindi naabot na quota, pagkain, mga "bayarin". Ginawa ito para hindi kailanman mabayaran. Natural na umasang mababayaran mo ito sa pagtatrabaho, at iyon mismo ang gusto nilang isipin mo.
inside-boss-see-trap = Tumango, at magkuwenta sa isip: mas mabilis lumaki ang multa kaysa sa anumang sahod
    .feedback = Tama. Hindi totoong utang ang utang dahil sa pagiging biktima ng trafficking: kadena ito na gawa sa numero, at ang quota at multa ang kandado nito. Kapag nakita mo ito, maghahanap ka ng ligtas na paraan para makapagpadala ng balita, hindi ng paraan para magbayad.

inside-call-phone = Makalipas ang isang linggo, ibinigay sa iyo ng team leader ang sarili mong phone nang limang minuto. Nakatayo siya mismo sa tabi mo.
    .discuss = Paano mo masasabi sa pamilya mo ang isang bagay nang hindi napapansin ng taong nakikinig?
inside-call-listen = "Tawagan mo ang pamilya mo. Sabihin mong ayos ka. Magandang trabaho, malaking sahod. Wala nang iba."
inside-call-slip-place = Sabihing ayos ka. Tapos idagdag, na parang wala lang, ang pangalan ng bayan, at na "itinatabi" ng kompanya ang passport mo
    .feedback = Nakita mo kung bakit nila kinuha ang passport at phone mo: para maputol ka sa labas. Ang pangalan ng bayan at ang "hawak nila ang passport ko" ay maraming sinasabi sa pamilya mo. Gawin lang ang mga panganib na pakiramdam mo ay ligtas.
inside-call-say-only = Sabihin lang ang eksaktong gusto niya. Hindi ligtas na makipagsapalaran pa ngayong araw
    .feedback = Magandang dahilan ang panatilihing ligtas ang sarili mo. Magkakaroon pa ng ibang pagkakataon para magpaabot ng balita.
inside-call-believe = Sabihin ito, at kalahating paniwalaan. Baka talagang iniingatan nila ang passport mo
    .feedback = Ang "para itabi nang ligtas" ay parang pag-aalaga, at kaya ito umuubra. Kinuha ang passport at phone mo para hindi ka makaalis o makahingi ng tulong. Ang totoong employer ay walang hinahawakan sa dalawang ito.

## The desk

inside-desk-chat = Sa desk mo, nakabukas sa work phone ang chat kay { $target }, na retirado at mag-isang nakatira, sa malayong lugar. Dalawang linggo ka nang nakikipag-chat bilang isang pekeng tao.
    .discuss = Anong mga pagpipilian pa ang mayroon ang taong pinipilit mang-scam ng iba?
inside-desk-script = Ngayon, ito ang sabi ng script: pag-usapan ang isang crypto app na "nagpayaman sa iyo". Hilingin kay { $target } na subukan ito sa maliit na halaga.
inside-desk-behind = Kulang ka pa sa quota mo. Dalawang beses nang dumaan sa desk mo ang team leader.
inside-desk-follow-script = Sundin ang script. Kapag hindi naabot ang quota, multa, o mas malala pa
    .feedback = Ginawa mo ang pinilit sa iyo, sa ilalim ng banta ng multa at ng punishment room. Hindi mo iyon kasalanan: tinatawag ng UN na biktima, hindi kriminal, ang mga taong nasa kalagayan mo. Totoo ang kapalit: lalong nahihila si { $target }, at lalaki lang ang quota.
inside-desk-slow-down = Panatilihing mabait ang chat, pero huwag kailanman banggitin ang pera. I-report na "walang progreso ngayong araw"
    .feedback = Matapang ang gumawa ng pinakamaliit na pinsalang kaya mo, at may kapalit ito: multa at banta ang kasunod ng hindi naabot na quota. Anuman ang piliin mo rito, pumipili ka sa ilalim ng banta, at wala rito ang kasalanan mo.
inside-desk-warn-target = Makipagsapalaran: tahimik na sabihan si { $target } na huwag kailanman maglagay ng pera sa app na iminumungkahi ng kung sino online
    .feedback = Madalas sinusuri ang mga chat, kaya totoong panganib ito. Pero ang isang mensahe ay makakapagligtas sa buong ipon ng isang tao.

inside-warn-why = Bakit mo sinasabi sa akin ito?
inside-warn-son = Sabi ng anak ko, kakaiba raw ang chat na ito. Salamat sa katapatan mo.
inside-warn-okay = Ayos ka lang ba? Puwede mong sabihin sa akin.
inside-warn-tell-truth = Sabihin kay { $target } ang totoo: nakakulong ka sa { $place }, at kailangan mo ng taong makikipag-ugnayan sa embahada mo
    .feedback = Malaking panganib, at puwede itong umubra: may mga taong sina-scam na nakatulong para mahanap ang mga taong nasa loob. Ibigay lang ang kailangan: ang pangalan mo, kung nasaan ka, at "embahada".
inside-warn-just-warn = Isulat: "Mag-ingat ka. Huwag kailanman magpadala ng pera sa taong nakilala mo online." Tapos i-delete ang chat
    .feedback = Pinrotektahan mo si { $target }, at ang sarili mo. Ang tahimik na pagbabala sa taong pinapa-scam sa iyo ay isang paraan ng paglaban.
inside-warn-how-it-began = Sabihin kay { $target } kung paano ito nagsimula: ang una mong mensahe, "sorry, wrong number", ay isinulat ng script
    .feedback = Alam na ngayon ni { $target } ang unang galaw, hindi lang ang huli. Ang estrangherong nagme-message "nang hindi sinasadya" at patuloy na nakikipag-chat ang simula ng marami sa mga scam na ito, at isinusulat ito ng mga compound sa kanilang mga script. Isa itong panganib, at maaari rin nitong maprotektahan ang mga kaibigan ni { $target }.

inside-end-target-helped = Walang ipinadalang pera si { $target }. Ini-report ng anak ni { $target } ang chat, at sumulat sa embahada mo kasama ang pangalan mo at kung saan ka hawak. Inabot ng ilang linggo, pero natagpuan ka ng embahada at nailabas, at sumunod ang ilang linggo ng screening at papeles bago ka nakalipad pauwi. Isang tapat na mensahe ang nagligtas sa ipon ni { $target }, at tumulong na maiuwi ka.

## The wall

inside-wall-plan = Nang gabing iyon, ibinulong sa iyo ng dalawang lalaki mula sa floor ninyo ang isang plano: aakyatin nila ang bakod sa likod pagkalampas ng hatinggabi. Inaaya ka nilang sumama.
inside-wall-fence = Tatlong metro ang taas ng bakod, may barbed wire sa itaas. May mga camera sa bawat sulok.
inside-wall-guards = Sa gabi, naglalakad ang mga armadong guwardiya sa kalsada sa labas.
inside-wall-climb = Sumama sa kanila. Baka ito na lang ang pagkakataon
    .feedback = May mga nakatakas na sa bakod at nakahingi ng tulong. Pero napakadelikado rin nito: naroon ang pader, mga camera at armadong guwardiya para pigilan ito, at pinaparusahan ang nahuhuli. Ang pagsubok na makalabas ay hindi kailanman kasalanang dapat mong isisi sa sarili.
inside-wall-stay = Manatili. Hilingin ang suwerte nila, at maghanap ng mas ligtas na paraan para magpaabot ng balita
    .feedback = Ang pananatili ay pagpiling ginawa rin sa ilalim ng banta, at may sarili itong kapalit: mas maraming araw sa loob. Ang tulong mula sa labas, mula sa embahada, isang NGO o pamilya mo, ang paraan ng marami para makalabas.

inside-caught-back = Naghihintay ang mga guwardiya sa bakod. Ibinalik kayong tatlo bago mag-umaga.
inside-caught-room = Dinala ang dalawang lalaki sa punishment room. Sinabi ng team leader na ikaw na ang susunod kapag naulit ito.
inside-caught-idea = Nagdagdag siya ng multa sa utang mo. Tapos sinabi niyang may mas maganda siyang ideya.

## Whom to trust

inside-offer-phone = Sa tanghalian, bumulong si { $coworker }, na katabi mo sa trabaho: "May phone ako. Nakatago. Puwede mo itong gamitin nang dalawang minuto mamayang gabi, sa banyo. Huwag mong sasabihin kahit kanino."
    .discuss = Tatlong tao ang nag-aalok ng tulong. Paano mo malalaman kung sino ang mapagkakatiwalaan?
inside-offer-guard = Maya-maya, sabi ng isang guwardiyang laging palakaibigan: "Gusto mong umuwi? Sulatan mo ako. Pulis sa bayan ang pinsan ko. Tutulungan ka niya."
inside-offer-accept-phone = Tanggapin ang phone ni { $coworker }, at magpasalamat
    .feedback = Nakakulong din dito si { $coworker }, nakikipagsapalaran para tulungan ka, at walang hinihinging kapalit. Ang pagtutulungan ng mga nasa loob ang paraan para makalabas ang maraming balita.
inside-offer-give-letter = Ibigay ang sulat sa guwardiya. Mukhang opisyal ang pulis
    .feedback = Nagtatrabaho para sa compound ang guwardiya. Malapit sa mga compound, maaaring may ugnayan ang lokal na pulis sa mga boss, at sabi ng mga survivor, naipapasa pabalik ang mga mensahe. Mas ligtas na daan ang embahada mo, isang national hotline, isang mapagkakatiwalaang NGO o ang pamilya mo.
inside-offer-wait = Tanggihan muna silang lahat. Parang masyadong delikado
    .feedback = Totoong pagpipilian ang maghintay, at mahalaga ang kaligtasan mo. Kapag dumating ang susunod na pagkakataon, tandaan ang mga daang mapagkakatiwalaan: ang embahada mo, isang national hotline, isang mapagkakatiwalaang NGO, ang pamilya mo.

inside-phone-bathroom = Gabi. Sa banyo. Mainit pa sa kamay mo ang phone ni { $coworker }. Isang bar ng signal. Dalawang minuto.
    .discuss = Dalawang minuto, isang mensahe. Sino ang makakatulong mula sa labas, at ano ang kailangan nilang malaman?
inside-phone-who = Sino ang kokontakin mo?
inside-phone-local-police = Hanapin ang page ng lokal na istasyon ng pulis at padalhan sila ng mensahe
    .feedback = Parang ito ang tamang gawin. Pero malapit sa mga compound, maaaring may ugnayan ang lokal na pulis sa mga boss, at sabi ng mga survivor, naipapasa pabalik ang mga mensahe. Mas ligtas ang embahada mo, isang national hotline, isang mapagkakatiwalaang NGO o ang pamilya mo.
inside-phone-embassy = Hanapin ang emergency number ng embahada mo sa opisyal nitong website, at i-message ito
    .feedback = Magandang pagpili. May emergency line ang mga embahada para sa mga mamamayang nasa panganib, at katuwang nila ang mga mapagkakatiwalaang NGO at ang mga awtoridad. Kunin lang ang numero mula sa opisyal na website.
inside-phone-family = I-message ang { $relative } mo: kung nasaan ka, ang pangalan ng kompanya, at "tawagan ang embahada"
    .feedback = Magandang pagpili. Matatawagan ng pamilya mo ang embahada at ang national hotline para sa iyo, at patuloy na tatawag. Ang lugar at pangalan ng kompanya ay nagbibigay sa kanila ng magagawa.

inside-leaked-office = Makalipas ang dalawang araw, ipinatawag ka ng team leader sa opisina niya.
inside-leaked-shown = Nasa mesa niya ang isinulat mo sa pulis. "Ibinigay sa akin ng kaibigan ko sa istasyon," sabi niya. "Kaibigan ko ang mga pulis."
inside-leaked-idea = Nagdagdag siya ng multa sa utang mo. Tapos sinabi niyang may mas maganda siyang ideya.

## The ransom

inside-demand-buy = Ayaw mo rito? OK. Puwede kang tubusin ng pamilya mo. ${ $ransom }.
    .discuss = Ano ang dapat gawin ng pamilya kapag nakatanggap sila ng ganitong paniningil?
inside-ransom-call = Tawagan mo sila ngayon. Sabihin mong magbayad sila, bilisan nila. Nakikinig ako.
inside-demand-sell = Kapag hindi sila nagbayad, ibebenta kita sa ibang company. Mas malala pa kaysa rito.
inside-demand-if-they-pay = Isipin: kapag nagbayad ang pamilya mo, pakakawalan ka niya. Baka ito na ang paraan palabas
    .feedback = Iyan ang aasahan ng kahit sino, at iyan ang gusto niyang paniwalaan mo. Bihirang matapos ito sa ransom na binayaran nang mag-isa: ipinapakita nito sa mga boss na kaya ng pamilya mong makahanap ng pera, at tumataas ang presyo. Ang mga banta sa iyo at ang paniningil sa pamilya mo ang paraan ng compound para kontrolin ang mga tao.
inside-demand-see-lever = Isipin: kung magbayad sila nang isang beses, ano ang pipigil sa kanyang humingi ulit?
    .feedback = Tama. Ang parusa, banta at paniningil ng ransom ay mga kasangkapan ng kontrol, at ang isang ito ay nakatutok sa mga taong nagmamahal sa iyo. Mas mahirap pigain ang pamilyang lumalapit muna sa embahada o sa isang mapagkakatiwalaang NGO bago magpadala ng kahit ano.
inside-demand-not-alone = Isipin: anuman ang ipasabi niya sa iyo, puwede pa ring dalhin ng pamilya mo ang paniningil sa embahada
    .feedback = Oo. Ang sinasabi mo habang nakikinig siya ay hindi ang dapat gawin ng pamilya mo. Ang paniningil ng ransom, kasama ang numerong pinanggalingan nito, ay eksaktong kailangan ng embahada o ng isang NGO, at walang pamilyang kailangang harapin ito nang mag-isa.
inside-ransom-beg-pay = Makiusap sa { $relative } mo na magbayad, sa lalong madaling panahon
    .feedback = Sinabi mo ang iniutos ng lalaking nakatayo sa tabi mo. Hindi mo iyon kasalanan. Sa pamilya mo babagsak ang kapalit: ang ransom na binayaran nang mag-isa ay madalas nagdadala ng mas maraming hinihingi. Puwede pa rin nilang dalhin ang hinihingi sa embahada o sa pinagkakatiwalaang NGO bago magpadala ng kahit ano.
inside-ransom-embassy-first = Sabihin ang gusto niya. Tapos idagdag: "Humingi kayo ng tulong sa embahada para sa pagpapadala"
    .feedback = Habang nakikinig siya, pinalabas mong tulong sa pagbabayad ang paghingi mo ng tulong. Panganib iyon na hinarap sa ilalim ng banta. Ang embahadang nakaaalam bago gumalaw ang pera ay makapagpoprotekta sa inyong dalawa.
inside-ransom-remind = Sabihin lang ang gusto niya. Narinig na ng { $relative } mo ang pangalan ng bayan at ang "hawak nila ang passport ko"
    .feedback = Ang pagsasabi lamang ng iniuutos niya ang nagpapanatili sa iyong ligtas hangga't maaari. Nakatutulong na ngayon ang maliit na detalyeng sinabi mo sa unang tawag: madadala ito ng pamilya mo, kasama ang hinihinging ransom, sa embahada.

inside-paid-sent = Nangutang ang pamilya mo at ipinadala ang pera.
inside-paid-more = Ngumiti ang team leader. Makalipas ang isang linggo, sinabi niyang tumaas na ang presyo.

inside-family-acts-went = Hindi nagpadala ng pera ang { $relative } mo. Sa halip, dinala niya agad ang paniningil at ang numerong pinanggalingan nito sa embahada mo at sa pambansang hotline laban sa trafficking.
inside-family-acts-wait = Nakipagtulungan ang embahada sa isang mapagkakatiwalaang NGO sa { $place }. Ilang linggong parang walang nangyayari. Tapos isang umaga, may binasang mga pangalan sa gate. Kasama ang pangalan mo.

## Word gets out

inside-embassy-reply-got = Natanggap namin ang mensahe mo. Wala kang kasalanan. Nandito kami para tumulong.
inside-embassy-reply-need = Kung kaya mo, magpadala ng location pin, ng pangalan ng compound o ng building, at kung ilang tao ang nakakulong kasama mo.
inside-embassy-reply-safe = Pakiusap, huwag kang pumunta sa lokal na pulis. I-delete ang chat na ito pagkatapos. Katuwang namin ang isang mapagkakatiwalaang NGO at ang mga awtoridad.
inside-embassy-reply-send-all = Ipadala ang pin, ang building, at na mga apatnapung tao mula sa iba't ibang bansa ang nakakulong sa floor ninyo
    .feedback = Ang bilang at mga nasyonalidad ay nagbibigay-daan sa ilang embahada na kumilos nang sabay, at madalas ay grupo-grupo pinapalaya ang mga tao. Ilang segundo pa ang kailangan, at makakatulong ito sa mga taong hindi mo pa nakakausap kahit kailan.
inside-embassy-reply-send-mine = Ipadala lang ang sarili mong detalye, nang mabilis. Malapit nang maubos ang dalawang minuto
    .feedback = Sapat na ang sarili mong detalye para makapagsimula. Bawat mensaheng nakakarating sa embahada ay nagpapadali sa paghahanap sa compound.

inside-family-reply-got = Natanggap ko. Mahal kita. Huwag kang sumagot kung hindi ligtas.
inside-family-reply-calling = Tatawagan ko na ngayon ang embahada at ang national hotline.
inside-family-reply-ask = Tanong nila: ilang tao ang kasama mo? Aling building?
inside-family-reply-send-others = Sumagot nang mabilis: mga apatnapung tao, iba't ibang bansa, ang kulay-abong building na asul ang bubong
    .feedback = Ang bilang at ang building ay tumutulong sa embahada mo, at sa iba pang embahada, na kumilos para sa lahat ng nakakulong doon, hindi lang para sa iyo.
inside-family-reply-just-me = Isulat ang "ako lang, kailangan ko nang umalis", at ibalik ang phone
    .feedback = Ang pinakamahalaga ay makapagpaabot ka ng sarili mong balita, at may sapat nang impormasyon ang pamilya mo para kumilos. Ang mabilis na pagbabalik ng phone ay nagpapanatiling ligtas din kay { $coworker }.

## Endings

inside-end-rescued = Nakalabas ka na. Ang embahada mo at isang pinagkakatiwalaang NGO, katuwang ang mga awtoridad, ang gumawa nito. Hindi mabilis ang sumunod: ilang linggo sa shelter o sa immigration detention, mga interview para matukoy kung sino ang na-traffic, at mga papeles na kapalit ng passport mo. May karapatan kang tratuhin bilang biktima, hindi kriminal, at walang kahulugan ang imbentong utang. Hindi pa tapos ang panganib pag-uwi: maaaring kontakin muli ng mga recruiter ang mga nakaligtas, kaya itago ang contact ng embahada at ng IOM.

inside-end-others-found = Higit pa sa pangalan mo ang naibigay ng mensahe mo sa embahada. Dahil sa bilang at sa gusali, nagtulungan ang ilang embahada at isang NGO. Makalipas ang ilang linggo, pinalaya ang malaking grupo mula sa compound, at isa ka roon. Sumunod ang ilang linggo ng screening at paghihintay ng papeles, nang may karapatang tratuhin bilang biktima, hindi kriminal. Nakauwi ang mga taong hindi mo pa nakakausap dahil sa ipinadala mo.

inside-end-still-held = Nasa loob ka pa rin, sa ngayon. Anuman ang pinilit ipagawa sa iyo, hindi ka kriminal: tinatawag ng UN na biktima ang mga taong nasa kalagayan mo. Libu-libo na ang nailigtas matapos maalerto ang kanilang pamilya at embahada. Bawat mensaheng nakakalabas, mula sa iyo o sa iba, ay naglalapit sa araw na iyon.

inside-first-night-look = Nang gabing iyon, mula sa bintana ng kuwarto mo, binilang mo ang mga guwardiya sa gate at ang mga camera sa pader.

inside-first-night-see-prison = Isipin: nakaharap papasok ang mga guwardiya sa gate, sa amin
    .feedback = Tama ang basa mo. Nandiyan ang pader, guwardiya at camera para hindi makalabas ang mga tao, hindi para pigilan ang panganib. Ang makita ito nang malinaw ang unang hakbang para maghanap ng ligtas na paraan para makapagpadala ng balita.

inside-first-night-for-safety = Isipin: siguro delikado ang lugar. Baka para protektahan ang mga empleyado ang mga guwardiya
    .feedback = Iyan ang sinasabi ng mga boss, at madaling paniwalaan kapag malayo ka sa bahay at natatakot. Pero ang mga guwardiyang nakaharap sa loob, pader na may barbed wire at camera sa bawat pasilyo ay para pigilan ang mga taong umalis.

## The catalogue's red flags, in this story's setting

inside-redflag-wrong-number = Ang "wrong number" sa script
    .explain = Marami sa mga scam na ito ang nagsisimula sa mensaheng ipinadala na parang nagkamali, at ganoon isinusulat ang mga script sa mga compound. Sapat na ang magalang na sagot sa isang estranghero para magsimula ang ilang linggong magiliw na chat na nauuwi sa paghingi ng pera.
    .advice = Kapag patuloy na nakikipag-chat ang isang estranghero kahit sinabi mong wrong number, tumigil sa pagsagot at i-block siya, at huwag kailanman tumanggap ng payo tungkol sa pera mula sa taong sa mensahe mo lang kilala. Kung pinipilit kang magpadala ng ganitong mensahe, magbabala kapag ligtas at magpaabot ng balita sa embahada mo: hindi mo kasalanan ang ipinilit sa iyong ipadala.

## Mga bagong pagpili (sino ang pagkakatiwalaan)

inside-character-ngo = Caseworker, NGO laban sa trafficking
inside-first-night-first-weeks = Isipin: baka sa unang mga linggo lang ito, hanggang pagkatiwalaan nila ang mga bago
    .feedback = Natural na umasang luluwag ito, at iyan din ang sinasabi ng mga boss. Pero walang anuman sa pader o sa mga guwardiya na ginawa para magbago: nandiyan sila para manatili ang mga tao hangga't gusto ng kompanya.
inside-boss-ask-paper = Hilinging makita ang utang nang nakasulat
    .feedback = May panganib ang pagtatanong, at may ipinakita ito sa iyo. Ipinakita niya ang isang papel sa wikang hindi mo mabasa; ang mga numero ay kung ano ang sabihin niya. Ang utang na boss lang ang nakakabasa ay kadena, hindi utang.
inside-wall-not-tonight = Pakiusapan silang maghintay ng ilang gabi, hanggang malaman mo kung kailan nagpapalitan ang mga guwardiya
    .feedback = Sinubukan mong gawing hindi gaanong mapanganib ang isang mapanganib na plano. Aalis sila nang wala ka, o hindi; alinman, pumipili ka sa ilalim ng banta, at wala rito ang kasalanan mo.

inside-offer-broker = At sa sulok ng mga naninigarilyo, sabi ng isang lalaki mula sa opisina na nag-aayos siya ng "transfer": isang kompanya malapit sa border, mas masarap ang pagkain, at pagkalipas ng tatlong buwan pinauuwi ka na. Magbabayad sa kanya ang pamilya mo ng ${ $ransom }, at siya na ang bahala sa iba.
inside-offer-transfer = Pumayag, at ibigay sa kanya ang numero ng pamilya mo. Kahit saan, mas mabuti kaysa rito
    .feedback = Makatwirang gustuhing makaalis dito kahit ano ang kapalit. Pero ang "transfer" na binabayaran ng pamilya mo sa isang lalaki mula sa opisina ay paraan ng pagbebenta ng tao mula sa isang compound papunta sa iba: idinadagdag ng bumili ang presyo sa utang mo.
inside-sold-van = Nangutang ang { $relative } mo. Makalipas ang isang linggo, isinakay ka at ang tatlo pa sa isang van sa gabi, sa tabi ng ilog.
inside-sold-new = Mas malaki ang bagong compound. May papel ang bagong team leader na may pangalan mo.
inside-sold-debt = "Binayaran ka namin," sabi niya. "Ang utang mo rito ay ${ $debt } at ang transfer."
inside-end-sold = Pagbebenta pala ang "transfer". Umasa ka ng daan palabas, at ibinenta iyon sa iyo ng isang lalaking alam ang inaasahan mo; hindi mo iyon kasalanan. Hawak ka pa rin, nawalan ng pera ang pamilya mo, at mas malaki ang utang. Nakakalabas din ang mga tao sa ikalawang compound kapag umabot ang balita sa embahada o sa isang NGO: pareho ang mga daan, at puwedeng simulan iyon ng susunod na mensaheng makalabas.

inside-phone-ngo = I-message ang NGO laban sa trafficking na isinulat ni { $coworker } ang numero sa isang piraso ng papel
    .feedback = Ang NGO na humahawak ng ganitong mga kaso ay daang nakakatulong, at nagsapanganib si { $coworker } para ibigay sa iyo ang numero. Mahirap magpasya kung pagkakatiwalaan ang kontak na hindi mo nakikita.

inside-ngo-hello = Hello. Natanggap namin ang mensahe mo. Wala kang kasalanan. Tinutulungan namin ang mga tao na makaalis sa mga compound sa { $place }, kasama ang mga embahada.
inside-ngo-never = Hindi kami kailanman hihingi ng pera sa iyo o sa pamilya mo.
inside-ngo-pin = Kapag ligtas na, magpadala ng location pin at ng gusali. Pagkatapos, burahin ang chat na ito.
    .discuss = Paano mo maihihiwalay ang kontak na ito sa "pinsan" ng guwardiya o sa lalaking nag-aayos ng "transfer"?
inside-ngo-send-pin = Ipadala ngayon ang pin at ang gusali, at burahin ang chat
    .feedback = Nagtiwala ka sa isang kontak na walang hininging kapalit at katrabaho ng embahada mo, at sa pagkakataong ito tama ang tiwala. Impormasyon ang hinihingi ng totoong tumutulong, hindi kailanman pera.
inside-ngo-check-first = Humingi muna ng bagay na masusuri mo: sino sa embahada mo ang nakakakilala sa kanila
    .feedback = Makatwirang tanong, at hindi ito ikagagalit ng totoong NGO. Isa pang gabing nakatago ang telepono ang kapalit, at may panganib din iyon.
inside-ngo-delete = Burahin ito. Kahit sino puwedeng magsabing NGO sila
    .feedback = Matapos ang "pinsan" ng guwardiya at ang lalaking may "transfer", makatwirang pagdudahan ang lahat. Walang hininging kapalit ang kontak na ito at itinuro ka sa embahada mo: iyan ang mga palatandaan ng totoong tulong. Ang hindi pagtitiwala rito ay pinili dahil sa takot, at hindi mo iyon kasalanan.
inside-ngo-checks-fair = Makatwirang tanong iyan. Mabuti at nagtanong ka.
inside-ngo-checks-embassy = Kilala ng consular officer ng embahada mo ang opisina namin. Puwedeng tawagan ng { $relative } mo ang embahada at magtanong tungkol sa amin. Ipadala ang pin kapag pakiramdam mo'y ligtas ka.
inside-ngo-works-days = Ipinadala mo ang pin at ang kulay ng gusali. Sampung araw ang lumipas, walang nangyayari. Nanahimik ka at tinutupad ang quota hangga't kaya mo.
inside-ngo-works-gate = Pagkatapos, isang umaga, nasa gate ang mga opisyal mula sa kabisera at isang babae mula sa NGO, may listahan ng mga pangalan. Kasama ang pangalan mo.
inside-end-ngo = Nakalabas ka, dahil nagtiwala ka sa kontak na karapat-dapat: wala itong hininging kapalit, at katrabaho ito ng embahada mo. Sumunod ang ilang linggo sa shelter, mga screening interview at bagong papeles; may karapatan kang ituring na biktima, hindi kriminal, at walang kahulugan ang gawa-gawang utang. Ang pagsusuri kung sino ang pagkakatiwalaan ay hindi pagtitiwala sa walang sinuman. Maaaring lapitan muli ng mga recruiter ang mga nakaligtas: itabi ang numero ng NGO at ng embahada mo.

inside-embassy-reply-wait-safer = Maghintay hanggang bukas ng gabi bago ipadala ang pin, kapag mas tahimik ang pasilyo
    .feedback = Maingat ang maghintay ng mas ligtas na sandali, at makatwirang pasya iyon. Hindi mo kasalanan na naunang kumilos ang kompanya.
inside-family-reply-name-coworker = Idagdag ang pangalan at bansa ni { $coworker }, para hanapin din siya
    .feedback = Nagsapanganib si { $coworker } para sa iyo, at ngayon ikaw naman para sa kanya. Ang mga pangalan at nasyonalidad ay nagpapahintulot sa mga embahada na kumilos para sa higit sa isang tao.

inside-transfer-dawn = Bago mag-umaga, nag-iikot ang mga guwardiya sa bawat kuwarto, may listahan. Tatlumpung tao, kasama ang pangalan mo, ang pinag-empake.
inside-transfer-vans = Naghihintay ang mga van sa gate. "Bagong kompanya," sabi ng team leader. "Binayaran ka nila."
inside-transfer-memorise = Bantayan ang daan, at tandaan ang bawat karatulang madaanan
    .feedback = Ginawa mo ang kaya mo sa ilalim ng banta. Anumang matandaan mo ay puwedeng makatulong sa paghahanap sa iyo. Wala rito ang kasalanan mo.
inside-transfer-tell-coworker = Ibulong kay { $coworker }: "Sabihin mo sa kanila kung saan ako dinala, kung kaya mo"
    .feedback = Panganib na tinanggap sa ilalim ng banta, para may makaalam. Wala rito ang kasalanan mo.
inside-transfer-head-down = Yumuko at huwag magsalita
    .feedback = Ang manatiling ligtas sa van ay pinili sa ilalim ng banta, at makatwiran iyon. Wala rito ang kasalanan mo.
inside-end-resold = Ginawa mo ang kaya ng isang maingat na tao: nakahanap ka ng ligtas na kontak, hindi ka pumunta sa lokal na pulis, at nakapagpadala ka ng balita. Ibinenta ng kompanya ang isang grupo ng manggagawa bago dumating ang tulong, at kasama ka; hindi mo iyon kagagawan. Nakatala ang mensahe mo: patuloy na naghahanap ang embahada mo at ang mga NGO, at may mga nahanap kahit matapos ang ikalawa at ikatlong compound. Kapag kaya mo, magpadala ulit ng balita: nakakatulong pa rin ang parehong mga daan.
