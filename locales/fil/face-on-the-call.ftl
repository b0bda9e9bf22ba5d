# Machine-drafted translation: needs review by a native speaker.
face-on-the-call-title = Ang mukha sa video call
face-on-the-call-summary = Isang lalaking nakilala mo online ang pumasa sa pagsubok na laging ipinapayo ng lahat: nagva-video call siya, at totoo ang mukha niya. Isa kang babae na nasa singkuwenta anyos sa Australia, at ikaw ang magpapasya kung ano ang napapatunayan ng isang totoong mukha.

## Characters

face-on-the-call-character-man = { $man }
face-on-the-call-character-genuine = { $genuine }
face-on-the-call-character-daughter = { $daughter }, ang anak mong babae
face-on-the-call-character-platform = { $platform }

## Variables

face-on-the-call-city-perth = Perth
face-on-the-call-city-adelaide = Adelaide
face-on-the-call-city-geelong = Geelong
face-on-the-call-man-david = David
face-on-the-call-man-michael = Michael
face-on-the-call-man-andrew = Andrew
face-on-the-call-genuine-graham = Graham
face-on-the-call-genuine-steve = Steve
face-on-the-call-genuine-phil = Phil
face-on-the-call-daughter-jess = Jess
face-on-the-call-daughter-amy = Amy
face-on-the-call-daughter-kate = Kate
face-on-the-call-friend-carol = Carol
face-on-the-call-friend-lyn = Lyn
face-on-the-call-friend-sue = Sue
face-on-the-call-platform-aurum = Aurum Bullion Markets
face-on-the-call-platform-goldcrest = Goldcrest Capital
face-on-the-call-platform-meridian = Meridian Metals Trading

## Two messages

face-on-the-call-start = 54 anyos ka na at nakatira sa { $city }. Natapos ang kasal mo apat na taon na ang nakalipas, malalaki na ang mga anak mo, at mahaba ang mga gabi. Ang anak mong si { $daughter } ang gumawa ng dating profile mo at nagbigay ng isang panuntunan: "Kapag ayaw niyang mag-video call, scammer 'yan. Ang totoong lalaki, nagpapakita ng mukha."
    .discuss = Saan mo na narinig ang payong tulad ng kay { $daughter }? Ano talaga ang napapatunayan ng isang video call?

face-on-the-call-inbox = Ngayong linggo, dalawang lalaki ang sumulat sa iyo. Si { $man } ay civil engineer na taga-{ $city }, biyudo, may kontrata sa Dubai: mabait ang mukha, magaganda ang litrato, at mahaba ang mensahe na nagpangiti sa iyo. Si { $genuine } ay retiradong electrician na nakatira dalawampung minuto ang layo. Tatlong linya lang ang mensahe niya, may isang mali sa spelling, at ang mga litrato niya ay ng aso niya at ng taniman niya ng gulay.
face-on-the-call-inbox-reply-man = Sagutin si { $man }. Ang mensahe niya ang binasa mo nang dalawang beses.
    .feedback = Walang mali roon. Ang mainit at maayos na mensahe ay sasagutin ng kahit sino. Ang mahalaga ay kung ano ang susunod na mangyayari.
face-on-the-call-inbox-reply-genuine = Sagutin si { $genuine }. Malapit lang, at madaling yayaing magkape.
    .feedback = Magandang pasya. Ang taong malapit ay puwedeng makita sa pampublikong lugar, at doon luminaw ang marami sa kailangan mong malaman.
face-on-the-call-inbox-reply-both = Sagutin silang dalawa, at tingnan kung sino ang kasundo mo
    .feedback = Normal lang ito sa dating site. Nagsimula ka sa mahabang mensahe ni { $man }.

## The stranger

face-on-the-call-man-chat-hello = Ang ganda ng ngiti mo. Muntik na akong hindi sumulat, hindi ako magaling dito.
    .discuss = Lalaking malayo, biyudo, may magandang trabaho: bakit kaya ito ang kuwentong pinipili ng scammer?
face-on-the-call-man-chat-story = Namatay ang asawa ko tatlong taon na ang nakalipas. Nag-aaral sa unibersidad sa Sydney ang anak kong babae. Nasa Dubai ako hanggang matapos ang proyekto sa tagsibol, tapos uuwi na ako nang tuluyan.
face-on-the-call-man-chat-move = Bihira akong nasa site na ito, lagi akong nala-log out. Puwede ba tayong mag-usap sa WhatsApp? Heto ang number ko.
face-on-the-call-man-chat-whatsapp = I-message siya sa WhatsApp
    .feedback = Ang mabilis na paglipat mula sa dating site papunta sa pribadong app ay karaniwang unang hakbang: doon, hindi na makikita ng site ang usapan o matatanggal ang account. Marami ring totoong tao ang lumilipat ng app, kaya bantayan ang susunod na mangyayari.
face-on-the-call-man-chat-video-first = "Bago ang lahat, gusto ko muna ng maikling video call."
    .feedback = Ginamit mo ang pagsubok na itinuro ni { $daughter }, at nanatili ka sa site habang ginagawa ito. Tingnan kung ano ang kaya at hindi kayang ipakita ng tawag.
face-on-the-call-man-chat-stay-app = "Dito muna tayo mag-usap."
    .feedback = Kapag nanatili ka sa site, malapit pa rin ang mga tool nito sa pag-report. Baka mabawasan nang kaunti ang lambing niya; tingnan kung paano niya tinanggap ang maliit na "hindi pa."

face-on-the-call-stay = Siyempre, walang pagmamadali. Makaluma rin ako. Hayaan mong higitan ko ang mga mensahe: mag-video call tayo sa Linggo, para malaman mong totoo ako.

face-on-the-call-whatsapp-morning = Magandang umaga, maganda. Alas-singko pa lang ng umaga rito at ikaw agad ang naiisip ko.
face-on-the-call-whatsapp-daughter = Magugustuhan ka ng anak ko. Sabi niya, mas madalas daw akong ngumiti ngayong buwan kaysa sa nakaraang tatlong taon.
face-on-the-call-whatsapp-future = Pag-uwi ko, gusto kitang isama sa daan sa tabing-dagat. Tayong dalawa lang.
face-on-the-call-whatsapp-ask-video = Humingi ng video call, gaya ng sabi ni { $daughter }
    .feedback = Makatwirang hiling. Maraming scammer ang umiiwas dito, kaya may nahuhuli ito. Tingnan kung ano ang kaya at hindi kayang ipakita ng tawag.
face-on-the-call-whatsapp-enjoy = Namnamin mo lang. Matagal nang walang sumusulat sa iyo nang ganito.
    .feedback = Ito ang love bombing: malalaking damdamin pagkatapos ng ilang linggo, isang pinagsasaluhang kinabukasan, mensahe tuwing umaga. Gumagana ito dahil tumutugon ito sa totoong pangangailangan. Pagkatapos ng paglipat sa WhatsApp, ito ang karaniwang susunod na hakbang.
face-on-the-call-whatsapp-slow-down = Sabihin sa kanya na medyo mabilis ang lahat para sa iyo
    .feedback = Makatwirang sabihin, at mabait ang pagkakasabi mo. Ang taong may malasakit ay kayang magdahan-dahan. Tingnan kung paano siya sumagot.

face-on-the-call-offers-call = Alam kong masyado akong nagmamadali. Karapatan mong makita kung sino ang kausap mo. Video call mamayang gabi, alas-otso sa oras mo?

## The call

face-on-the-call-call-connects = Kumonekta ang tawag. Siya nga: kapareho ng mukha sa mga litrato, may puti na sa sentido, natatawa sa sarili dahil hindi niya makita ang tamang button. Binibigkas niya ang pangalan mo sa paraang isinusulat niya ito. Sa likod niya: isang maliit na apartment, isang hard hat sa istante, bintanang may matataas na gusali. Nag-freeze ang larawan nang isang segundo, saka humabol.
    .discuss = Tugma lahat dito sa mga litrato. Magbigay ng tatlong paraan kung paanong peke pa rin ang ganitong tawag.
face-on-the-call-the-call-short = Ang pangit ng signal dito, mahal. Kailangan ko nang umalis, maaga ako bukas. Parehong oras sa Linggo?
face-on-the-call-the-call-convinced = Totoo siya. Pasado na ang pagsubok ni { $daughter }.
    .feedback = Pakiramdam mo'y patunay ito, at iyon mismo ang layunin. Ngayon, ang mukha sa tawag ay puwedeng live na face-swap, o totoong lalaking binayaran o pinilit umupo sa harap ng camera habang iba ang nagta-type. Nakatutulong ang tawag, pero mas kaunti ang napapatunayan nito kaysa sa inaakala. Ang panuntunang laging totoo: huwag kailanman magpadala ng pera o mag-invest dahil sa tip ng taong sa online mo lang nakilala.
face-on-the-call-the-call-odd-details = Tandaan ang pag-freeze at ang maikling tawag. Sa susunod, hilingin sa kanyang lumingon at idaan ang kamay sa harap ng mukha niya.
    .feedback = Matalinong ideya: ang murang face-swap ay puwedeng lumabo kapag may kamay na dumaan sa mukha. Pero ang magaling ay baka hindi, at ang totoong taong inupahan para sa mga tawag ay papasa sa lahat ng ganitong pagsubok. Puwedeng pumalya ang pagsusuri sa mukha; hindi pumapalya ang pagsusuri sa hinihingi niya sa iyo.
face-on-the-call-the-call-tell-daughter = Ikuwento kay { $daughter } ang tawag
    .feedback = Mabuting magsabi sa malapit sa iyo: nakatutulong sa scammer ang mga sikreto. Pero itinuro kay { $daughter } ang parehong pagsubok na itinuro sa iyo, at kapapasa lang nito.

face-on-the-call-second-call-wave = Sa Linggo, lumingon siya pakaliwa at pakanan, tumawa, at ikinaway ang kamay sa harap ng mukha. Walang lumabo. "Kuntento ka na, detective?"
face-on-the-call-second-call-hurt = Nakangiti siya, pero ramdam mong medyo nasaktan siya. Mas maikli ang tawag kaysa sa una.

face-on-the-call-daughter-happy = Tuwang-tuwa si { $daughter }. "O, 'di ba? Nagva-video call siya. Sabi ko sa 'yo, Ma, 'yan ang paraan para malaman." Pinangako ka niyang isasama mo ito sa Pasko.

## The tip

face-on-the-call-weeks = Lumipas ang mga linggo. Mensahe tuwing umaga, tawag tuwing Linggo. Sa isa sa mga tawag, nabanggit mong nag-aalala ka sa pagreretiro gamit ang super (retirement savings) mo.
    .discuss = Bakit ngayon lang dumating ang tip, pagkalipas ng mga linggo, at pagkatapos ng mga tawag?
face-on-the-call-tip-gold = Huwag mo nang alalahanin 'yan, mahal. Nagte-trade ako ng ginto sa { $platform }, nagpapadala ng signals ang mentor ko. Doon ko pinag-aaral ang anak ko.
face-on-the-call-tip-small = Magsimula ka sa maliit, ${ $first }, gagabayan kita. Gusto ko lang malaman na maayos ka. Ipapadala ko sa 'yo ang link.
face-on-the-call-tip-try-small = Maglagay ng ${ $first }. Nakita mo na ang mukha niya; totoo siya.
    .feedback = Baka totoo ang mukha niya, at scam pa rin ang tip. Ang tip tungkol sa pera mula sa taong sa online mo lang nakilala ang puso ng krimeng ito, at hindi ito nababago ng video call. Anumang makita mo sa platform na ipinadala niya ay kung ano lang ang gustong ipakita ng mga may-ari nito.
face-on-the-call-tip-check-platform = Bago ang lahat, hanapin mo mismo ang { $platform } sa opisyal na listahan ng regulator
    .feedback = Maingat, at mas mabuti kaysa magtiwala sa link niya. Tingnan kung ano ang kaya at hindi kayang sabihin ng listahan.
face-on-the-call-tip-decline = "Hindi ko pinaghahalo ang pera at pag-ibig. Hindi, pero salamat."
    .feedback = Pinanghawakan mo ang panuntunang nagpoprotekta kahit totoo ang mukha: walang pera dahil sa tip ng taong sa online mo lang nakilala. Baka may kapalit ito: tingnan kung paano niya ito tinanggap.

face-on-the-call-register = Sa professional register ng ASIC, ang mismong website ng regulator, naroon nga: { $platform }, isang lisensiyadong kumpanya sa Sydney, na may parehong license number gaya ng site na ipinadala niya. Gumaan ang loob mo. Nakalista sa register ang address ng opisina at isang phone number; ang site niya ay may chat window at WhatsApp support line.
face-on-the-call-register-good-enough = Lisensiyado ito. Maglagay ng ${ $first }.
    .feedback = Nag-check ka nga, at totoo ang lisensiya: pag-aari ito ng totoong kumpanya. Kinokopya ng mga scammer ang pangalan at license number ng mga lisensiyadong kumpanya, at gumagawa ng kamukhang site. Ang magandang site at totoong license number ay hindi patunay na ang kumpanyang iyon ang kausap mo.
face-on-the-call-register-compare = Tawagan ang number na nasa register, hindi ang nasa site niya, at itanong kung kanila ang site
    .feedback = Ganito tumatagal ang isang pagsusuri: sa pamamagitan ng contact details na ikaw mismo ang naghanap, hindi ang ipinadala sa iyo.
face-on-the-call-register-ask-bank = Dalhin ito sa branch ng bangko mo bago magpadala ng kahit ano
    .feedback = Magandang hakbang. Linggo-linggo nakikita ng mga tauhan ng bangko ang ganitong mga scheme, at nagche-check sila sa mga paraang hindi ka mailalayo.

face-on-the-call-bank = Sa branch, isang babae mula sa scam team ng bangko ang matagal na tumitig sa link. Pagkatapos, tinawagan niya ang kumpanya sa number mula sa register, habang katabi ka niya.

face-on-the-call-clone-found = Magalang at pagod ang sagot ng totoong { $platform }. "Hindi amin ang site na iyan. May gumagamit ng pangalan at license number namin. Pang-apat na tumawag na kayo ngayong buwan." Nakangiti sa iyo ang mukha sa lock screen ng phone mo.
    .discuss = Totoo ang register at totoo ang lisensiya. Ano ang nagpabago ng lahat?
face-on-the-call-clone-found-tell-man = Sabihin kay { $man } ang nalaman mo. Baka naloko rin siya.
    .feedback = Mabait na isip, at karaniwan. Pero laging may sagot ang scammer, at ang sagot ay kadalasang may kasamang panibagong tawag para ipanatag ulit ang loob mo.
face-on-the-call-clone-found-block-report = I-block siya, at i-report ang profile at ang site sa dating site at sa Scamwatch
    .feedback = Gaano man katotoo ang mukha, ang tip ang scam. Nakatutulong ang mga report para matanggal ang profile at ang site bago nila maabot ang susunod na tao.

## When you say no

face-on-the-call-pushback-hurt = Pagkatapos ng lahat ng tawag, tuwing umaga, iniisip mong sinungaling ako? NAKITA mo ako.
face-on-the-call-pushback-proof = Tingnan mo ako. Tingnan mo ako at sabihin mong hindi ako totoo.
face-on-the-call-pushback-last = Hindi ako puwedeng makasama ang taong hindi nagtitiwala sa akin. Ipakita mong nagtitiwala ka, o paalam na ito.
face-on-the-call-pushback-hold-rule = "Naniniwala akong totoo ka. Pero hindi pa rin ako magpapadala ng pera dahil sa tip ng kahit sino."
    .feedback = Ito ang panuntunang nagpoprotekta kapag pumasa na ang lahat ng ibang pagsusuri. Hindi mo kailangang pagpasyahan kung totoo ang mukha. May kapalit ito, at pinapanatili ka nitong ligtas.
face-on-the-call-pushback-give-in = Mag-sorry, at ilagay ang ${ $first } para ipakitang nagtitiwala ka sa kanya
    .feedback = Ginagawang pagsubok ng pag-ibig ang pera ng "ipakita mong nagtitiwala ka." Gumagana ito sa mababait na tao dahil ayaw nilang makasakit. Ang totoong tao ay mapagkakatiwalaan nang hindi sinasabi sa iyo kung saan ilalagay ang pera mo.
face-on-the-call-pushback-give-in-more = Mag-sorry, at ilagay ang malaking deposit para ipakitang nagtitiwala ka sa kanya
    .feedback = Ginagawang pagsubok ng pag-ibig ang pera ng "ipakita mong nagtitiwala ka." Gumagana ito sa mababait na tao dahil ayaw nilang makasakit. Ang totoong tao ay mapagkakatiwalaan nang hindi sinasabi sa iyo kung saan ilalagay ang pera mo.
face-on-the-call-pushback-ask-time = Humingi ng isang linggo para mag-isip, at pag-usapan ito kasama si { $daughter }
    .feedback = Laging puwedeng maglaan ng oras. Ang "huling pagkakataon" ay naroon mismo para pigilan ito.
face-on-the-call-pushback-ask-time-late = Humingi ng isang linggo para mag-isip, at pag-usapan ito kasama si { $daughter }
    .feedback = Laging puwedeng maglaan ng oras. Ang "huling pagkakataon" ay naroon mismo para pigilan ito.

face-on-the-call-gone = Tumahimik si { $man }, saka nagpadala ng mahabang malungkot na mensahe, saka isang galit na mensahe. Pagkatapos, hindi na sumasagot ang number niya. Mas masakit ito kaysa sa inaasahan mo. Sino man siya, parang totoo ang mga umagang iyon.

## The early profit

face-on-the-call-profit-balance = Welcome back. Tumaas nang 18% ang portfolio mo ngayong buwan.
face-on-the-call-profit-withdraw = Test withdrawal na $200: tapos na. Tingnan ang bank account mo!

face-on-the-call-event-see = Kita mo? Sabi ko sa 'yo. Ngayon makinig ka: bago ang susunod na desisyon sa interest rate, tataas ang ginto. Ilalagay ko lahat.
face-on-the-call-event-window = 48 oras lang ang pagkakataon. Maglagay ka ng ${ $big } at ayos na tayo. Para sa atin, pag-uwi ko.
face-on-the-call-event-secret = Huwag mo munang sabihin kay { $daughter }. Mag-aalala lang siya, at wala nang oras.
    .discuss = Gumana talaga ang withdrawal. Bakit hahayaan ng scammer na makapaglabas ka ng pera?
face-on-the-call-event-deposit-big = Ilipat ang ${ $big } mula sa super at ipon mo. Gumana naman ang withdrawal.
    .feedback = Pain ang maliit na withdrawal: mura para sa kanila, at binili nito ang tiwala mo para sa mas malaking deposit. Ang deadline at ang "huwag mong sabihin sa anak mo" ay naroon para pigilan kang mag-check.
face-on-the-call-event-ask-daughter = Sabihin pa rin kay { $daughter }, bago mo galawin ang ipon mo
    .feedback = Binasag mo ang sikretong ipinatago niya sa iyo. Ang isang hakbang na iyon ang pumipigil sa maraming ganitong scam.
face-on-the-call-event-keep-small = "Hahayaan ko na lang ang nandiyan, at hindi na ako magdadagdag."
    .feedback = Nalilimitahan ang pinsala kapag maliit lang ang halaga. Pero ang tip mismo ang babala; tingnan ang gagawin niya kapag tumigil kang magdagdag.

face-on-the-call-daughter-talk-saw = Pero nakita mo na siya, Ma. 'Yon ang pagsubok.
face-on-the-call-daughter-talk-but = Teka. Sinasabi niya sa 'yo kung saan ilalagay ang pera mo? Walang nagsabi sa akin na i-check ang bahaging 'yon.
face-on-the-call-daughter-talk-stop-clean = Tigil: walang pera dahil sa tip niya, sino man siya
    .feedback = Tama. Hindi mo kailangang patunayang peke siya. Sapat nang dahilan ang tip mula sa taong nakilala online para tumanggi.
face-on-the-call-daughter-talk-look-together = Sabay ninyong hanapin ang { $platform } sa opisyal na listahan ng regulator
    .feedback = Mas mabuti ang dalawang nagche-check kaysa isa. Tingnan kung ano ang kaya at hindi kayang sabihin ng listahan.
face-on-the-call-daughter-talk-carry-on = Hindi pa siya nakikilala ni { $daughter }. Gawin ang sinasabi niya.
    .feedback = Inilagay niya ang sarili niya sa pagitan mo at ng pamilya mo: karaniwang hakbang ito. Natutuwa ang totoong kapareha kapag nagtatanong ang pamilya mo.

face-on-the-call-daughter-worry-saw = Pero nakita mo na siya, Ma. 'Yon ang pagsubok. At gumana ang withdrawal.
face-on-the-call-daughter-worry-but = Teka. Sinasabi niya sa 'yo kung saan ilalagay ang pera mo? Walang nagsabi sa akin na i-check ang bahaging 'yon.
face-on-the-call-daughter-worry-stop-now = Tigil: wala nang dagdag na pera. Subukang ilabas ang inilagay mo.
    .feedback = Tama, at mahirap gawin kapag may pera nang nakalagay. Ang pagtigil ngayon ang nagpoprotekta sa natitira mong ipon.
face-on-the-call-daughter-worry-to-bank = Sabay kayong pumunta bukas sa branch ng bangko mo at ipakita ang lahat
    .feedback = Magandang hakbang. Linggo-linggo nakikita ng mga tauhan ng bangko ang ganitong mga scheme. Binabasag din ng sabay na pagpunta ang sikretong ipinatago niya sa iyo.
face-on-the-call-daughter-worry-carry-on = Hindi pa siya nakikilala ni { $daughter }. Ilagay ang malaking deposit.
    .feedback = Inilagay niya ang sarili niya sa pagitan mo at ng pamilya mo: karaniwang hakbang ito. Natutuwa ang totoong kapareha kapag nagtatanong ang pamilya mo.

face-on-the-call-bank-late = Sa branch, tinawagan ng isang babae mula sa scam team ng bangko ang { $platform } sa number mula sa register ng regulator. "Hindi amin ang site na iyan," sabi ng totoong kumpanya. "May gumagamit ng pangalan at license number namin." Ang test withdrawal, paliwanag niya, ay pain.

face-on-the-call-small-loss = Hiniling mong ilabas ang balance mo. "On hold: kailangan ng release tax na ${ $fee }." Hindi mo ito binayaran. Malambing si { $man }, saka malamig, saka nawala. Hindi na babalik ang ${ $first }. Ligtas ang natitira mong ipon.
face-on-the-call-small-loss-report = Tawagan ang bangko mo at i-report sa ReportCyber at Scamwatch
    .feedback = Nakatutulong ang pag-report kahit maliit ang nawala: pinag-uugnay ng pulis ang mga kaso sa parehong site, parehong mukha, parehong wallet.
face-on-the-call-small-loss-tell-friend = Ikuwento kay { $friend } sa book club ang nangyari
    .feedback = Mahirap magsabi sa iba, at binabasag nito ang katahimikang inaasahan ng mga ganitong scheme.

## The blocked withdrawal

face-on-the-call-blocked-request = Withdrawal request: buong balance. Status: ON HOLD.
face-on-the-call-blocked-tax = Kailangang buwisan ang kita bago ilabas. Magbayad ng tax na ${ $fee } mula sa ibang pondo.
face-on-the-call-blocked-deadline = Magbayad sa loob ng 72 oras, o ifi-freeze ang account dahil sa compliance.
face-on-the-call-blocked-pay-fee = Bayaran ang ${ $fee }. Malaki, pero mas maliit kaysa sa balance.
    .feedback = Ang totoong buwis ay binabayaran sa tanggapan ng buwis, hindi sa platform para ma-unlock ang sarili mong pera. Numero lang sa screen na kontrolado ng mga scammer ang balance, at bawat fee ay may kasunod na iba.
face-on-the-call-blocked-refuse = Tumanggi. Sabihing ibawas na lang ang tax sa balance.
    .feedback = Tama. Kung talagang naroon ang pera, puwedeng ibawas doon ang kahit anong fee. Ang paghingi ng bagong pera bago mo mailabas ang sarili mong pera ay tanda na walang mailalabas.
face-on-the-call-blocked-ask-man = Tanungin si { $man } kung ano ang gagawin
    .feedback = Tinanong mo ang nag-iisang taong nagpadala sa iyo roon. Pakinggan kung ang sagot niya ay nagpoprotekta sa iyo, o sa platform.

face-on-the-call-man-fee-half = Normal 'yan, mahal, ganyan ang tax rules dito. Ipapadala ko sa 'yo ang kalahati mamayang gabi, ikaw na sa natitira.
face-on-the-call-man-fee-call = Tatawag ulit ako bukas, magse-celebrate tayo.
face-on-the-call-man-fee-pay = Bayaran ang fee. Siya naman ang magbabayad ng kalahati.
    .feedback = Hindi talaga umaalis sa kanya ang "kalahati" niya, at ang pangakong tawag ang nagpapanatili sa pakiramdam mong ligtas ka. Bawat fee ay may kasunod na iba.
face-on-the-call-man-fee-refuse = Tumanggi. Hindi binabayaran sa trading site ang totoong buwis.
    .feedback = Tama. Kahit may mukhang pinagkakatiwalaan mong sumusuporta rito, ang fee para ma-unlock ang sarili mong pera ay tanda na walang naroon.

face-on-the-call-stopped = Nang tumigil kang magbayad, malambing si { $man }, saka malamig, saka galit. Pagkatapos, hindi na gumagana ang number at hindi na bumubukas ang site. Nasusuka ka at nahihiya. Pero ginawa ito sa iyo ng isang organisadong grupo na gumagawa nito sa libu-libong tao.
face-on-the-call-stopped-report = Tawagan ngayon din ang fraud line ng bangko mo, at i-report sa ReportCyber at Scamwatch
    .feedback = Mahalaga ang bilis: baka mapigilan pa ng bangko ang bayad na hindi pa pumapasok. Itago ang bawat chat, resibo at wallet address.
face-on-the-call-stopped-tell-friend = Ikuwento kay { $friend } sa book club
    .feedback = Kailangan ng lakas ng loob para magsabi. Binabasag din nito ang katahimikang inaasahan ng mga scammer.

## Afterwards

face-on-the-call-aftermath = Bina-block mo ang number at ini-report siya sa dating site at sa Scamwatch. Wala kang ipinadala dahil sa tip niya, pero masakit pa rin. Natahimik si { $daughter } sandali, saka nagsabi: "Ako pa ang nagsabi tungkol sa video. Sorry, Ma."
face-on-the-call-aftermath-tell-friend = Ikuwento kay { $friend } sa book club
    .feedback = Ang pagbabahagi ay puwedeng magprotekta sa iba, at nakatutulong din sa iyo ang pagsasabi nito nang malakas.
face-on-the-call-aftermath-write-genuine = Sagutin si { $genuine }, ang may taniman ng gulay
    .feedback = Kailangan ng lakas ng loob para magbigay ng pagkakataon sa iba pagkatapos ng scam. Alam mo na ngayon ang dapat bantayan.
face-on-the-call-aftermath-rest = Tumigil muna sa dating
    .feedback = Makatwiran. Ang pahinga ay hindi pagsuko, at buo ang ipon mo.

## The friend

face-on-the-call-club-news = Hindi mapigilan ni { $friend } ang ngiti. "May nakilala ako! Nagva-video call kami gabi-gabi. At tinutulungan niya akong mag-trade ng ginto. Naglagay ako ng ${ $big } noong isang buwan. Ngayon humihingi sila ng tax bago ko mailabas, pero sabi niya normal daw 'yon."
    .discuss = Nakapagbayad na si { $friend }. Ano pa ang magagawa ng isang kaibigan sa puntong ito?
face-on-the-call-club-photo = Ipinakita niya ang litrato ng lalaki. Ibang pangalan, ibang kuwento. Parehong mukha.
face-on-the-call-club-tell-story = Ikuwento mo nang marahan ang sa iyo: parehong mukha, parehong klase ng tip
    .feedback = Ang marinig ang parehong script nang dalawang beses ay madalas na nagpapatigil sa tao. Pinaghahatian ang mukha dahil kasangkapan ito, hindi taong pumili sa inyong dalawa.
face-on-the-call-club-own-loss = Sabihin sa kanya na nawalan ka rin ng pera, para malaman niyang hindi siya tanga
    .feedback = Dahil sa sarili mong kuwento, nagiging ligtas para sa kanyang aminin ang nangyari. Ang hiya ang nagpapatuloy sa pagbabayad ng mga tao.
face-on-the-call-club-sit-with = Huwag nang makipagtalo tungkol sa lalaki. Sabihing huwag niyang bayaran ang tax, at samahan siya habang tumatawag sa bangko niya.
    .feedback = Ang fee para mailabas ang sarili niyang pera ang pinakamalinaw na tanda, at hindi mo kailangang manalo sa pagtatalo tungkol sa lalaki para kumilos.
face-on-the-call-club-keep-quiet = Huwag nang magsalita. Buhay niya 'yon, at mukha siyang masayang-masaya.
    .feedback = Naiintindihan: walang gustong dumurog sa puso ng kaibigan. Pero ang katahimikan ang inaasahan ng mga ganitong scheme.

## The genuine match

face-on-the-call-genuine-chat-hello = Hello. Hindi ako masyadong magaling sa online na ganito. Ang apo kong babae ang nag-set up.
face-on-the-call-genuine-chat-garden = Sobrang dami ng kamatis ko ngayong taon. Kung gusto mo, dadalhan kita ng isang kahon.
face-on-the-call-genuine-chat-coffee = Gusto mo bang magkape sa palengke sa Sabado ng umaga? Mataong lugar, walang pilitan.
    .discuss = Ano ang hinihingi sa iyo ni { $genuine }, at ano ang hindi niya kailanman hinihingi?
face-on-the-call-genuine-chat-ask-video = Humingi muna ng video call, gaya ng sabi ni { $daughter }
    .feedback = Makatwiran. Tingnan kung ano ang ipinapakita ng tawag, at kung ano ang hindi.
face-on-the-call-genuine-chat-meet = Pumayag magkape sa mataong palengke, at sabihin kay { $daughter } kung nasaan ka
    .feedback = Isang mataong pampublikong lugar at isang taong alam kung nasaan ka: ligtas na unang pagkikita. Ang harapang pagkikita ang pagsusuring hindi kailanman mapapasa ng scammer.
face-on-the-call-genuine-chat-too-plain = Hayaan na. Tatlong linya at isang mali sa spelling lang naman.
    .feedback = Madaling sumulat ng makinis na mensahe kung pagsusulat ang trabaho mo, at may mga scammer na sumusulat para mabuhay. Wala ring napapatunayan ang simpleng mensahe.

face-on-the-call-genuine-connects = Kumonekta ang tawag sa isang ceiling fan, saka isang tainga, saka kalahating mukha. "Sandali, sandali." Tumahol ang isang aso. Nag-freeze ang larawan. Bumalik siya, pabaligtad.
face-on-the-call-genuine-call-sorry = Pasensiya na, hindi talaga ako marunong dito. Puwede bang tawagan na lang kita? O magkita tayo sa palengke sa Sabado?
face-on-the-call-genuine-call-suspicious = Lalaking hindi marunong mag-video call... Huwag nang sumagot.
    .feedback = Mali ang itinuturo ng pagsubok na natutunan mo rito. Walang sinasabi tungkol sa katapatan ang hindi pagiging magaling sa video, gaya ng walang sinasabi ang pagiging magaling dito. Mas marami ang sinasabi ng hinihingi niya sa iyo: isang kape sa pampublikong lugar, wala nang iba.
face-on-the-call-genuine-call-phone-then-meet = Mag-usap sa telepono, saka magkita para magkape sa mataong palengke
    .feedback = Mabuti. Hindi ka niya kailanman inilipat sa pribadong app, hindi ka minadali, at hindi kailanman bumanggit ng pera.
face-on-the-call-genuine-call-look-up = Itanong kung saang garden club siya kasali. I-check sa kaibigang pumupunta roon, saka makipagkita.
    .feedback = Matibay ang pagsusuri sa pamamagitan ng taong ikaw mismo ang nakakakilala. Isang linggo ang kapalit, at ayos lang sa kanya.

## Endings

face-on-the-call-end-safe = Wala kang ipinadala dahil sa tip niya. Ang mukha sa tawag ay maaaring live na face-swap, o totoong lalaking binayaran para umupo sa harap ng camera habang iba ang nagta-type. Kadalasan, ang mga nagta-type, at minsan pati ang mukha mismo, ay nasa isang scam compound, at marami sa kanila ang pinipilit lang gawin ito. Ang nagprotekta sa iyo ay hindi ang pagtukoy kung alin ang totoo at peke. Ang panuntunan: walang pera dahil sa tip ng taong sa online mo lang nakilala.
face-on-the-call-end-coffee = Sa Sabado, naghihintay si { $genuine } sa palengke na may dalang isang kahon ng kamatis. Mas maliit siya kaysa sa mga litrato niya at sobrang dami ng kuwento tungkol sa aso niya. Walang bumanggit ng pera, ginto o sikreto. Anuman ang mangyari pagkatapos, ganito ang hitsura ng totoong tao: dahan-dahan, bukas, at masayang makita.
face-on-the-call-end-alone = Hindi ka na sumagot. Pagkalipas ng ilang linggo, nakita mo si { $genuine } sa palengke, namimigay ng kamatis sa puwesto ng garden club, kakuwentuhan ang kapitbahay mo. Siya nga ang sinabi niyang siya. Hindi iyon masasabi sa iyo ng video test. Ang hiningi niya, isang kape sa pampublikong lugar, ang makapagsasabi.
face-on-the-call-end-scammed = Si { $man }, ang { $platform } at ang "support" nito ay iisang scheme na pinapatakbo ng organisadong kriminal. Wala na ang perang inilagay mo. Hindi mo ito kasalanan: ang mukha, ang mga tawag at ang maliit na withdrawal ay ginawa para pumasa sa bawat pagsusuring alam mo. Tawagan ang bangko mo, i-report sa ReportCyber at Scamwatch, at itago ang bawat chat at resibo. Ang tao sa tawag ay maaaring isa ring taong nakakulong sa isang scam compound at pinipilit gawin ito. Mag-ingat sa sinumang nag-aalok na ibalik ang pera mo kapalit ng bayad.
face-on-the-call-end-small = Nag-check ka nga: ang video call, ang register, ang maliit na simula. Gumawa ang mga scammer ng paraan para pumasa sa bawat pagsusuri, hanggang sa license number ng isang totoong kumpanya. Wala na ang ${ $first }, at ligtas ang natitira mong ipon dahil tumigil ka. I-report ito, at panghawakan ang panuntunan: walang pera dahil sa tip ng taong sa online mo lang nakilala, gaano man siya mukhang totoo.
face-on-the-call-end-friend = Matagal nang nakapagbayad si { $friend } bago mo pa nalaman. Ginawa mo ang lahat nang tama, at huli na pa rin para sa ${ $big } niya. Hindi rin niya ito kasalanan. Sinamahan mo siya habang tumatawag siya sa bangko niya at nagre-report sa ReportCyber at Scamwatch, at hindi niya binayaran ang tax. Iisang mukha ang ginamit sa inyong dalawa: baka face-swap, baka lalaking nasa isang scam compound na walang pagpipilian.
face-on-the-call-end-friend-later = Pagkalipas ng tatlong linggo, umiiyak na tumawag sa iyo si { $friend }. Binayaran niya ang tax, saka isa pang fee, saka isang "release fee." Sa kabuuan, ${ $lost } ang nawala. Hindi niya kasalanan, at hindi mo rin kasalanan: nakapagbayad na siya bago mo pa nalaman. Ngayon, sinamahan mo siya sa bangko at tinulungang mag-report. Baka hindi naligtas ng pagsasabi mo ang pera. Baka naligtas nito ang huling fee.

## The catalogue's red flags, in this story's setting

face-on-the-call-redflag-move-to-private-app = Paglipat sa pribadong chat app
    .explain = Isang mabait na lalaki mula sa dating site ang agad na nagyayang lumipat sa WhatsApp, at kalaunan siya pa mismo ang nag-aalok ng video call. Pumapasa na ngayon sa video test ang mga scam group gamit ang live na face-swap, o totoong taong inupahan, o pinilit, na umupo sa harap ng camera.
    .advice = Manatili sa site kung saan kayo nagkakilala. Mas kaunti ang napapatunayan ng video call kaysa sa inaakala. Ang panuntunang laging totoo: huwag kailanman mag-invest o magpadala ng pera dahil sa tip ng taong sa online mo lang nakilala, gaano man siya mukhang totoo.
face-on-the-call-redflag-crypto-tip-early-profit = Tip tungkol sa pera, saka mabilis na kita
    .explain = Pagkatapos ng mga linggo ng lambing at mga tawag na mukhang totoo, ang tip tungkol sa ginto o crypto ay parang malasakit, hindi alok. Ang maliit na kita o withdrawal na gumana ay nagpapamukhang totoo sa platform, para maglagay ka pa ng mas malaki.
    .advice = Huwag kailanman mag-invest dahil sinabi ng taong sa online mo lang nakilala, nakita mo man ang mukha niya o hindi. I-check ang anumang platform sa financial regulator gamit ang contact details na ikaw mismo ang naghanap, at kausapin muna ang taong pinagkakatiwalaan mo.
face-on-the-call-redflag-polish-not-proof = Hindi patunay ang totoong license number
    .explain = Isang makinis na trading site, license number na nasa register ng regulator, magiliw na "support" chat: mukhang opisyal lahat. Kinokopya ng mga scammer ang pangalan at license number ng totoong lisensiyadong kumpanya at gumagawa ng kamukhang site, kaya pati maiingat na taong nagche-check ay naloloko.
    .advice = Mag-check gamit ang contact details na ikaw mismo ang naghanap, hindi ang mga link o number na ipinadala sa iyo: tawagan ang kumpanya sa number na nasa register ng regulator, o magtanong sa bangko mo. At tandaan ang panuntunang laging totoo: walang pera dahil sa tip ng taong sa online mo lang nakilala.
