# Machine-drafted translation: needs review by a native speaker.
after-release-title = Pagkalaya
after-release-summary = Kapapalaya mo lang mula sa isang scam compound at dinala ka sa border ng Thailand. Mabagal ang pag-uwi, may utang ang pamilya mo, at may bagong alok na trabaho na naghihintay.
after-release-content-note = Nagsisimula ang kuwentong ito sa linggong pinalaya ang isang tao mula sa scam compound. Binabanggit dito ang detention, mga utang, isang pamilyang hindi naniniwala sa kanya at ang panganib na ma-traffic muli, pero walang ipinapakitang karahasan. Puwede kang huminto o umalis anumang oras gamit ang q.

## Characters

after-release-character-ngo = Isang volunteer ng NGO
after-release-character-officer = Screening officer
after-release-character-embassy = Uganda High Commission, Kuala Lumpur
after-release-character-relative = Ang { $relative } mo
after-release-character-recruiter = { $recruiter }
after-release-character-caseworker = Caseworker ng IOM

## Variables

after-release-name-isaac = Isaac
after-release-name-moses = Moses
after-release-name-ronald = Ronald
after-release-name-brian = Brian

after-release-home-masaka = Masaka
after-release-home-jinja = Jinja
after-release-home-mbarara = Mbarara
after-release-home-gulu = Gulu

after-release-relative-sister = ate
after-release-relative-mother = nanay
after-release-relative-uncle = tito

after-release-brother-joel = Joel
after-release-brother-denis = Denis
after-release-brother-peter = Peter

after-release-recruiter-kato = Kato
after-release-recruiter-eddie = Eddie
after-release-recruiter-frank = Frank

after-release-abroad-dubai = Dubai
after-release-abroad-doha = Doha
after-release-abroad-kuala-lumpur = Kuala Lumpur

## At the border

after-release-start-who = Ikaw si { $name }, 27, taga-{ $home } sa Uganda. Siyam na buwan na ang nakalipas, nangako ang isang agent sa Kampala ng trabaho sa isang hotel sa Bangkok. Nangutang ang pamilya mo ng USh { $loan } para sa bayad niya.
    .discuss = Ano ang pinakakailangan ng mga tao sa mga unang araw pagkalabas nila?
after-release-start-compound = Wala palang hotel. Itinawid ka sa isang ilog papuntang Myanmar, sa isang compound kung saan pinilit kang makipag-chat sa mga estranghero at kunin ang pera nila sa panloloko.
after-release-start-out = Noong isang linggo, binuksan ang gate para sa ilang daang tao, at isa ka roon. Nasa panig ka na ngayon ng Thailand sa border. Walang passport, walang phone, suot mo lang ang damit mo.

after-release-gate-hall = Isang mahabang bulwagan malapit sa border. Nakaupo sa banig ang mga tao mula sa sampung bansa o higit pa. Sa isang mesa, kinukuha ng mga opisyal ang mga pangalan para sa interview.
after-release-gate-water = Isang babaeng may badge ng NGO ang namimigay ng tubig. May nagsasabing puwedeng humantong ang interview sa ilang linggo sa isang shelter.
after-release-gate-driver = Sa labas, may lalaking nakasandal sa isang van. "Bangkok, airport, tatlong araw nasa bahay ka na. 300 dollars; puwedeng ipadala ng pamilya mo. Walang interview, walang kampo."
after-release-gate-queue = Pumila sa mesa ng mga opisyal
    .feedback = Screening ang interview: tinitingnan ng mga opisyal kung sino ang na-traffic, para tratuhing biktima ang mga biktima. Matagal ito, madalas ilang linggo, at ito rin ang nagbubukas ng daan sa shelter, mga papeles at flight pauwi.
after-release-gate-ask-ngo = Tanungin ang babaeng may badge kung para saan ang mga interview
    .feedback = Magandang gamit ng ilang minuto ang magtanong bago magpasya. Alam ng mga taong araw-araw nasa border kung ano ang kasunod ng bawat pagpili.
after-release-gate-van = Sumakay sa van. Kaya ng pamilya mong ipadala ang pera, at gusto mo nang umuwi
    .feedback = Pagkatapos ng ilang buwan sa loob, parang awa ang tatlong araw, at iyon mismo ang ibinebenta ng driver. Ang biyaheng umiiwas sa mga checkpoint ay nag-iiwan sa iyo na walang papeles at walang rekord ng nangyari sa iyo, at puwedeng ikulong bilang illegal migrant ang sinumang mahuling walang papeles sa halip na tulungan bilang biktima.

after-release-ngo-what = Screening ang mga interview. Tinatanong ng mga opisyal at ng isang social worker kung paano ka napunta rito at ano ang nangyari sa loob. Ganoon nila nalalaman kung sino ang na-traffic.
    .discuss = Bakit puwedeng matakot sa interview ng mga opisyal ang isang taong kapapalaya lang?
after-release-ngo-weeks = Kapag natukoy kang biktima, titira ka sa shelter, may pagkain at doktor, habang inaasikaso ng embahada mo ang papeles at inaayos ang flight. Puwedeng ilang linggo. Hindi ako magpapanggap na mabilis ito.
after-release-ngo-drivers = Ang mga van? May kumukuha ng pera tapos ibinababa ang mga tao bago ang police checkpoint. Kapag walang passport, kulungan iyon, hindi airport.
after-release-ngo-stay = Manatili para sa screening, kahit ilang linggo pa
    .feedback = Mahirap na pagpili: mas matagal na malayo habang lumalaki ang utang sa bahay. Ito rin ang paraang nagtatala ng ginawa sa iyo, at ng proteksiyong kasama nito.
after-release-ngo-van-anyway = Masyadong matagal ang ilang linggo. Kailangan ka na ng pamilya mo; sumakay sa van
    .feedback = Natural na gustong umuwi agad, at pinabibigat ng utang ng pamilya ang bawat linggo. Pero inilalabas ka ng driver na umiiwas sa checkpoint sa sistemang naroon para protektahan ka.
after-release-ngo-ask-prison = Tanungin siya nang pabulong: "Nanloko talaga ako ng mga tao roon. Ikukulong ba nila ako?"
    .feedback = Maraming lumalabas sa mga compound na ito mismo ang kinatatakutan, at iyan ang sinasabi sa kanila ng mga trafficker para manahimik sila. Mas mabuting magtanong sa nakakaalam kaysa manghula.

after-release-rights-victim = Ang mga taong pinilit gumawa ng krimen ay hindi dapat parusahan dahil doon. Iyan ang layunin ng screening: makita kang biktima, hindi kriminal.
after-release-rights-truth = Sabihin ang nangyari sa sarili mong salita. Kung hindi mo naintindihan ang tanong, sabihin mo.

after-release-van-money = Nangutang ang pamilya ng 300 dollars, at ipinadala ito ng { $relative } mo sa account ng driver. Dalawang oras siyang nagmaneho.
after-release-van-drop = Huminto siya sa tahimik na kalsada. "May police checkpoint sa unahan. Maglakad ka na mula rito." Umikot ang van at umalis.
after-release-van-held = Sa checkpoint, wala kang passport at walang visa. Dinala ka ng pulis sa isang immigration cell, kasama ang mga lalaking nag-overstay at mga lalaking tumawid ng ilog.

after-release-cell-room = Walang lamang kuwarto, isang banig, isang gripo. Walang nagtatanong dito kung saan ka galing.
    .discuss = Ang iisang tao ay puwedeng tratuhing biktima o lumabag sa batas. Ano ang nagpapasya kung alin?
after-release-cell-officer = Sa ikalawang araw, dumating ang isang immigration officer na may listahan. "Pangalan. Nasyonalidad. Paano ka pumasok sa Thailand?"
after-release-cell-tell-officer = Sabihin sa kanya ang totoo: itinawid ka sa Myanmar at ikinulong sa isang compound
    .feedback = Ang pagsasabi nito sa isang opisyal, kahit mula sa selda, ay puwedeng magsimula ng screening na tatrato sa iyo bilang biktima. May panganib sa pagsasabi, at ang panganib na iyon ang nagbubukas ng pinto.
after-release-cell-embassy-please = Sabihing gusto mo munang makausap ang embahada mo bago sumagot ng kahit ano
    .feedback = Makatwirang hiling, at puwedeng magsalita para sa iyo ang embahada mo. May mga bansang walang embahada sa Thailand, kaya baka mas matagal bago sila maabot.
after-release-cell-stay-quiet = Huwag banggitin ang compound. Baka lumala pa kapag inamin mong nandoon ka
    .feedback = Ang takot na maparusahan ang inaasahan ng mga boss ng compound. Makatwiran ang takot na iyan, at hindi mo iyan kasalanan. Pero kung wala ang kuwento mo, ang nakikita lang ng mga opisyal ay isang taong pumasok nang walang papeles.

## The interview

after-release-screening-interpreter = Maupo ka. Social worker ito; makikinig din siya. Dahan-dahan kaming magsasalita, at puwede mong ipaulit.
after-release-screening-how = Paano ka napunta sa Myanmar? Sino ang kumuha ng passport mo? Anong trabaho ang ipinagawa nila sa iyo?
    .discuss = Ano ang nagpapahirap na ikuwento ang lahat sa isang opisyal?
after-release-screening-money = Kumuha ka ba ng pera sa mga tao? Sabihin mo nang tapat.
after-release-screening-tell-all = Ikuwento ang lahat, pati ang mga scam chat na pinilit kang isulat
    .feedback = Ang pinakamahirap sabihin, at madalas ang bahaging pinakamalinaw na nagpapakitang pinilit ka. Ang mga taong pinilit gumawa ng krimen sa loob ng compound ay hindi dapat parusahan dahil doon.
after-release-screening-leave-out = Ikuwento kung paano ka niloko at ikinulong, pero huwag banggitin ang ipinagawa nila sa iyo
    .feedback = Maraming survivor ang nag-iingat sa bahaging iyon, dahil sa hiya o takot. Sapat na ang sinabi mo para makita nilang na-traffic ka. Kung gusto mong ikuwento ang iba pa mamaya, ang social worker ang tamang kausap.
after-release-screening-overstayed = Sabihin lang na nag-overstay ka sa visa at gusto mo nang umuwi
    .feedback = Parang ito ang pinakamabilis na paraan palabas, at pinakaligtas. Pero mapoprotektahan lang ng mga opisyal ang biktimang alam nila: bilang overstayer, walang shelter, walang tulong, at walang rekord ng mga nag-traffic sa iyo.

after-release-overstay-processed = Pinoproseso ka bilang taong lumabag sa patakaran ng immigration: mas maraming araw sa detention, mga form sa wikang hindi mo mabasa, isang pila ng mga lalaking naghihintay ng flight.
after-release-overstay-flight = Ilang linggo pa, isinakay ka sa eroplano. Walang nagtanong kung ano ang nangyari sa iyo, at walang naghihintay sa iyo na nakakaalam.

after-release-embassy-where = Magandang hapon. Ito ang Uganda High Commission sa Kuala Lumpur. Dito sa Malaysia nagtatrabaho ang ambassador namin para sa Thailand; wala nang mas malapit.
after-release-embassy-confirmed = Kinumpirma ng mga awtoridad ng Thailand na biktima ka ng trafficking. Dahil dito, masisimulan na namin ang pag-uwi mo. Inihahanda namin ang emergency travel document mo.
after-release-embassy-wait = Hanggang doon, nasa shelter ka malapit sa border sa tulong ng IOM at ng gobyerno ng Thailand. Hindi pa namin maibibigay ang petsa. Pagpasensiyahan mo kami.

## Weeks in a shelter

after-release-shelter-weeks = Malinis at tahimik ang shelter. May doktor tuwing Martes. Ang isang linggo ay naging tatlo, tapos lima.
after-release-shelter-phone = Pinahiram ka ng social worker ng phone para tumawag sa bahay. Sa unang ring pa lang, sumagot na ang { $relative } mo.
    .discuss = Paano kaya tutugon ang sarili mong pamilya sa ganitong tawag?
after-release-shelter-tell-everything = Sabihin sa { $relative } mo ang lahat: ang compound, ang kasinungalingan ng agent, at na wala kang utang sa kanya
    .feedback = Mahalaga ang totoo, at kailangan ito ng pamilya mo: nandiyan pa rin ang agent. Pero puwede rin itong mahirap pakinggan, sa phone, mula sa malayo.
after-release-shelter-only-safe = Sabihin lang na ligtas ka at pauwi na. Ang iba, sa bahay na lang
    .feedback = Mabait ang pag-iwas na mag-alala ang pamilya mo, at may mga bagay na mas madaling sabihin nang harapan. Ang kapalit: hanggang makauwi ka, ang bersyon lang ng agent ang hawak nila.
after-release-shelter-social-worker = Pakiusapan ang social worker na sumali sa tawag at tumulong magpaliwanag
    .feedback = Dalawang araw bago maayos, at nasaktan ang { $relative } mo na hindi ka na lang tumawag agad. Pero ang ikalawang boses, mula sa taong ito ang trabaho, ay may bigat na wala sa pagod na boses.

after-release-disbelief-agent = Pumunta rito ang agent. Sabi niya, tumakas ka raw sa magandang trabaho, at ngayon may utang tayo sa kanya para sa tiket mo.
after-release-disbelief-owe = Scam? Parang pagod ka lang. Buwan-buwan dumarating ang nagpautang. Nagbabayad kami ng interes sa USh { $loan } mula nang umalis ka.
after-release-disbelief-brother = May iba pang trabaho ang agent, ibang kompanya, isang hotel sa Bangkok, ${ $pay } kada buwan. Gustong kunin ni { $brother } para mabayaran ang utang natin. Aalis siya sa susunod na linggo.
    .discuss = Bakit kaya mas naniniwala ang isang pamilya sa agent kaysa sa sarili nilang anak?
after-release-disbelief-insist = Sabihin ulit, dahan-dahan: parehong agent, parehong hotel sa Bangkok. Pakiusapan si { $brother } na huwag umalis
    .feedback = Ginawa mo ang tama, kasinglinaw ng kaya ng sinuman. Madalas maniwala ang mga pamilya sa agent: umupo siya sa bahay nila, nagsalita nang may kumpiyansa, at nag-alok ng paraan palabas sa utang. Iyan ang daya, at hindi mo kasalanan kung umubra ito sa kanila.
after-release-disbelief-ask-worker = Huwag munang makipagtalo. Pakiusapan ang social worker na tawagan sila bukas, kasama ka
    .feedback = Isang araw na paghihintay, at binabaan ka ng { $relative } mo nang inis. Pero ang opisyal na boses na nagpapaliwanag kung paano kumikilos ang mga agent ay puwedeng umabot sa pamilyang hindi naaabot ng pakiusap ng anak.
after-release-disbelief-let-go = Baka iba nga ang kompanyang ito. Pakiusapan si { $brother } na ipadala ang location niya araw-araw
    .feedback = Pagkatapos ng ilang buwang malayo, mahirap makipagtalo sa pamilya sa phone, at mukhang posible ang ibang kompanya. Pero ang parehong agent at parehong pangako ng trabaho sa hotel sa Bangkok ang mismong pattern na nagdala sa iyo.

after-release-believed-listened = Ipinaliwanag ng social worker kung paano nagre-recruit ang mga compound, at kung ano ang nakita ng screening. Matagal na natahimik ang { $relative } mo.
after-release-believed-agent = Pagkatapos, humingi ng tawad ang { $relative } mo: naniwala ang pamilya sa agent. Hindi na tatanggapin ni { $brother } ang trabaho niya, at kapag bumalik ang agent, tatawag sila ng pulis.
after-release-believed-money = "Pero gusto pa rin ng nagpautang ang pera niya. Umuwi ka muna, tapos tingnan natin."

after-release-end-brother-gone = Umalis si { $brother } siyam na araw bago ang flight mo. Galing sa Mae Sot ang huling mensahe niya: may driver na naghahatid sa kanya "sa hotel". Pagdating sa Entebbe, dumiretso kayo ng { $relative } mo sa Ministry of Foreign Affairs at sa pulis, dala ang pangalan ng agent, ang numero niya at bawat mensahe. Sinabi mo ang totoo, malinaw at nasa oras, at ang agent ang pinaniwalaan. Ganyan gumagana ang daya, at hindi mo iyon kasalanan. May mga pamilyang nakapagpauwi ng mahal nila dahil maaga nilang inalerto ang ministry, ang embahada at ang IOM.

## Home

after-release-home-land = Lumapag ang eroplano sa Entebbe. Nasa gate ang { $relative } mo, mas payat kaysa sa naaalala mo.
after-release-home-lender = Sa bahay, naroon ang nagpautang. Buwan-buwan siyang dumarating, at ngayon gusto na niya ang USh { $loan } at ang interes, sa lalong madaling panahon.
after-release-home-neighbours = Tinatanong ng mga kapitbahay kung bakit wala kang naiuwi pagkatapos ng siyam na buwan sa abroad. May mga gabing hindi ka makatulog.
    .discuss = Ano ang mas makakatulong sa taong nasa ganitong kalagayan: pera, trabaho, o mga taong naniniwala sa kanya?

after-release-offer-post = Naka-post sa "Back Home - Returnees Uganda": Umuwi galing Asia na may utang? Huwag tumunganga sa bahay. Totoong kompanya sa { $abroad }, trabaho sa opisina at bodega, ${ $pay } kada buwan, bayad ang flight at visa. Welcome ang mga returnee: marunong na kayo sa computer. DM me.
after-release-offer-dm = Pare, galing din ako sa Myanmar, kilala ko ang masasamang kompanya. Malinis ito. Anim na ang naipadala ko. Kaya kitang ireserba ng puwesto.
after-release-offer-reply = Sagutin siya. Galing din siya roon; alam niya ang itsura ng masamang kompanya
    .feedback = Ang taong dumaan sa parehong karanasan ang parang pinakaligtas pagkatiwalaan, at ang grupo ng mga returnee ay parang ligtas na lugar. Alam iyan ng mga recruiter, at alam nila kung sino ang may utang.
after-release-offer-ask-details = Tanungin ang buong pangalan ng kompanya, ang kontrata, at kung aling lisensiyadong agency ang humahawak nito
    .feedback = Tamang mga tanong: ang totoong employer ay may pangalan, address at nakasulat na kontrata, at ang totoong agency ay may lisensiyang puwede mong i-check. Marami kang malalaman sa mga sagot niya.
after-release-offer-ask-caseworker = Ipasa ang post sa caseworker mo sa IOM at tanungin ang tingin niya
    .feedback = Pangalawang opinyon mula sa taong alam kung paano kumikilos ang mga recruiter, at walang hinihingi sa iyo. Aabutin ng isa o dalawang araw, at baka mawala ang "puwestong" inirereserba niya.
after-release-offer-find-iom = Hanapin ang opisina ng IOM sa Uganda at tanungin sila tungkol sa post, at sa tulong para sa mga umuwi
    .feedback = Walang nagbigay sa iyo ng caseworker, kaya ikaw mismo ang naghanap. Ilang tawag ang kailangan, at baka mawala ang "puwestong" inirereserba niya. Tinutulungan ng IOM ang mga na-traffic, pati ang mga hindi natukoy sa abroad.

after-release-fee-company = Ang pangalan ng kompanya, ibibigay ko pagkapirma mo, confidential iyan. Ang kontrata, pagdating mo na.
after-release-fee-fee = May processing fee, USh { $fee }, para sa visa at medical. O kaya ibabawas ng kompanya sa unang sahod mo; marami ang ganoon.
after-release-fee-seats = Tatlong puwesto na lang ngayong buwan. Kailangan ko ang sagot mo ngayon.
after-release-fee-pay-fee = Mangutang para sa fee. Isang magandang trabaho sa abroad, bayad na ang lahat ng utang
    .feedback = Kapag nasa pinto na ang nagpautang, parang sulit ang panganib ng isang fee na tatapos sa lahat. Iyan mismo ang dahilan kung bakit hinahanap ng mga recruiter ang mga kauuwi lang na may utang.
after-release-fee-from-salary = Ipabawas na lang sa unang sahod. Kahit papaano, hindi na mangungutang ulit
    .feedback = Parang kabaitan, at ganyan nagsimula ang huling utang: magsisimula ka sa trabaho na may utang na sa mga taong nagpapasya kung saan ka matutulog at kailan ka puwedeng umalis.
after-release-fee-check-first = Sabihin sa kanyang iche-check mo muna ang agency sa labour ministry bago ang lahat
    .feedback = Kayang maghintay ng isang araw ng totoong agency para ma-check, at may pangalan ang totoong kompanya bago ka pumirma. Totoo rin ang kapalit: kung totoo ang trabaho, baka mawala ang puwesto, at itatanong ng pamilya mo kung bakit hindi ka pumayag.

after-release-checked-list = Hinanap mo sa listahan ng labour ministry ng mga lisensiyadong recruitment agency. Wala roon si { $recruiter }, o ang anumang kompanya sa { $abroad } na pinagtatrabahuhan niya.
after-release-checked-blocked = Nang tanungin mo siya kung aling lisensiyadong agency ang humahawak sa trabaho, tinawag ka niyang walang utang na loob, at binlock ka.
after-release-checked-angry = Galit ang { $relative } mo: "May dumating na trabaho, tapos tinanggihan mo? Sino na ngayon ang magbabayad sa nagpautang?"
    .discuss = Paano makakatanggi ang isang tao sa mapanganib na alok kapag gusto ng sarili niyang pamilya na pumayag siya?
after-release-checked-report = I-report si { $recruiter } sa pulis, at mag-post ng babala sa grupo ng mga returnee
    .feedback = Puwedeng umabot ang report at babala mo sa mga taong may parehong utang at parehong pag-asa. Hindi nito mababayaran ang nagpautang, at baka hindi pa nakikita ng { $relative } mo ang silbi nito.
after-release-checked-stall = Tanggapin ang alok ng pinsan mo: magtinda sa puwesto niya sa palengke sa { $home }, maliit ang kita
    .feedback = Totoong trabaho, malapit sa bahay, mula sa taong nakikita mo araw-araw: hindi lahat ng alok ay bitag, at ito ay eksakto sa sinasabi nito. Ang kapalit ay ang kita, at isang utang na matagal bago mabayaran.
after-release-checked-iom = Tanungin ang IOM kung anong tulong ang mayroon para sa mga umuwi
    .feedback = May tulong na walang hinihinging kapalit, at karapatan ito ng mga survivor. Mas mabagal ito kaysa trabaho sa abroad, at hindi nito mababayaran ang nagpautang ngayong buwan.

after-release-support-hello = Hello { $name }, IOM ito. Salamat sa pakikipag-ugnayan.
after-release-support-post = Kompanyang walang pangalan, sahod na sobra sa halaga ng trabaho, lahat bayad, at recruiter na naghahanap ng mga may utang: iyan din ang mga senyales noong una. Kung humingi siya ng fee, huwag kang magpadala ng kahit ano.
after-release-support-offer = Puwede ka naming bigyan ng counselling, at pag-usapan ang susunod na hakbang, malapit sa bahay. Mas mabagal ito kaysa sa ipinapangako niya.
after-release-support-counselling = Tanggapin ang counselling, at magtanong tungkol sa trabaho malapit sa bahay
    .feedback = Hindi kahinaan ang makipag-usap sa isang tao pagkatapos ng pinagdaanan mo; tulong ito na karapatan mo. Mas mabagal darating ang trabaho, at totoo ito.
after-release-support-warn-group = Pakiusapan siyang tulungan kang sumulat ng babala para sa grupo ng mga returnee
    .feedback = Ang babala mula sa taong nandoon mismo, na sinuri kasama ng taong may alam, ay puwedeng pumigil sa susunod na sasagot.
after-release-support-apply-anyway = Magpasalamat, pero hindi maghihintay ang nagpautang. Sumulat ulit kay { $recruiter }
    .feedback = Totoo ang utang at totoo ang presyon. Pero ang mataas na sahod, ang fee at ang recruiter na naghahanap ng mga may utang ay parehong mga senyales noong una.

after-release-end-fee-gone = Nangutang ka ng USh { $fee } sa isang pinsan at ipinadala ito. Nagpasalamat si { $recruiter }, sinabing "pinoproseso" na ang visa, at pagkalipas ng isang linggo, wala na ang numero at ang post niya. Dalawa na ang utang. Hindi mo ito kasalanan: sinadya niyang hanapin ang mga kauuwi lang na may utang, dahil pinaparamdam ng utang na ang mabilis na "oo" lang ang paraan. Itago ang bawat mensahe at ang rekord ng bayad, i-report siya sa pulis, at babalaan ang grupo.
after-release-end-again = Pumayag kang ibawas sa sahod ang fee. Ang tiket ay papuntang { $abroad }; tapos may connecting flight sa Bangkok, isang driver, at mahabang biyahe papunta sa isang bayan sa border. Nang maintindihan mo, naging utang na ulit ang "fee", at dito humihinto ang kuwento. Nangyayari ito sa mga dumaan na rito dati: alam ng mga recruiter ang mga utang na naghihintay sa bahay. Wala rito ang kasalanan mo, at pareho pa rin ang mga daan ng tulong: ang embahada mo, ang IOM, at ang pamilya mo.
after-release-end-reported = Kinuha ng pulis ang salaysay mo tungkol kay { $recruiter }, at nanatili sa itaas ng grupo ang babala mo. Dalawang lalaki ang sumulat na muntik na silang magbayad sa kanya. Dumarating pa rin ang nagpautang, at nag-aalala pa rin ang { $relative } mo. Pero walang sumama kay { $recruiter } mula sa grupong iyon ngayong buwan, at kilala mo na ang mga senyales, higit kaninuman.
after-release-end-local = Magsisimula ka sa puwesto ng pinsan mo sa { $home } sa Lunes. Maliit na bahagi lang ang kita ng ipinangako ni { $recruiter }, at nagrereklamo ang nagpautang, pero tumatanggap siya ng maliliit na hulog. May mga gabing mahirap pa rin. Pero sa bahay ka natutulog, at ang trabaho ay eksakto sa sinabi ng pinsan mo.
after-release-end-support = Nagsimula ang counselling sa sumunod na linggo, sa isang taong nakarinig na ng mga kuwentong tulad ng sa iyo. Mabagal ito, at hindi nawawala ang utang. Pero bawat hakbang ay kaya mong i-check, at walang hinihinging kapalit ang mga tumutulong sa iyo.

## The catalogue's red flags, in this story's setting

after-release-redflag-informal-border = Biyaheng umiiwas sa mga checkpoint
    .explain = Pagkatapos ng ilang buwan sa compound, parang pagliligtas ang driver na nangangakong nasa bahay ka na sa tatlong araw. Ang pag-alis sa border nang hindi dumadaan sa mga opisyal ay nangangahulugang walang screening, walang rekord ng ginawa sa iyo, at panganib na ikulong bilang illegal migrant sa halip na tulungan bilang biktima.
    .advice = Manatili sa mga opisyal at NGO sa border, kahit mabagal, at hilinging makausap ang embahada mo. Huwag kailanman magbayad sa driver para umiwas sa checkpoint.

after-release-redflag-pay-too-good = Parehong pangako, sa ikalawang pagkakataon
    .explain = Gustong maniwala ng pamilyang may utang na may magandang trabahong naghihintay. Ang alok na bumabalik, mula sa parehong agent o sa bago, na may parehong klase ng pangako, ay umaasa sa pag-asang iyon, at sa utang.
    .advice = Ituring na parehong panganib ang alok ng parehong agent, o ang parehong klase ng alok. I-check ang anumang trabaho sa abroad sa listahan ng lisensiyadong agency ng labour ministry, at sabihin sa pamilya ang nangyari bago sila magpasya.

after-release-redflag-friend-vouches = Isang taong nandoon din
    .explain = Naiintindihan ng kapwa returnee ang pinagdaanan mo, kaya parang ligtas ang salita niya. Baka naniniwala rin siya sa alok, o binabayaran, o pinipilit na magdala ng mga tao.
    .advice = Magpasalamat, at i-check mo mismo ang trabaho: ang lisensiyadong agency, ang kontrata, ang employer. Magtanong sa IOM o sa embahada mo bago sumagot.

after-release-redflag-social-media-ad = Ad sa grupo ng mga returnee
    .explain = Parang ligtas na lugar sa gitna ng mga kaibigan ang grupo ng mga umuwi. Nagpo-post doon ang mga recruiter dahil alam nilang may utang ang mga miyembro at gusto nilang makapagtrabaho agad.
    .advice = Maghanap ng trabaho sa mga lisensiyadong agency at sa mga taong kaya mong i-check. I-report ang ganitong post sa mga admin ng grupo at sa pulis.

after-release-redflag-upfront-fee = Fee para makaalis ulit
    .explain = Kapag nasa pinto na ang nagpautang, parang makatwiran ang magbayad ng isang fee para matapos ang lahat ng utang. Kapag nakabayad ka na, ang pag-atras ay pagkawala rin ng perang iyon.
    .advice = Huwag magbayad sa isang tao para makakuha ng trabaho sa abroad. Itanong sa labour ministry kung aling mga fee ang legal, at laging humingi ng opisyal na resibo.

after-release-redflag-debt-bondage = Fee na "ibabawas sa sahod"
    .explain = Parang mabait ang ibawas sa sahod ang fee: wala kang uutangin. Pero darating kang may utang na sa mga taong nagpapasya kung saan ka matutulog at kailan ka puwedeng umalis, at ganyan nagsimula ang huling utang.
    .advice = Huwag kailanman magsimula ng trabaho sa abroad na may utang na sa employer o sa recruiter. Ang totoong trabaho ay may nakasulat na kontratang nagsasabi ng sahod mo, at lisensiyadong agency na mananagot dito.
