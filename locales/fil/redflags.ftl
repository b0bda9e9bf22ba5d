# Machine-drafted translation: needs review by a native speaker.
# The red flags: a short name, why the tactic works on people (.explain), and what to do instead (.advice).
# Ids follow scenarios/redflags.toml: redflag-<id>.

## A. The job advert

redflag-vague-role = Malabong job title
    .explain = Ang mga titulong tulad ng "digital marketing", "data entry" o "customer service" ay parang normal at ligtas, kaya halos kahit sino ay kayang isipin ang sarili sa trabahong iyon. Malabo ang job ad dahil ang totoong trabaho ay pang-i-scam.
    .advice = Humingi ng nakasulat na job description at ng buong pangalan at address ng employer. Suriin ang kompanya sa ahensiya ng gobyerno para sa mga migrant worker o sa embahada ng bansang iyon.

redflag-pay-too-good = Sobrang taas na sahod
    .explain = Mahirap tanggihan ang sahod na ilang beses na mas mataas kaysa karaniwan, at walang experience na kailangan, lalo na kapag gipit sa pera. Kahit sino ay matutukso, at iyan mismo ang dahilan kung bakit ito ginagamit ng mga trafficker.
    .advice = Ihambing ang sahod sa kinikita sa parehong trabaho dito sa atin at sa bansang iyon. Kung mas mataas ito nang sobra at walang kailangang skills, magtanong muna sa ahensiya ng gobyerno para sa mga migrant worker bago ka sumagot.

redflag-all-expenses-paid = Sagot na nila ang lahat
    .explain = Ang libreng flight, tirahan, pagkain at visa ay nagpaparamdam na madali at ligtas ang pag-alis. Pero sa huli, puwedeng bumalik ang mga gastos na ito bilang utang na sasabihin nilang kailangan mong bayaran sa pagtatrabaho.
    .advice = Itanong kung sino ang magbabayad at kung may magiging utang ka, at kunin ang sagot sa isang nakasulat na kontrata. Suriin ang alok sa ahensiya ng gobyerno para sa mga migrant worker o sa embahada bago ka bumiyahe.

redflag-social-media-ad = Job ad sa social media
    .explain = Sa Facebook, Instagram, TikTok at Telegram na naghahanap ng trabaho ang maraming tao, at ang post na ini-share ng marami ay mukhang mapagkakatiwalaan. Gumagamit ng opisyal na daan ang mga lisensyadong agency; hindi ito kailangan ng mga trafficker.
    .advice = Hanapin ang parehong trabaho sa pamamagitan ng isang lisensyadong recruitment agency. Suriin ang lisensya ng agency sa ahensiya ng gobyerno para sa mga migrant worker.

redflag-no-company-details = Walang kompanya, walang address
    .explain = Kapag walang pangalan ng kompanya, address o job description, wala kang masusuri at walang mapapanagot. Madalas, pag-asa ang pumupuno sa mga kulang.
    .advice = Hingin nang nakasulat ang rehistradong pangalan ng employer, ang address, at ang job description. Kung ayaw nilang ibigay, huwag kang tumuloy.

redflag-friend-vouches = Sabi ng kaibigan, ayos lang
    .explain = Nagtitiwala tayo sa mga kaibigan at kapamilya, kaya parang ligtas ang alok na dumaan sa taong kilala natin. Maaaring naniniwala rin dito ang kaibigan, o pinipilit siya ng mga recruiter.
    .advice = Pasalamatan ang kaibigan mo, tapos ikaw mismo ang sumuri sa trabaho sa ahensiya ng gobyerno para sa mga migrant worker o sa embahada. Ang totoong trabaho ay nandiyan pa rin pagkatapos mong magsuri.

## B. The recruiter conversation

redflag-chat-only-unlicensed = Chat lang, walang lisensyadong agency
    .explain = Ang recruiter na sa WhatsApp, Telegram o Messenger lang nakikipag-usap ay puwedeng maglaho anumang oras at walang iniiwang rekord. Ang trabaho sa abroad na hindi dumaan sa ahensiya ng gobyerno para sa mga migrant worker ay wala ring proteksyon nito.
    .advice = Itanong kung aling lisensyadong agency ang nagpo-process ng trabaho at suriin ito sa ahensiya ng gobyerno para sa mga migrant worker, gaya ng DMW sa Pilipinas. Kung hindi doon naka-process ang trabaho, huwag kang tumuloy.

redflag-chat-interview = Chat lang ang interview
    .explain = Ang mabilis na chat at typing test ay parang magandang balita: pasado ka! Pero ang totoong employer ay gustong malaman ang skills mo at malinaw na nagsasabi tungkol sa trabaho.
    .advice = Humingi ng tamang video interview sa employer, at itanong kung kanino at saan ka magtatrabaho. Nakatutulong ang video call pero puwedeng pekein, kaya suriin din ang kompanya sa embahada ng bansang iyon.

redflag-upfront-fee = Magbayad muna
    .explain = Kapag nakapagbayad ka na, mahirap nang umatras, dahil walang gustong mawalan ng naibayad na. Ginagamit ito ng mga pekeng recruiter at ng mga pekeng "recovery" firm para patuloy kang sumulong, isang bayad pagkatapos ng isa pa.
    .advice = Huwag magpadala ng pera sa isang tao para makakuha ng trabaho sa abroad o para mabawi ang nawalang pera. Itanong sa ahensiya ng gobyerno para sa mga migrant worker kung aling mga bayad ang legal, magtanong sa bangko mo o sa pulis bago magbayad sa sinumang nangangakong mababawi ang pera mo, at laging humingi ng opisyal na resibo.

redflag-location-changes = Lumipat ang trabaho sa ibang bansa
    .explain = Ang balitang tulad ng "nagbago ang plano, nasa Cambodia na ang opisina" ay dumarating pagkatapos mong pumayag, kaya madaling sumunod na lang. Ang totoong employer ay hindi nagpapalit ng bansa sa huling minuto.
    .advice = Kapag nagbago ang bansa o ang lungsod, huminto at magsuri ulit sa ahensiya ng gobyerno para sa mga migrant worker at sa embahada. Sabihin sa taong pinagkakatiwalaan mo kung saan ka eksaktong pupunta.

redflag-polish-not-proof = Hindi patunay ang magandang website
    .explain = Ang magandang website, registration number, opisyal na logo at mabait at matiyagang boses ay nagpaparamdam na totoo ang alok. Alam ito ng mga scammer at kinokopya nila ang mga totoong kompanya at ahensiya, kaya pati ang maiingat at edukadong tao ay naloloko.
    .advice = Magsuri sa mga opisyal na daan na ikaw mismo ang naghanap, hindi sa mga link, numero o dokumentong ipinadala nila: ang embahada, ang business register ng bansang iyon, ang ahensiya ng gobyerno para sa mga migrant worker, ang bangko mo.

redflag-pressure-no-contract = Pagmamadali at walang kontrata
    .explain = Kapag may nagsabing mawawala na ang puwesto bukas, mahirap huminto at mag-isip. Ang recruiter na naiinis sa mga tanong mo ay maaaring may itinatago.
    .advice = Huwag magmadali, at huwag kailanman bumiyahe nang walang nakasulat na kontrata na nakalagay ang employer, ang trabaho, ang lugar at ang sahod. Ang totoong alok ay kayang maghintay nang ilang araw habang sinusuri mo ito.

## C. Travel and arrival

redflag-tourist-visa = Sinabihang mag-tourist visa
    .explain = Mabilis at mura ang tourist visa, kaya parang nakakatulong na shortcut. Pero hindi ka nito pinapayagang magtrabaho, kaya wala kang legal na proteksyon.
    .advice = Kailangan ng work visa para magtrabaho sa abroad. Itanong sa embahada ng bansang iyon kung anong visa ang kailangan ng trabaho bago ka bumiyahe.

redflag-coached-to-lie = Tinuruang magsinungaling sa airport
    .explain = Ang utos na sabihing "bakasyon lang" o magkunwaring hindi mo kilala ang iba ay parang maliit na diskarte para makatipid ng oras. Pero pinipigilan din nito ang mga immigration officer na makitang kailangan mo ng tulong.
    .advice = Kapag may nagturo sa iyo kung ano ang sasabihin sa immigration, huminto ka. Sabihin ang totoo sa immigration officer; matutulungan ka nila.

redflag-passport-handover = Kinuha ang passport sa airport
    .explain = Ang matulunging contact na "bahala sa mga papeles" ay parang ginhawa. Pero puwedeng bumalik ang passport na may pekeng tatak o papeles, na nag-iiwan sa iyo nang walang legal na proteksyon, at wala na ang contact.
    .advice = Huwag kailanman iabot ang passport mo kaninuman maliban sa opisyal na nasa counter. Kapag may nag-alok na "ayusin" ang pag-alis mo, umalis ka at sabihin ito sa immigration officer.

redflag-indirect-route = Kakaiba at paikot-ikot na ruta
    .explain = Ang paglipad sa Hong Kong, Singapore, Bangkok o Dubai, o ang pagsakay sa "backdoor" na bangka, ay ipinapaliwanag na mas mura o mas mabilis. Pero pinahihirap din nito sa mga opisyal, at sa pamilya mo, na malaman kung nasaan ka.
    .advice = Itanong kung bakit hindi diretso ang biyahe, at sabihin sa taong pinagkakatiwalaan mo ang bawat bahagi ng ruta. Kung pinasasakay ka ng bangka o pinaiiwas sa mga checkpoint, huwag kang tumuloy.

redflag-informal-border = Tumawid sa border nang hindi opisyal
    .explain = Pagkatapos ng mahabang biyahe, madaling sumunod sa driver na nagsasabing "dito lang tayo tatawid". Ang pagtawid nang malayo sa checkpoint, halimbawa mula Thailand papuntang Myawaddy sa Myanmar o papunta sa Golden Triangle zone sa Laos, ay walang iniiwang rekord at walang proteksyon.
    .advice = Tumawid lang sa border sa opisyal na checkpoint, at may tatak ang passport mo. Kung mangyari ito sa iyo, makipag-ugnayan sa embahada mo sa sandaling ligtas mo na itong magagawa.

## D. Inside the compound

redflag-passport-phone-taken = Kinuha ang passport at phone
    .explain = Ang "para itabi nang ligtas" ay parang pag-aalaga, at mahirap tumanggi sa bagong boss. Kapag wala ang passport at phone mo, hindi ka makakaalis o makakahingi ng tulong.
    .advice = Ikaw mismo ang magtago ng passport mo, at mag-iwan ng kopya nito at ng kontrata mo sa taong pinagkakatiwalaan mo sa bahay. Magkasundo kayo ng pamilya mo sa regular na oras ng pagkumusta, para alam nilang kumilos kapag bigla kang tumahimik.

redflag-debt-bondage = Utang na hindi mo sinang-ayunan
    .explain = Kapag sinabing may utang ka para sa biyahe, pagkain at kama, pakiramdam mo kailangan mo itong bayaran. Ang mga tapat na tao ay nakadarama ng obligasyon sa utang, at ginagamit ang pakiramdam na iyon para hawakan sila.
    .advice = Ang utang na ipinataw sa iyo sa panloloko ay taktika ng trafficking, hindi makatarungang singil. Kapag ligtas na, makipag-ugnayan sa embahada mo o sa isang hotline: hindi mo kasalanan ang nangyari, at hindi nakadepende sa pagbabayad ang tulong.

redflag-quotas-punishment = Quota at parusa
    .explain = Ang mga target na may multa o pambubugbog ay nagpapatrabaho sa tao dahil sa takot. Dahil sa takot, mahirap mag-isip ng kahit ano maliban sa makaraos sa araw na iyon.
    .advice = Tandaan na biktima ka, hindi kriminal. Kapag ligtas mo nang magagawa, makipag-ugnayan sa embahada mo, sa isang hotline o sa pamilya mo at sabihin kung nasaan ka.

redflag-guarded-compound = Mga pader, guwardiya at camera
    .explain = Ang barbed wire, armadong guwardiya at mga camera ay para hindi makalabas ang mga tao, hindi para hindi makapasok ang panganib. Ginawa ang mga ito para maramdaman mong imposibleng makaalis.
    .advice = Huwag subukang tumakas nang mag-isa sa delikadong paraan. Kapag ligtas mo nang magagawa, ipadala ang eksaktong lokasyon mo sa embahada mo, sa isang organisasyong mapagkakatiwalaan o sa pamilya mo.

redflag-violence-ransom = Karahasan at ransom
    .explain = Ang pananakit o pagbabanta, at ang paghingi ng pera sa mga pamilya, ay mga paraan para kontrolin ang lahat ng nasa loob. Gustong tumulong ng pamilya dahil mahal ka nila, at ginagamit din iyon.
    .advice = Kung hinihingan ng ransom ang pamilya mo, dapat muna silang makipag-ugnayan sa embahada ng bansa ninyo o sa isang hotline, at itago ang bawat mensaheng matatanggap nila.

redflag-police-leak = Puwedeng magsumbong sa mga boss ang lokal na pulis
    .explain = Parang tama ang tumawag sa lokal na pulis. Pero sabi ng mga survivor, may ilang lokal na pulis na nagpasa ng mga tawag para sa tulong pabalik sa mga boss ng compound, at pinarusahan ang mga tumawag.
    .advice = Makipag-ugnayan muna sa embahada mo, sa national hotline, sa isang organisasyong mapagkakatiwalaan o sa pamilya mo, at ibigay ang eksaktong lokasyon mo. Makakahingi sila ng rescue sa mas ligtas na paraan.

## E. The person being scammed

redflag-wrong-number = "Wrong number" na patuloy na nakikipag-chat
    .explain = Parang walang masama ang maging magalang sa estrangherong nagkamali ng text. Pero planado ang "pagkakamali": nagsisimula ito ng magiliw na chat na puwedeng mauwi sa paghingi ng pera pagkalipas ng ilang linggo.
    .advice = Kung patuloy pa ring nakikipag-chat ang estranghero pagkatapos mong sabihing wrong number siya, tumigil sa pagsagot at i-block siya. Huwag kailanman tumanggap ng payo tungkol sa pera mula sa taong sa message mo lang nakikilala.

redflag-move-to-private-app = Mabilis na paglipat sa private chat
    .explain = Masarap sa pakiramdam ang sobrang atensyon at matatamis na salita, lalo na kapag malungkot ka. Ang paglipat sa WhatsApp, Line, Telegram o WeChat ay naglalayo sa iyo sa mga safety check ng dating app, at laging may dahilan para hindi magkita o mag-video call.
    .advice = Manatili sa app kung saan kayo nagkakilala. Nakatutulong ang live na video call, pero puwedeng pekein ang video gamit ang face-swap, kaya mas kaunti ang napapatunayan nito kaysa sa inaakala. Ang panuntunang laging totoo: huwag kailanman mag-invest o magpadala ng pera dahil sa tip ng taong sa online mo lang nakilala, at sabihin sa isang kaibigan.

redflag-crypto-tip-early-profit = Crypto tip na may mabilis na kita
    .explain = Ang maliit na kita, o maliit na withdrawal na gumana, ay nagpapamukhang totoo ang platform. Bumubuo ito ng tiwala para maglagay ka ng mas malaki.
    .advice = Huwag kailanman mag-invest dahil sinabi ng taong nakilala mo online. Suriin ang platform sa financial regulator ng bansa mo (sa Pilipinas, ang SEC), at kausapin muna ang taong pinagkakatiwalaan mo.

redflag-blocked-withdrawal = May bayad para ma-withdraw ang pera mo
    .explain = Kapag mukhang malaki ang balance mo, parang sulit magbayad ng isa pang "tax" o "fee" para mailabas ito. Pero hindi totoo ang balance, at bawat bayad ay may kasunod na bagong fee.
    .advice = Huwag magbayad ng anumang fee o tax para mag-withdraw. Itigil ang pagbabayad, itago ang lahat ng mensahe, at i-report ito sa pulis o sa pambansang hotline laban sa scam.

redflag-recovery-scam = Alok na bawiin ang nawalang pera
    .explain = Pagkatapos mawalan ng pera, nagbibigay ng pag-asa ang alok na mabawi ito. Sinasabi ng mga pekeng "recovery" firm at "abogado" na katuwang nila ang FBI o isang regulator, at humihingi sila ng bayad, madalas sa crypto.
    .advice = Ang totoong pulis at regulator ay hindi naniningil para mag-imbestiga. I-report ang unang scam sa isang opisyal na reporting site, at huwag pansinin ang sinumang nag-aalok na bawiin ang pera mo kapalit ng bayad.
