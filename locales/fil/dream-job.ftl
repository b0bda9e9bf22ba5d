# Machine-drafted translation: needs review by a native speaker.
dream-job-title = Ang dream job
dream-job-summary = Kakatapos mo lang mag-aral at kailangan mo ng trabaho. Tapos, may lumabas na trabaho sa abroad na parang ginawa para sa iyo.
dream-job-content-note = May bahagi ang kuwentong ito tungkol sa human trafficking. Walang ipinapakitang karahasan. Puwede kang huminto o umalis anumang oras gamit ang q.

## Characters

dream-job-character-advert = Jobs Abroad - Hiring Now
dream-job-character-recruiter = { $recruiter }, HR, { $company }
dream-job-character-officer = Immigration officer
dream-job-character-hotline = Hotline ng ahensiya para sa mga migrant worker
dream-job-character-licensed = Lisensyadong recruitment agency

## Variables

dream-job-you-joy-cebu = Joy, taga-Cebu sa Pilipinas
dream-job-you-mark-davao = Mark, taga-Davao sa Pilipinas
dream-job-you-rina-medan = Rina, taga-Medan sa Indonesia
dream-job-you-agus-semarang = Agus, taga-Semarang sa Indonesia
dream-job-you-arjun-kochi = Arjun, taga-Kochi sa India
dream-job-you-priya-lucknow = Priya, taga-Lucknow sa India
dream-job-you-brian-kisumu = Brian, taga-Kisumu sa Kenya
dream-job-you-wanjiru-nakuru = Wanjiru, taga-Nakuru sa Kenya

dream-job-city-bangkok = Bangkok
dream-job-city-phnom-penh = Phnom Penh

dream-job-company-golden-bay = Golden Bay Tech
dream-job-company-asialink = AsiaLink Digital
dream-job-company-starlight = Starlight Global Services

dream-job-recruiter-lisa = Lisa
dream-job-recruiter-kevin = Kevin
dream-job-recruiter-amy = Amy
dream-job-recruiter-jason = Jason

dream-job-real-job-hotel-dubai = guest services sa isang hotel sa Dubai
dream-job-real-job-helpdesk-singapore = IT help desk sa isang shipping company sa Singapore
dream-job-real-job-support-kuala-lumpur = customer support sa call center ng isang bangko sa Kuala Lumpur

## The advert

dream-job-start = Ikaw si { $you }. Tatlong buwan na mula nang matapos mo ang kurso mo. Mula noon, apatnapung application na ang ipinadala mo para sa mga trabaho sa IT at customer service, at wala pang tumatawag pabalik. Ngayong gabi, may ipinadalang post ang kaklase mo noong college: "Tingnan mo 'to!! Mag-apply tayong dalawa!"
    .discuss = Kapag talagang kailangan mo ng trabaho, ano ang nagpaparamdam na tama ang isang job ad?

dream-job-ad = HIRING NOW! Customer Service / IT Support / Admin staff para sa { $city }. Sahod na ${ $salary } kada buwan. Hindi kailangan ng experience! LIBRE ang flight, tirahan, pagkain at visa. Kailangan lang magaling sa English at mabilis mag-type. Kaunting slot na lang. Mag-message sa amin sa Telegram ngayon din!
    .discuss = Ano ang sinasabi ng job ad na ito, at ano ang hindi nito sinasabi?
dream-job-ad-apply-now = Mag-message agad. Ito na ang pagkakataong hinihintay mo.
    .feedback = Mas malaki nang sobra ang sahod kaysa sa kinikita ng bagong graduate dito sa atin, para sa trabahong walang kailangang experience. Parang mapagbigay ang "sagot na ang lahat", pero sa huli, puwede itong bumalik bilang utang. Umuubra ang mga pain na ito sa sinumang nangangailangan ng trabaho, at iyan ang dahilan kung bakit ginagamit ang mga ito.
dream-job-ad-read-again = Basahin ulit, nang dahan-dahan. Sino ang magbabayad nang ganito kalaki, at sasagot sa lahat, para sa taong walang experience?
    .feedback = Magandang tanong. Sahod na ilang beses na mas mataas kaysa karaniwan kahit walang experience, dagdag pa ang libreng flight, tirahan at visa: iyan ang klasikong pain. Patas magpasahod ang totoong employer, hindi parang panaginip.

dream-job-ad-closer = Binasa mo ulit. Walang pangalan ng kompanya at walang address. Ang trabaho ay "customer service / IT support / admin", na puwedeng kahit ano. Noong isang buwan lang ginawa ang page. Sa ilalim ng post, dalawandaang tao ang nag-comment ng "Interested" at "Applied".
    .discuss = Alin sa mga detalyeng ito ang talagang masusuri mo?
dream-job-ad-closer-apply-anyway = Maraming totoong trabaho ang naka-post sa Facebook. Mag-message na.
    .feedback = May mga totoong trabahong ini-share online. Pero ang trabaho sa abroad na nasa bagong page, at walang kompanya sa likod, ay paraan ng mga trafficker para maabot ang maraming tao nang sabay-sabay. Inilalagay ng mga lisensyadong agency ang mga trabaho nila sa mga lugar na masusuri mo.
dream-job-ad-closer-ask-details = Mag-comment sa post: "Ano ang pangalan at address ng kompanya, at ano mismo ang trabaho?"
    .feedback = Hiningi mo ang mga pangunahing detalye: sino ang employer, saan, at ano ang trabaho. Kapag malabo ang trabaho at walang pangalan ang kompanya, wala kang masusuri. Tingnan kung paano sila sasagot.
dream-job-ad-closer-check-agency = Bago ka sumagot, suriin muna sa ahensiya ng gobyerno para sa mga migrant worker
    .feedback = Ito ang pinakamagandang unang hakbang. May ganito ang bawat bansa: ang DMW sa Pilipinas, ang ministeryong KP2MI (dating BP2MI) sa Indonesia, ang eMigrate sa India, ang National Employment Authority sa Kenya. Dumaraan sa kanila o sa lisensiyadong ahensiya ang totoong trabaho sa abroad, hindi sa isang Facebook page.

## The recruiter on Telegram

dream-job-recruiter-hello-hi = Hi dear! Salamat sa interest mo :) Ako si { $recruiter } ng HR.
dream-job-recruiter-hello-role = Customer support para sa international clients ang trabaho. Sobrang dali, kami ang magtuturo sa iyo.
dream-job-recruiter-hello-direct = Direct hiring kami, walang agency. Pera mo lang ang kinukuha ng agency. Dito na lahat sa Telegram, mas mabilis para sa iyo.
dream-job-recruiter-hello-typing = Magaling ka ba sa English? Gaano ka kabilis mag-type?
dream-job-recruiter-hello-say-yes = "Opo! Magaling ako sa English at mabilis mag-type. Kailan ako puwedeng magsimula?"
    .feedback = Wala pa ring sinasabi ang "customer support para sa international clients" tungkol sa employer o sa totoong trabaho. At ang "walang agency, lahat sa Telegram" ay nangangahulugang walang lisensyadong agency at walang rekord. Parang pabor ito, pero inaalis nito ang proteksyon mo.
dream-job-recruiter-hello-ask-company = "Anong kompanya po ito, nasaan ang opisina, at puwede po ba akong padalhan ng job description?"
    .feedback = Makatwirang mga tanong. Kayang sagutin ng totoong employer ang mga ito sa isang mensahe lang. Kung walang pangalan ng kompanya, address at nakasulat na job description, wala kang masusuri.

dream-job-vague-answer-good-question = Good question dear :)
dream-job-vague-answer-new-branch = Kami ang { $company }, bagong branch sa { $city }. Coming soon ang website namin.
dream-job-vague-answer-after = Ipapadala ko ang buong address at job details pag pumasa ka sa interview. Rule ng company, para sa security.
dream-job-vague-answer-busy = Ang daming applicant ngayon. Interview na tayo ngayon, OK?
dream-job-vague-answer-go-on = "Sige po, mag-interview na tayo."
    .feedback = Ang pangalan at "coming soon na website" ay hindi pa rin kompanyang masusuri mo. Baligtad ang "details pagkatapos ng interview, para sa security": ang totoong employer ay nagbibigay muna ng detalye, para makapagpasya ka.
dream-job-vague-answer-check-agency = "Susuriin ko muna ang kompanya ninyo sa ahensiya ng gobyerno para sa mga migrant worker."
    .feedback = Ang trabaho sa abroad na sa chat app lang inaasikaso, at hindi dumaan sa lisensyadong agency, ay walang proteksyong ibinibigay ng batas. Isang araw lang ang pagsusuri. Kayang maghintay ng totoong employer.
dream-job-vague-answer-leave = Isulat ang "Hindi na po, salamat," at huwag nang sumagot
    .feedback = Puwede kang tumanggi sa alok na hindi mo masuri. Hindi mo kailangang magpaliwanag kaninuman.

## The "interview"

dream-job-interview-here = Dito sa chat ang interview, OK? Mabilis at madali lang.
    .discuss = Ano ang sinusuri ng "interview" na ito, at ano ang hindi nito kailanman itinatanong? Anong klaseng trabaho ang maaaring mangailangan ng mga salita sa typing test?
dream-job-interview-why = Tanong 1: Bakit mo gustong magtrabaho sa abroad?
dream-job-interview-night = Tanong 2: Kaya mo bang mag-night shift at magtrabaho nang mahabang oras?
dream-job-interview-test = Huli: typing test. Kopyahin ito at ipadala pabalik sa loob ng 2 minuto. Kailangan namin ng { $wpm } words kada minuto. "Hello dear, how was your day? I was thinking about you..."
    .discuss = Tingnan ang mga salita sa typing test. Anong klaseng trabaho ang maaaring mangailangan ng mga ito?
dream-job-interview-do-test = Gawin ang test. Mabilis kang mag-type at ipinadala mo pabalik.
    .feedback = Hindi ganyan mag-hire ang totoong employer: ilang tanong sa chat at isang typing test. Ipinapakita lang nito na mabilis kang mag-type sa English, at iyan mismo ang kailangan ng mga scam compound. Napansin mo ba ang mga salitang ipina-type sa iyo?
dream-job-interview-ask-video = "Puwede po ba akong magkaroon ng video interview kasama ang magiging manager ko?"
    .feedback = Gusto kang makita ng totoong employer, at hinahayaan ka rin niyang makita siya. Sa "interview" sa chat, nakatago ang employer at ang bilis mo lang sa pag-type ang sinusubok, ang skill na hinahanap ng mga scam compound. Nakatutulong ang video call, pero puwede itong pekein, kaya suriin din ang employer sa mga opisyal na channel.

dream-job-video-excuse-busy = Sobrang busy ng manager dear.
dream-job-video-excuse-policy = Chat interview ang policy ng company namin. Ganito na-hire ang lahat ng staff namin.
dream-job-video-excuse-slot = Kung hindi ka seryoso, ibibigay ko ang slot mo sa susunod na tao. Marami ang naghihintay.
dream-job-video-excuse-give-in = "Sorry po! Seryoso ako. Gagawin ko na ang test ngayon."
    .feedback = Nandiyan ang "marami ang naghihintay" para hindi ka na makapag-isip. Umuubra ito dahil talagang kailangan mo ang trabahong ito at takot kang mawala ito. Babala ang pamimilit na magpasya agad: kayang maghintay ng totoong alok habang sinusuri mo ito.
dream-job-video-excuse-refuse-rush = "Ayokong minamadali. Susuriin ko muna ang trabahong ito."
    .feedback = Napansin mo ang pamimilit. Babala ang pagtulak sa iyo na magpasya agad, at ang pagturing sa mga tanong mo na parang wala kang interes. Kayang maghintay ng totoong employer nang isang araw.

dream-job-passed-congrats = Congratulations!! Pumasa ka!
    .discuss = Bakit ilang oras lang ang ibinibigay para magdesisyon? Ano ang ipapadala ng isang totoong employer bago humingi ng kahit ano?
dream-job-passed-offer = Sahod na ${ $salary } kada buwan. Libreng flight, kuwarto at pagkain. Magsisimula ka sa susunod na linggo sa { $city }.
dream-job-passed-passport = Pakipadala ang picture ng passport mo ngayong araw, para ma-book ko ang ticket mo.
dream-job-passed-deadline = { $hours } oras lang valid ang offer na ito. Pagkatapos noon, mapupunta ang slot sa susunod na tao.
dream-job-passed-send-passport = Ipadala ang picture. Picture lang naman iyon, at kailangan para sa ticket.
    .feedback = Wala pa ring kontrata, walang employer na masusuri mo, at { $hours } oras lang para magpasya. Nandiyan ang deadline para matigil ang mga tanong mo. Ang totoong trabaho ay nagbibigay ng nakasulat na kontrata, nakalagay ang sahod, bago ka magpadala ng kahit ano.
dream-job-passed-ask-contract = "Pakipadala po muna ang nakasulat na kontrata, nakalagay ang sahod at ang pangalan ng employer."
    .feedback = Tama. Ang pinakamababang dapat hingin: nakasulat na kontratang nagsasabi kung sino ang employer, ano ang trabaho, saan, at magkano ang sahod. Babala ang maikling deadline na walang kontrata.

dream-job-contract-dodge-arrive = Sa opisina mo pipirmahan ang kontrata pagdating mo. Normal lang iyan.
dream-job-contract-dodge-same = Pareho lang lahat sa sinabi ko sa iyo. Nagtitiwala ka naman sa akin, di ba?
dream-job-contract-dodge-questions = Hindi ganyan karami magtanong ang ibang applicant.
dream-job-contract-dodge-trust = "Sige po, nagtitiwala ako sa inyo." Ipadala ang picture ng passport.
    .feedback = Ang "pipirmahan pagdating" ay nangangahulugang pipirma ka sa malayo sa bahay, kapag hindi ka na makakatanggi. Ang pagpaparamdam na bastos ang magtanong ay paraan para matigil ang mga tanong. Umuubra ito sa mga taong magalang, at karamihan sa atin ay ganoon.
dream-job-contract-dodge-check-agency = "Kung ganoon, itatanong ko muna ang trabahong ito sa ahensiya ng gobyerno para sa mga migrant worker."
    .feedback = Ang trabaho sa abroad na sa chat app lang inaasikaso, walang kontrata at walang lisensyadong agency, ay nasa labas ng sistemang nagpoprotekta sa mga manggagawa. Mabilis na masasabi sa iyo ng ahensiya kung totoo ang trabaho.

## Getting ready to travel

dream-job-visa-ticket = Good news! Sa Biyernes ang flight mo papuntang { $city }.
dream-job-visa-tourist = Tourist visa ang gagamitin mo. Ilang buwan ang work visa, papalitan na lang natin sa opisina.
dream-job-visa-later = Ganito ginagawa ng lahat. Sagot ng company ang lahat, pumunta ka na lang :)
dream-job-visa-ok-visa = "Sige po. Mas alam ninyo ang mga patakaran doon kaysa sa akin."
    .feedback = Hindi ka puwedeng magtrabaho gamit ang tourist visa. Sa "papalitan na lang natin", puwede kang mapunta sa ibang bansa nang walang karapatang magtrabaho at walang legal na proteksyon. Kalmado itong sinasabi ng recruiter, kaya parang normal.
dream-job-visa-check-first = "Kailangan ng work visa sa trabaho. Susuriin ko muna ito sa ahensiya bago ako lumipad."
    .feedback = Oo. Kailangan ng work visa bago ka bumiyahe para sa totoong trabaho sa abroad. Babala ang utusan kang pumunta bilang turista para sa isang trabaho.

dream-job-coaching-important = Isa pa, sobrang importante.
dream-job-coaching-holiday = Sa immigration, sabihin mo bakasyon, 5 araw. Wag mong sabihing trabaho. Wag mong banggitin ang pangalan ng company.
dream-job-coaching-strangers = May ibang bagong staff sa flight mo. Wag mo silang kausapin sa airport. Hindi mo sila kilala, OK?
dream-job-coaching-delete = At paki-delete ang chat na ito bago ka pumunta sa airport. Rule ng company.
dream-job-coaching-practise = Praktisin ang kuwento mo tungkol sa bakasyon. Maliit na kasinungalingan lang iyan, para makatipid sa oras.
    .feedback = Seryosong babala ang turuan ka kung ano ang sasabihin sa immigration, at utusang i-delete ang chat. Nandiyan ang kasinungalingan para hindi makita ng mga opisyal na kailangan mo ng tulong.
dream-job-coaching-stop = Tumigil. Hindi ka kailanman uutusan ng totoong trabaho na magsinungaling sa isang opisyal.
    .feedback = Mismo. Kapag inutusan ka ng recruiter na magsinungaling sa airport at i-delete ang chat, iyon ay dahil mapipigilan ng katotohanan ang biyahe. Itago ang chat: ebidensya ito.

dream-job-airport = Sa departure counter, tiningnan ng immigration officer ang passport at ticket mo. "Ano ang pakay ng biyahe mo? Sino ang nagbayad ng ticket mo? May kakilala ka bang iba sa flight na ito?"
    .discuss = Bakit maaaring magsinungaling sa opisyal ang isang tao sa pilang ito, kahit natatakot siya?
dream-job-airport-holiday-story = "Bakasyon po, limang araw. Ako mismo ang nagbayad. Mag-isa lang akong bumibiyahe."
    .feedback = Plano ng recruiter ang kasinungalingan, hindi ideya mo. Umuubra ito dahil kinakabahan ka at sinabihan kang mawawala ang trabaho kapag nagsabi ka ng totoo. Itinatanong ng mga opisyal ang mga ito para mahanap ang mga taong biktima ng trafficking.
dream-job-airport-tell-truth = Sabihin ang totoo: trabaho sa { $city }, tourist visa, ticket na binayaran ng kompanya, at ang chat na nagturo sa iyo kung ano ang sasabihin
    .feedback = Matapang at tama. Nakikita na ngayon ng opisyal ang gustong itago ng recruiter. Hindi krimen ang magsabi ng totoo: nandiyan ang mga immigration officer para protektahan ang mga taong nasa panganib.

## The agency, and the genuine job

dream-job-agency = Tinawagan mo ang hotline ng ahensiya ng gobyerno para sa mga migrant worker, at binasa mo ang job ad at lahat ng sinabi sa iyo. Sinuri ito ng opisyal. Walang lisensyadong agency na may hawak ng trabahong ito, at walang employer na humingi ng ganitong mga manggagawa. "Ganito napupunta ang mga tao sa scam compound," sabi niya. "Tama ang pagtawag mo."
    .discuss = Sa isang bansang tulad nito, aling opisina ang sumusuri sa mga trabaho sa abroad? Paano mahahanap ng isang tao ang number o website nito?
dream-job-agency-warn-classmate = Ipadala sa kaklase mo, na nag-apply din, ang sinabi ng ahensiya
    .feedback = Nagtiwala ang kaklase mo sa post dahil sa parehong mga dahilan mo. Mas nakakatulong ang mahinahong katotohanan mula sa isang kaibigan, tulad ng sinabi ng ahensiya, kaysa sa pananakot o paninisi.
dream-job-agency-real-jobs = Itanong sa opisyal kung saan makakahanap ng totoong trabaho sa IT o customer service sa abroad
    .feedback = Magaling: hindi layunin na sumuko sa pagtatrabaho sa abroad, kundi hanapin ang mga trabahong masusuri mo.
dream-job-agency-block = I-block ang account at i-report ang page sa Facebook
dream-job-agency-block-report = I-block ang account, i-report ang page, at sabihin sa opisyal na nakapagpadala ka na ng picture ng passport mo
    .feedback = Tama na sabihin mo. Puwedeng magamit sa masama ang kopya ng passport, at masasabi sa iyo ng ahensiya kung ano ang dapat bantayan. Hiningi ito ng recruiter habang minamadali ka: wala kang kasalanan dito.

dream-job-genuine-listing = Lisensyadong agency, nasa listahan ng gobyerno ang numero ng lisensya. Trabaho: { $real-job }. May pangalan ang employer, may address at website. Dalawang taong nakasulat na kontrata.
dream-job-genuine-checks = Video call na interview kasama ang manager ng employer. Maaayos ang work visa bago ka bumiyahe. Mga fee lang na pinapayagan ng batas, may opisyal na resibo.
dream-job-genuine-pay = Sahod: ${ $real-pay } kada buwan, may tirahan at health insurance. Magsisimula pagkatapos ng pre-departure training.
dream-job-genuine-apply = Mag-apply sa pamamagitan ng agency. Pumasa ito sa pagsusuri.
    .feedback = Mas mababa ang sahod kaysa sa Facebook ad, pero totoo. Nasa trabahong ito ang wala sa isa: employer na may pangalan, lisensyadong agency na masusuri mo, nakasulat na kontrata, totoong interview at work visa.
dream-job-genuine-verify = Bago mag-apply, ikaw mismo ang sumuri sa numero ng lisensya sa website ng gobyerno
    .feedback = Magandang ugali: sumuri sa opisyal na site na ikaw mismo ang naghanap, hindi sa link na ipinadala ng iba. Dito, tugma ang lahat. Hindi kawalan ng tiwala ang pagsusuri. Ito ang paraan para mahanap ang mga trabahong mapagkakatiwalaan mo.
dream-job-genuine-refuse = Tumanggi. Pagkatapos ng lahat ng ito, parang bitag na ang bawat trabaho sa abroad.
    .feedback = Naiintindihan ang pakiramdam na iyan, at karapatan mo palaging manatili sa bahay. Pero nasa trabahong ito ang lahat ng wala sa scam: lisensyadong agency, employer na may pangalan, kontrata at work visa. Hindi layunin na katakutan ang bawat alok, kundi suriin ito.

## Endings

dream-job-end-walk-away = Tumanggi ka at nanatili sa bahay, sa ngayon. Patuloy kang naghahanap ng trabaho, at alam mo na kung paano suriin ang trabaho sa abroad: lisensyadong agency, employer na may pangalan, nakasulat na kontrata, work visa. Makalipas ang isang linggo, lumabas ulit ang parehong job ad, sa ilalim ng bagong pangalan ng page.
dream-job-end-stopped = Isinama ka ng opisyal sa isang tabi at nagtanong nang mahinahon at maingat. Nakita niya ang mga senyales: trabahong naka-tourist visa, ticket na binayaran ng mga hindi mo kilala, kuwentong itinuro sa iyo. Hindi ka lumipad. Parang nawalan ka ng pangarap. Pero ang totoo, napigilan niya ang planong gawin kang biktima ng trafficking, at tinulungan ka niyang i-report ang recruiter.
dream-job-end-trafficked = Sa { $city }, kinuha ng isang driver na may hawak na karatula ng pangalan mo ang passport mo "para sa work permit". Ilang oras ka niyang ibiniyahe, malayo sa lungsod, papunta sa isang building na may matataas na pader at mga guwardiya. Ang trabaho ay mang-scam ng mga hindi kilalang tao online. Ito na ang plano ng mga kriminal mula pa sa unang post. May mga nakakalabas, sa tulong ng mga embahada, hotline at pamilya.
dream-job-end-helped = May naka-book na interview ang kaklase mo kinabukasan ng umaga, at kinansela niya ito. Magkasama ninyong ini-report ang page at ang Telegram account, at nag-post kayo ng babala sa group ng college ninyo. Tatlo pang tao ang sumagot: nag-apply din sila, at ngayon, magsusuri muna sila.
dream-job-end-genuine = Nag-apply ka sa lisensyadong agency para sa trabahong { $real-job }. Video call kasama ang totoong manager ang interview, nakasulat ang kontrata, at dumating ang work visa bago ang flight. Ang sahod ay ${ $real-pay } kada buwan: hindi panaginip, pero totoo. Alam ng pamilya mo kung saan ka mismo mapupunta.
