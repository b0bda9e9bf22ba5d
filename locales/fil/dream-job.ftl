# Machine-drafted translation: needs review by a native speaker.
dream-job-title = Ang dream job
dream-job-summary = Kakatapos mo lang mag-aral at kailangan mo ng trabaho. Tapos, may lumabas na trabaho sa abroad na parang ginawa para sa iyo.
dream-job-content-note = May bahagi ang kuwentong ito tungkol sa human trafficking. Walang ipinapakitang karahasan. Puwede kang huminto o umalis anumang oras gamit ang q.

## Characters

dream-job-character-advert = { $agency } · Sponsored
dream-job-character-site = Website ng { $agency }
dream-job-character-recruiter = { $recruiter }, HR, { $company }
dream-job-character-manager = Video interview, { $company }
dream-job-character-agent = { $agency }, processing team
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

dream-job-agency-brightpath = BrightPath Overseas Manpower
dream-job-agency-pacific-crest = Pacific Crest Placement Services
dream-job-agency-northbridge = Northbridge International Recruitment

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

dream-job-ad = Lisensiyado ng gobyerno, nasa bawat post ang license number. NOW HIRING para sa aming kliyente, isang nangungunang BPO company sa { $city }: Customer Service / IT Support / Admin. Sahod ${ $salary } kada buwan. Hindi kailangan ng experience. LIBRENG flight, tirahan, pagkain at visa. Magandang English at mabilis mag-type lang. Mag-apply sa aming website. Limitado ang slots!
    .discuss = Ano ang sinasabi ng ad na ito, at ano ang hindi nito sinasabi?
dream-job-ad-apply-now = Buksan ang website nila at mag-apply ngayong gabi, bago maubos ang slots
    .feedback = Mas mataas nang malayo ang sahod kaysa sa kinikita ng bagong graduate sa atin, para sa trabahong walang kailangang experience. Mukhang mapagbigay ang "lahat bayad", pero puwede itong bumalik bilang utang. Dahil sa license number sa post, parang ligtas. Umeepekto ang mga pain na ito sa sinumang nangangailangan ng trabaho, kaya ito ginagamit.
dream-job-ad-read-again = Alamin muna kung magkano ang sahod ng customer-service staff sa { $city }
    .feedback = Simpleng paghahambing, at kapaki-pakinabang. Sahod na ilang beses ng lokal na rate para sa trabahong walang kailangang experience, dagdag pa ang libreng flight, tirahan at visa: iyan ang klasikong pain. Patas magpasahod ang totoong employer, hindi parang panaginip.
dream-job-ad-check-agency = Bago ka sumagot, suriin muna sa ahensiya ng gobyerno para sa mga migrant worker
    .feedback = Ito ang pinakamagandang unang hakbang. May ganito ang bawat bansa: ang DMW sa Pilipinas, ang ministeryong KP2MI (dating BP2MI) sa Indonesia, ang eMigrate sa India, ang National Employment Authority sa Kenya. Dumaraan sa kanila o sa lisensiyadong ahensiya ang totoong trabaho sa abroad, hindi sa isang Facebook page.

dream-job-ad-closer = Naghanap ka. Ang call-centre jobs sa { $city } ay nagbabayad sa lokal na staff ng mga ${ $local-pay } kada buwan, at hindi gaanong higit doon sa mga dayuhan. Walang pangalan ng employer ang post, "isang nangungunang BPO company" lang. Sa ilalim nito, dalawandaang tao ang nag-comment ng "Interested" at "Applied".
    .discuss = Alin sa mga detalyeng ito ang talagang kaya mong suriin?
dream-job-ad-closer-apply-anyway = Baka mas malaki ang bayad nila dahil sa magandang English. Mag-apply, saka magtanong.
    .feedback = Baka nga. Pero ang trabaho sa abroad na ilang beses ng karaniwang sahod, para sa employer na ayaw pangalanan, ay ang klase ng alok na dapat suriin bago ka magpadala ng kahit ano. Walang masusuri sa malabong trabaho na walang pangalan ng kompanya.
dream-job-ad-closer-ask-details = Mag-comment sa post: "Ano ang pangalan at address ng kompanya, at ano mismo ang trabaho?"
    .feedback = Hiningi mo ang mga pangunahing detalye: sino ang employer, saan, at ano ang trabaho. Kapag malabo ang trabaho at walang pangalan ang kompanya, wala kang masusuri. Tingnan kung paano sila sasagot.
dream-job-ad-closer-check-agency = Bago ka sumagot, suriin muna sa ahensiya ng gobyerno para sa mga migrant worker
    .feedback = Ito ang pinakamagandang unang hakbang. May ganito ang bawat bansa: ang DMW sa Pilipinas, ang ministeryong KP2MI (dating BP2MI) sa Indonesia, ang eMigrate sa India, ang National Employment Authority sa Kenya. Dumaraan sa kanila o sa lisensiyadong ahensiya ang totoong trabaho sa abroad, hindi sa isang Facebook page.

dream-job-licence-check = Sa opisyal na website ng ahensiya ng gobyerno para sa mga migrant worker, nakita mo ang listahan ng mga lisensiyadong agency. Nandoon ang { $agency }: valid ang lisensya, pareho ang address at landline sa post, walang suspension. Kaya totoo ang agency. Pero walang sinasabi ang listahan tungkol sa trabaho sa { $city }, o sa employer sa likod nito. Ipinapakita naman nito ang iba pang trabahong nakarehistro sa agency.
    .discuss = Ano ang pinapatunayan ng valid na lisensya, at ano ang hindi?
dream-job-licence-check-apply = Mabuti, totoo ang agency. Mag-apply sa website nito.
    .feedback = Tama ang pagsuri sa lisensya, at malaking bagay iyon. Pero sa agency ang lisensya, hindi sa bawat trabahong ipino-post nito. Kailangan pa rin ng sariling sagot ang employer at ang trabaho.
dream-job-licence-check-ask-details = Sumulat sa agency: aling kompanya ang employer sa { $city }, at ano mismo ang trabaho?
    .feedback = Tama: nasuri na ang agency, ngayon suriin ang trabaho. Employer na may pangalan, address at nakasulat na job description ang kailangan mo.
dream-job-licence-check-other-jobs = Tingnan ang iba pang trabahong nakarehistro ng agency sa listahan
    .feedback = Magandang ugali: ipinapakita ng opisyal na listahan ang mga trabahong dumaan sa pagsusuri. Malaki ang masasabi kapag ikinumpara mo ang mga ito sa Facebook post.

## The agency's website, and the employer's HR

dream-job-site = "Dito nagsisimula ang career mo sa abroad." Nasa itaas ang license number. Mga larawan ng nakangiting staff sa airport, video ng manager sa opisinang salamin, five-star reviews. Ang listing para sa { $city } ay naka-link sa employer, { $company }: "registered company", modernong opisina, mga award. Hinihingi ng form ang CV mo, larawan ng passport at diploma. "Ang mga ma-shortlist ay may video interview sa loob ng 48 oras."
    .discuss = Ano sa page na ito ang kaya mong suriin nang mag-isa, at paano?
dream-job-site-upload = Punan ang form at i-upload lahat. Mukhang propesyonal ang lahat.
    .feedback = Ang magandang website, reviews, registration number at video ay kayang gawin o kopyahin sa isang hapon. Hindi patunay ang pagiging propesyonal ng itsura, para sa agency man o sa employer. At dapat ingatan ang kopya ng passport: ipadala lang kapag nasuri mo na kung sino ang humihingi.
dream-job-site-ask-details = Bago magpadala ng kahit ano, magtanong: ano mismo ang trabaho, at nasaan ang opisina ng { $company }?
    .feedback = Makatwirang tanong. Kayang sagutin ng totoong employer ang mga ito sa isang mensahe. Kung walang address at nakasulat na job description, wala kang masusuri.
dream-job-site-check-licence = Hanapin ang license number sa sariling listahan ng gobyerno, hindi sa site nila
    .feedback = Tama. Sumuri sa mga opisyal na listahang ikaw mismo ang nakahanap, hindi sa mga link o numerong ibinigay ng site. Kinokopya ng mga scammer ang totoong agency, kaya pati maingat na tao ay naloloko.
dream-job-site-company-site = Pumasa ang agency, at may totoong website din ang { $company }. Mag-apply.
    .feedback = Totoo ang lisensya ng agency, at mahalaga iyon. Pero ang website ng { $company } ay kasingdaling gawin ng iba, at hindi sinasabi ng registration number kung ano ang nangyayari sa loob. Kailangan din suriin ang employer: ang business register ng bansang iyon, ang embahada nito, ang job order sa ahensiya ng migrant worker ninyo.

dream-job-vague-answer-good-question = Good question dear :)
dream-job-vague-answer-new-branch = Ako si { $recruiter } mula mismo sa { $company }, ang employer. Bagong branch kami sa { $city }, malaking kliyente ng { $agency }.
dream-job-vague-answer-after = Ipapadala ko ang buong address at job details pag pumasa ka sa interview. Rule ng company, para sa security.
dream-job-vague-answer-busy = Maraming applicant ngayon. Mas madali kung dito tayo mag-usap sa Telegram, mabagal ang agency. Video interview sa manager ko bukas, OK?
dream-job-vague-answer-go-on = "Sige, gawin na natin ang interview."
    .feedback = Ang pangalan ng kompanya ay hindi pa kompanyang masusuri mo. Baligtad ang "detalye pagkatapos ng interview, para sa seguridad": ibinibigay muna ng totoong employer ang detalye, para makapagdesisyon ka.
dream-job-vague-answer-check-agency = "Susuriin ko muna ang kompanya ninyo sa ahensiya ng gobyerno para sa mga migrant worker."
    .feedback = Ang trabaho sa abroad na sa chat app lang inaasikaso, at hindi dumaan sa lisensyadong agency, ay walang proteksyong ibinibigay ng batas. Isang araw lang ang pagsusuri. Kayang maghintay ng totoong employer.
dream-job-vague-answer-leave = Isulat ang "Hindi na po, salamat," at huwag nang sumagot
    .feedback = Puwede kang tumanggi sa alok na hindi mo masuri. Hindi mo kailangang magpaliwanag kaninuman.

## The video interview

dream-job-interview-here = (Isang video call. Batang manager na naka-headset, ang logo ng { $company } sa pader sa likod niya.) Hi! Salamat sa pagsali. Hindi ito magtatagal.
    .discuss = Ano ang sinusuri ng interview na ito, at ano ang hindi nito kailanman tinatanong?
dream-job-interview-why = Sabihin mo, bakit gusto mong magtrabaho sa abroad? Great. At night shift, mahabang oras, OK sa iyo?
dream-job-interview-night = Maganda ang English mo. Ngayon mag-type ka para sa akin sa chat. { $wpm } words kada minuto ang minimum namin.
dream-job-interview-test = Huling bahagi, role-play. Ako ay malungkot na customer mula sa ibang bansa. Panatilihin mo akong nakikipag-chat, gawin mong magustuhan kita, hangga't kaya mo. Go.
    .discuss = Tingnan ang role-play. Anong klaseng trabaho ang mangangailangan ng ganitong galing?
dream-job-interview-do-test = Gawin ang role-play. Magaling ka rito, at gusto mo ang trabaho.
    .feedback = Totoong video call, pero pagsubok pa rin lang ng pakikipag-chat at pag-type sa English, na may role-play tungkol sa pagpapanatiling nakikipag-usap ang isang malungkot na estranghero. Iyan ang mga kasanayang kailangan ng scam compound. Walang nagtanong tungkol sa degree mo o nagsabi nang malinaw kung ano ang trabaho.
dream-job-interview-ask-video = "Bago ang role-play: sino ang mga customer, at ano mismo ang gagawin ko buong araw?"
    .feedback = Makatwirang tanong. Ang sinubok lang ng interview ay ang pag-type mo at ang galing mong mapalapit sa "malungkot na customer", at walang malinaw na sinabi tungkol sa trabaho. Nakakatulong ang video call, pero puwede itong i-set up: ang tinatanong nito, at ang hindi nito tinatanong, ang mahalaga.
dream-job-interview-see-office = Hilingin na iharap niya ang camera at ipakita ang opisina at ang team
    .feedback = Ginawa niya: mga mesa, mga screen, mga taong nagtatrabaho. Nakakapanatag, at iyon ang punto. Puwedeng rentahan, i-set up o ipakita mula sa recording ang isang opisina. Mas marami kang malalaman sa sinubok ng interview, at sa hindi nito tinanong, kaysa sa kuwartong nasa likod ng camera.

dream-job-video-excuse-busy = Customer retention, para sa VIP clients. Buong training, huwag kang mag-alala.
dream-job-video-excuse-policy = Nasa kontrata ang lahat ng detalye, sa opisina. Ganito na-hire ang lahat ng staff namin.
dream-job-video-excuse-slot = Kung hindi ka seryoso, ibibigay ko ang slot mo sa susunod na tao. Marami ang naghihintay.
dream-job-video-excuse-give-in = "Sorry po! Seryoso ako. Gagawin ko na ang test ngayon."
    .feedback = Nandiyan ang "marami ang naghihintay" para hindi ka na makapag-isip. Umuubra ito dahil talagang kailangan mo ang trabahong ito at takot kang mawala ito. Babala ang pamimilit na magpasya agad: kayang maghintay ng totoong alok habang sinusuri mo ito.
dream-job-video-excuse-refuse-rush = "Ayokong minamadali. Susuriin ko muna ang trabahong ito."
    .feedback = Napansin mo ang pamimilit. Babala ang pagtulak sa iyo na magpasya agad, at ang pagturing sa mga tanong mo na parang wala kang interes. Kayang maghintay ng totoong employer nang isang araw.
dream-job-video-excuse-leave = Magpasalamat sa oras niya, at tapusin ang call
    .feedback = Puwede mong tapusin ang anumang call na ayaw sumagot sa simpleng tanong. Mawawala ang pagkakataong ito, at masakit iyon kapag kailangan mo ng trabaho. Pero buo pa rin ang lahat ng iba pa.

## The offer: skip the agency

dream-job-passed-congrats = Congratulations!! Pumasa ka!
    .discuss = Bakit ilang oras lang ang ibinibigay para magdesisyon? Ano ang ipapadala ng isang totoong employer bago humingi ng kahit ano?
dream-job-passed-offer = Sahod na ${ $salary } kada buwan. Libreng flight, kuwarto at pagkain. Magsisimula ka sa susunod na linggo sa { $city }.
dream-job-passed-direct = Good news: hindi mo na kailangang hintayin ang agency. Tatlong buwan at may fee ang agency. Ililipad ka namin sa susunod na linggo naka-tourist visa, ang work permit dito na namin aayusin. Magpadala ka lang ng larawan ng passport mo ngayon.
dream-job-passed-deadline = { $hours } oras lang valid ang offer na ito. Pagkatapos noon, mapupunta ang slot sa susunod na tao.
dream-job-passed-send-passport = Ipadala ang larawan ng passport. Walang fee, walang hintay, at magsisimula ang trabaho sa susunod na linggo.
    .feedback = Parang pabor ang laktawan ang agency: walang fee, walang hintay. Pero inilalabas nito ang trabaho sa lisensiyadong sistemang nagpoprotekta sa iyo, at hindi pinapayagan ng tourist visa na magtrabaho ka. Sa loob ng { $hours } oras at walang kontrata, nariyan ang pagmamadali para pigilan ang mga tanong mo.
dream-job-passed-through-agency = Sabihin na dadaan ka lang sa { $agency }, may kontrata at work visa, kahit tatlong buwan pa
    .feedback = Tama: ang lisensiyadong agency at ang work visa ang proteksyon mo, at gusto ng employer na laktawan mo pareho. Gagastos ka ng oras at legal na fee. Kayang maghintay ng totoong employer.
dream-job-passed-ask-contract = "Pakipadala po muna ang nakasulat na kontrata, nakalagay ang sahod at ang pangalan ng employer."
    .feedback = Tama. Ang pinakamababang dapat hingin: nakasulat na kontratang nagsasabi kung sino ang employer, ano ang trabaho, saan, at magkano ang sahod. Babala ang maikling deadline na walang kontrata.

dream-job-contract-dodge-arrive = Sa opisina mo pipirmahan ang kontrata pagdating mo. Normal lang iyan.
dream-job-contract-dodge-same = Pareho lang lahat sa sinabi ko sa iyo. Nagtitiwala ka naman sa akin, di ba?
dream-job-contract-dodge-questions = Hindi ganyan karami magtanong ang ibang applicant.
dream-job-contract-dodge-trust = "Sige po, nagtitiwala ako sa inyo." Ipadala ang picture ng passport.
    .feedback = Ang "pipirmahan pagdating" ay nangangahulugang pipirma ka sa malayo sa bahay, kapag hindi ka na makakatanggi. Ang pagpaparamdam na bastos ang magtanong ay paraan para matigil ang mga tanong. Umuubra ito sa mga taong magalang, at karamihan sa atin ay ganoon.
dream-job-contract-dodge-check-agency = "Kung ganoon, itatanong ko muna ang trabahong ito sa ahensiya ng gobyerno para sa mga migrant worker."
    .feedback = Ang trabaho sa abroad na sa chat app lang inaasikaso, walang kontrata at walang lisensyadong agency, ay nasa labas ng sistemang nagpoprotekta sa mga manggagawa. Mabilis na masasabi sa iyo ng ahensiya kung totoo ang trabaho.
dream-job-contract-dodge-through-agency = Sabihin kay { $recruiter } na sa { $agency } ka lang dadaan, may kontrata at work visa bago ka lumipad
    .feedback = Mabuti: pinoprotektahan ka ng agency at ng work visa, at hindi ng kontratang pipirmahan pagdating. Ibig sabihin nito ay maghihintay ka, at magbabayad ng legal na fee ng agency.

## Everything through the licensed agency

dream-job-agency-process-slower = Dear applicant, kinumpirma ng { $company } ang placement mo sa pamamagitan ng aming agency. Sampung linggo ang processing.
dream-job-agency-process-papers = Naka-attach: ang employment contract mo, nakapangalan sa { $company } sa { $city }, sahod ${ $salary }, pirmado ng dalawang panig. Approved na ang work permit mo. Nasa loob ng legal na limit ang placement fee namin; naka-attach ang opisyal na resibo.
dream-job-agency-process-hotline = (Tumawag ka sa national hotline para makasiguro. Sinuri ng opisyal: lisensiyado ang agency, at nakarehistro ang job order ng { $company }. "Maayos ang lahat," sabi niya.)
    .discuss = Pumasa ang lahat ng pagsusuri. Ano pa ang natitirang puwede mong timbangin?
dream-job-agency-process-go = Pumirma at umalis. Ginawa mo ang lahat ng pagsusuring mayroon.
    .feedback = Ginawa mo nga: lisensiyadong agency, kontrata, work permit, nakarehistrong job order. Ganito ang itsura ng pag-iingat. Ang tanging hindi maipaliwanag ng mga papeles ay ang sahod, na mas mataas nang malayo sa lokal na rate.
dream-job-agency-process-compare = Tanungin ang { $agency } kung may iba silang trabahong katulad nito, sa karaniwang sahod
    .feedback = Pumasa ang lahat, pero ilang beses pa rin ng lokal na rate ang sahod para sa trabahong walang kailangang experience. Hindi kawalan ng tiwala ang pagtimbang nito: ito ang isang tanong na hindi kayang sagutin ng mga papeles.
dream-job-agency-process-stay = Manatili muna sa bahay. May bumabagabag pa rin sa iyo.
    .feedback = Karapatan mong pakinggan ang pakiramdam na iyon, kahit pumasa ang lahat ng pagsusuri. Baka mawala sa iyo ang trabahong totoo naman. Walang kahihiyan sa alinmang pasya.

## The national agency, and the genuine job

dream-job-agency = Tumawag ka sa hotline ng ahensiya ng gobyerno para sa mga migrant worker, at binasa mo ang lahat ng sinabi sa iyo. Sinuri ng opisyal. "Lisensiyado ang { $agency }. Pero ang lisensiyadong trabaho ay inaasikaso ng agency, hindi ng 'employer' na naglilipat sa iyo sa Telegram at nagmamadali sa iyo, at laging may work visa bago ka lumipad. Ganito napupunta ang mga tao sa scam compound," sabi niya. "Tama ang pagtawag mo."
    .discuss = Aling opisina sa ganitong bansa ang sumusuri ng trabaho sa abroad? Paano mahahanap ang numero o website nito?
dream-job-agency-warn-classmate = Ipadala sa kaklase mo, na nag-apply din, ang sinabi ng ahensiya
    .feedback = Nagtiwala ang kaklase mo sa post dahil sa parehong mga dahilan mo. Mas nakakatulong ang mahinahong katotohanan mula sa isang kaibigan, tulad ng sinabi ng ahensiya, kaysa sa pananakot o paninisi.
dream-job-agency-real-jobs = Itanong sa opisyal kung saan makakahanap ng totoong trabaho sa IT o customer service sa abroad
    .feedback = Magaling: hindi layunin na sumuko sa pagtatrabaho sa abroad, kundi hanapin ang mga trabahong masusuri mo.
dream-job-agency-block = I-block si { $recruiter }, at i-report ang account sa opisyal at sa Telegram
    .feedback = Mabuti. Nakakatulong ang report para mabalaan ng ahensiya ang iba at kumilos laban sa mga gumagamit ng pangalan nito. Wala kang utang na paliwanag kay { $recruiter }.

dream-job-genuine-listing = Lisensyadong agency, nasa listahan ng gobyerno ang numero ng lisensya. Trabaho: { $real-job }. May pangalan ang employer, may address at website. Dalawang taong nakasulat na kontrata.
dream-job-genuine-checks = Video call na interview kasama ang manager ng employer. Maaayos ang work visa bago ka bumiyahe. Mga fee lang na pinapayagan ng batas, may opisyal na resibo.
dream-job-genuine-pay = Sahod: ${ $real-pay } kada buwan, may tirahan at health insurance. Tatlong buwan ang processing, may pre-departure training bago ka magsimula.
dream-job-genuine-apply = Mag-apply sa pamamagitan ng agency. Pumasa ito sa pagsusuri.
    .feedback = Mas mababa ang sahod kaysa sa Facebook ad, pero totoo. Nasa trabahong ito ang wala sa isa: employer na may pangalan, lisensyadong agency na masusuri mo, nakasulat na kontrata, totoong interview at work visa.
dream-job-genuine-verify = Bago mag-apply, ikaw mismo ang sumuri sa numero ng lisensya sa website ng gobyerno
    .feedback = Magandang ugali: sumuri sa opisyal na site na ikaw mismo ang naghanap, hindi sa link na ipinadala ng iba. Dito, tugma ang lahat. Hindi kawalan ng tiwala ang pagsusuri. Ito ang paraan para mahanap ang mga trabahong mapagkakatiwalaan mo.
dream-job-genuine-refuse = Tumanggi. Pagkatapos ng lahat ng ito, parang bitag na ang bawat trabaho sa abroad.
    .feedback = Naiintindihan ang pakiramdam na iyan, at karapatan mo palaging manatili sa bahay. Pero nasa trabahong ito ang lahat ng wala sa scam: lisensyadong agency, employer na may pangalan, kontrata at work visa. Hindi layunin na katakutan ang bawat alok, kundi suriin ito.

## Endings

dream-job-end-walk-away = Tumanggi ka at nanatili sa bahay, sa ngayon. Patuloy kang naghahanap ng trabaho, at alam mo na kung paano suriin ang trabaho sa abroad: lisensiyadong agency, employer na may pangalan, nakasulat na kontrata, work visa, at sahod na makatwiran para sa trabaho. Makalipas ang isang linggo, lumabas ulit ang parehong post para sa { $city }, may bagong mga larawan.
dream-job-end-trafficked = Sa { $city }, kinuha ng isang driver na may hawak na karatula ng pangalan mo ang passport mo "para sa work permit". Ilang oras ka niyang ibiniyahe, malayo sa lungsod, papunta sa isang building na may matataas na pader at mga guwardiya. Ang trabaho ay mang-scam ng mga hindi kilalang tao online. Ito na ang plano ng mga kriminal mula pa sa unang post. May mga nakakalabas, sa tulong ng mga embahada, hotline at pamilya.
dream-job-end-helped = May naka-book na interview ang kaklase mo kinabukasan ng umaga, at kinansela niya ito. Magkasama ninyong ini-report ang page at ang Telegram account, at nag-post kayo ng babala sa group ng college ninyo. Tatlo pang tao ang sumagot: nag-apply din sila, at ngayon, magsusuri muna sila.
dream-job-end-genuine = Nag-apply ka sa lisensiyadong agency para sa { $real-job }. Tumagal ito ng tatlong buwan at may legal na fee. Video call ang interview kasama ang totoong manager na nagtanong tungkol sa mga kasanayan mo, nakasulat ang kontrata, at dumating ang work visa bago ang flight. Ang sahod ay ${ $real-pay } kada buwan: hindi panaginip, pero totoo. Alam ng pamilya mo kung nasaan ka mismo.
dream-job-end-front = Lumipad ka na may kontrata, work permit at resibo ng agency. Sa { $city }, totoo ang { $company }: isang rehistradong kompanya sa isang tore sa likod ng gate. Sa loob, kinuha ang passport at phone mo "para sa registration", at ang trabaho ay manloko ng mga estranghero online. Ginawa mo ang lahat ng pagsusuring kaya ng isang tao. Ginagamit bilang harapan ang mga rehistradong kompanya dahil mismo rito: naloko rin nila ang agency at ang mga opisyal. Hindi mo ito kasalanan. May mga nakakalabas, sa tulong ng embahada, hotline at pamilya, at makakatulong ang report mo para kumilos ang ahensiya laban sa employer na ito.
