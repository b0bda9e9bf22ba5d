# Machine-drafted translation: needs review by a native speaker.
wrong-number-title = Wrong number
wrong-number-summary = Isang magiliw na estranghero ang nagkamali ng text sa iyo, at pagkatapos ay patuloy na nakipag-chat. Retirado ka na at tahimik ang mga hapon mo: ikaw ang magpapasya kung hanggang saan aabot ang chat.

## Characters

wrong-number-character-texter = Hindi kilalang numero
wrong-number-character-unknown = Hindi kilalang numero
wrong-number-character-stranger = { $stranger }
wrong-number-character-friend = { $friend }
wrong-number-character-recovery = Asset Recovery Desk

## Variables

wrong-number-who-ray = Ray, 67, isang biyudo sa Brisbane, Australia
wrong-number-who-teresita = Teresita, 64, isang retiradong guro sa Iloilo
wrong-number-who-mei-ling = Mei Ling, 70, isang lola sa Ipoh, Malaysia
wrong-number-group-walking = walking group
wrong-number-group-choir = koro
wrong-number-group-tai-chi = klase sa tai chi
wrong-number-stranger-anna = Anna
wrong-number-stranger-jenny = Jenny
wrong-number-stranger-vivian = Vivian
wrong-number-friend-lily = Lily
wrong-number-friend-tony = Tony
wrong-number-friend-rosa = Rosa

## A real wrong number

wrong-number-intro = Ikaw si { $who }. Mula nang magretiro ka, mahahaba at tahimik ang mga araw. Ang pinakamasayang bahagi ng linggo mo ay ang { $group } tuwing Huwebes. Isang Lunes ng umaga, nag-vibrate ang phone mo.

wrong-number-plumber = Hi Rob, si Sue ito, ang kapitbahay mo. Darating pa ba ang tubero bukas nang alas-diyes? Iiwan kong bukas ang gate.
wrong-number-plumber-reply-wrong = Sumagot: "Pasensya na, mukhang wrong number po kayo."
    .feedback = Mabait at simple. Ngayon, pansinin ang susunod na mangyayari: mas marami itong sasabihin sa iyo kaysa sa unang mensahe.
wrong-number-plumber-ignore = Huwag pansinin. Hindi mo tubero, hindi mo problema
    .feedback = Ayos lang din iyan. Hindi ka obligadong sumagot sa isang estranghero.

wrong-number-sorry-oops = Naku, sorry po talaga! Mali pala ang na-type kong number. Pasensya na!
wrong-number-sorry-bye = Magandang araw po.
wrong-number-sorry-say-ok = Sumagot ng "Walang problema!" at ituloy ang araw mo
    .feedback = Ganito ang hitsura ng totoong wrong number: paghingi ng paumanhin, at wala nang kasunod. Wala nang chat, walang tanong tungkol sa buhay mo, walang usapang pera.
wrong-number-sorry-block-anyway = I-block at i-report ang number, para sigurado
    .feedback = Puwede, pero totoong pagkakamali ito: nag-sorry si Sue at tumigil. Araw-araw may nagkakamali ng number. Ang nagbubunyag sa scam ay ang nangyayari pagkatapos mong sabihing "wrong number".

## The scam begins

wrong-number-anna-text = Hi, si { $stranger } ito! Tuloy pa ba tayo sa tsaa mamaya?
    .discuss = Paano mo makikilala ang totoong wrong number mula sa simula ng isang scam?
wrong-number-anna-text-tell-wrong = Sumagot nang mabait: "Pasensya na, wrong number po kayo."
    .feedback = Normal ang magalang na sagot, at karamihan ay ganito ang ginagawa. Ang totoong pagsubok ay ang susunod: mag-sorry ba ang nag-text at titigil na?
wrong-number-anna-text-block-now = I-block at i-report ang number nang hindi sumasagot
    .feedback = Ligtas, at karapatan mo iyan: wala kang mawawala kapag nag-block ka ng estranghero. Tandaan lang na ang isang mensahe ay puwedeng totoong pagkakamali. Ang babala ay ang estrangherong patuloy na nakikipag-chat pagkatapos mong sabihing "wrong number".

wrong-number-keeps-chatting-sorry = Naku, nakakahiya! Sorry po talaga.
    .discuss = Ano ang naiiba rito kumpara sa totoong wrong number?
wrong-number-keeps-chatting-kind = Pero parang ang bait ninyo. Bihira na ang sumasagot nang ganito kaganda ngayon.
wrong-number-keeps-chatting-fate = Ako si { $stranger }, may maliit akong flower shop. Baka tadhana ang pagkakamaling ito? Taga-saan po kayo?
wrong-number-keeps-chatting-chat-back = Makipag-chat nang kaunti. Magiliw siya, at mahaba ang hapon
    .feedback = Ang totoong wrong number ay nagso-sorry at tumitigil. Ito, nag-sorry pero nagpatuloy, may kasamang papuri at mga tanong tungkol sa iyo. Karaniwan itong simula ng mahahabang scam, at umuubra ito dahil masarap sa pakiramdam ng kahit sino ang kabaitan at may kausap.
wrong-number-keeps-chatting-block-report = Batiin siya ng magandang araw, tapos i-block at i-report ang number
    .feedback = Magaling, napansin mo. Ang totoong wrong number ay nagso-sorry at tumitigil. Ang "wrong number" na nauuwi sa magiliw na chat ay kilalang simula ng romance at investment scam.

wrong-number-move-app-whatsapp = Ang mahal mag-text mula rito. Puwede ba tayong mag-usap sa WhatsApp? Ito ang number ko.
wrong-number-move-app-photo = (Nagpadala siya ng litrato: isang nakangiting babae sa isang maaliwalas na café, may tsarera sa mesa.)
wrong-number-move-app-add = I-add siya sa WhatsApp. Ginagamit naman iyon ng lahat
    .feedback = Karaniwang hakbang sa ganitong mga scam ang mabilis na paglipat sa private chat app: doon, walang ibang nakakakita ng usapan. Hindi ito patunay kung ito lang, pero kasama ng estrangherong ayaw bumitaw pagkatapos ng wrong number, babala ito.
wrong-number-move-app-ask-video = Sabihin: "Bago iyan, mag-video call muna tayo sandali, para alam ko kung sino ang kausap ko."
    .feedback = Makatarungang pagsubok: madalas umiiwas sa video ang mga gumagawa ng ganitong scam, dahil sa ibang tao ang mga litrato. Nakatutulong ang tawag, pero puwede itong pekein gamit ang face-swap. Ang panuntunang laging totoo: huwag kailanman mag-invest o magpadala ng pera dahil sa tip ng taong sa online mo lang nakilala.

## Weeks of warm chat

wrong-number-friendship-morning = Magandang umaga! Nagtimpla ako ng tsaa at naisip kita. Maayos ba ang tulog mo?
    .discuss = Bakit napakaepektibo ng ganitong araw-araw na mensahe?
wrong-number-friendship-lonely = Pumanaw ang nanay ko noong isang taon. Mula noon, pakiramdam ko mag-isa na lang ako sa malaking lungsod na ito.
wrong-number-friendship-best-part = Ang pakikipag-usap sa iyo ang pinakamasayang bahagi ng araw ko. Naiintindihan mo talaga ako.
wrong-number-friendship-open-up = Ikuwento sa kanya ang buhay mo, ang pamilya mo at kung gaano katahimik ang mga araw
    .feedback = Ang araw-araw na lambing, ang pinagsasaluhang lungkot at ang "naiintindihan mo ako" ay mabilis na bumubuo ng samahan. Tinatawag itong love bombing, at umuubra ito sa sinumang medyo malungkot, na halos lahat tayo. Inaalam din niya kung ano ang mahalaga sa iyo.
wrong-number-friendship-ask-video = Magmungkahi ng video call. Masarap sana siyang makita
    .feedback = Magandang pagsubok. Ilang linggo ng malalambing na mensahe pero hindi kailanman nagpapakita ng mukha: isa iyan sa pinakamalinaw na senyales ng ganitong scam. Kahit tawag ay puwedeng pekein, kaya ang panuntunang laging totoo: huwag kailanman mag-invest o magpadala ng pera dahil sa tip ng taong sa online mo lang nakilala.
wrong-number-friendship-step-back = Sobrang tamis, sobrang bilis. Tumigil sa pagsagot at i-block siya
    .feedback = Tama ang kutob mo. Ang mabilis na pagiging malapit ng estrangherong nakakita sa iyo "nang hindi sinasadya", sa isang private app, ay kilalang pattern. Puwede kang lumayo nang hindi nagpapaliwanag.

wrong-number-no-video-camera = Naku, sira ang camera ng phone ko, nakakahiya.
wrong-number-no-video-shy = At sa totoo lang, mahiyain ako. Ang pangit ng itsura ko ngayon.
wrong-number-no-video-promise = Sa susunod na linggo, pangako! Dito muna tayo mag-chat.
wrong-number-no-video-accept = Hayaan na. Maraming taong nahihiya sa camera
    .feedback = Puwedeng totoo ang isang palusot, pero laging may kasunod na iba. Ang taong araw-araw kang kinakausap pero hindi kailanman makapagpakita ng mukha ay may itinatagong pagkatao.
wrong-number-no-video-accept-later = Hayaan na. Maraming taong nahihiya sa camera
    .feedback = Puwedeng totoo ang isang palusot, pero laging may kasunod na iba. Ang taong araw-araw kang kinakausap pero hindi kailanman makapagpakita ng mukha ay may itinatagong pagkatao.
wrong-number-no-video-stop-block = Walang video, wala nang chat. I-block at i-report siya
    .feedback = Tama. Ang kaibigang laging "malapit nang" mag-video call pero hindi kailanman tumatawag ay klasikong senyales. Madalas kinukuha ang mga litrato sa profile ng iba, at kahit tawag ay puwedeng pekein, kaya hindi kailanman ligtas ang tip tungkol sa pera mula sa online na kaibigan.

## The money

wrong-number-crypto-tip-uncle = Alam mo, tinuruan ako ng tito ko ng crypto trading. Alam niya kung kailan gagalaw ang market.
    .discuss = Bakit lumalabas lang ang usapang pera pagkatapos ng ilang linggong pagkakaibigan?
wrong-number-crypto-tip-profit = (Nagpadala siya ng screenshot mula sa isang trading app: ilang libong dolyar ang itinaas ng account niya ngayong linggo.)
wrong-number-crypto-tip-try = Gusto kong maging maganda rin ang retirement mo. Magsimula ka sa maliit, ${ $first } lang. Gagabayan kita hakbang-hakbang.
wrong-number-crypto-tip-try-small = Subukan ang ${ $first }. Maliit lang naman, at napakabait niya
    .feedback = Ang tip tungkol sa crypto o trading app mula sa taong nakilala mo online ang puso ng scam na ito. Bahagi ng plano ang "magsimula sa maliit": ang maliit na panalo ay bumubuo ng tiwala para sa malaking deposit sa huli.
wrong-number-crypto-tip-say-no = Tumanggi: hindi ka tumatanggap ng payo tungkol sa pera mula sa taong hindi mo pa nakikita. Tapos i-block siya
    .feedback = Tama. Ang estrangherong naglalabas ng usapang crypto pagkatapos ng ilang linggong malambing na chat ay sumusunod sa isang script. Ang totoong kaibigan ay hindi mangangailangang mag-invest ka para manatili kayong magkaibigan.

wrong-number-early-profit-grown = Tingnan mo! Lumaki nang halos 30% ang ${ $first } mo sa loob ng isang linggo!
wrong-number-early-profit-test = (Sinabihan ka niyang mag-withdraw ng $50, para masubukan. Ginawa mo, at pumasok ito sa bangko mo kinabukasan.)
wrong-number-early-profit-bonus = Kita mo? Totoo! At ngayong linggo lang, may 30% bonus ang platform sa mga deposit na lampas ${ $big }. Sa ipon mo, makakapagpahinga ka na rin sa wakas!
wrong-number-early-profit-invest-savings = Ilipat ang malaking bahagi ng ipon mo. Gumana naman ang test withdrawal
    .feedback = Ang maliit na kita sa simula, at ang maliit na withdrawal na talagang dumating, ay pain: pinagtitiwala ka nito sa app para sa mas malaking halaga. Hindi totoong pera ang malalaking numero sa screen.
wrong-number-early-profit-stop-now = Tumigil dito. Huwag nang maglagay pa, i-block siya at i-report ang app
    .feedback = Magaling. Ang maliit na kita at madaling unang withdrawal ay para bumuo ng tiwala para sa malaking deposit. Ang pagtigil ngayon ay nagliligtas sa ipon mo, kahit mawala pa ang unang maliit na halaga.

## Going far

wrong-number-blocked-grow = Inilipat mo ang ${ $big } sa app. Araw-araw lumalaki ang balance, at nagpapadala si { $stranger } ng mga puso at pagbati.
    .discuss = "Nandiyan" ang pera, pero hindi ito mailalabas nang walang isa pang bayad. Bakit napakahirap tumigil dito? Ano ang sasabihin mo sa isang kaibigan?
wrong-number-blocked-frozen = Nang subukan mong maglabas ng pera, ito ang lumabas sa app: "Withdrawal on hold. Magbayad ng tax na ${ $tax } para mailabas ang pondo mo."
wrong-number-blocked-she-says = Sabi ni { $stranger }: "Huwag kang mag-alala, lahat nagbabayad ng tax. Puwede pa nga kitang pahiramin nang kaunti!"
wrong-number-blocked-pay-tax = Bayaran ang tax. Maliit lang ito kumpara sa balance
    .feedback = Ang totoong platform ay kumukuha ng fee mula sa balance mo; hindi ito humihingi ng bagong pera bago ka makapag-withdraw. Ang "tax" na ito ang susunod na hakbang ng scam, at may susunod pa rito.
wrong-number-blocked-stop-report = Huwag nang magbayad. I-save ang lahat, tawagan ang bangko mo at i-report ito
    .feedback = Tama. Ang withdrawal na naka-block hangga't hindi ka nagbabayad ng "tax", "fee" o "top up" ang huling yugto ng ganitong scam. Tawagan agad ang bangko mo, dahil minsan ay napipigilan pa ang transfer, tapos i-report ito.

wrong-number-more-fees-paid = Binayaran mo ang tax. Kinabukasan, ito ang sabi ng app: "Account under review. Magbayad ng ${ $tax } na security deposit para ma-unlock ang pondo mo."
wrong-number-more-fees-almost = Sabi ni { $stranger }: "Nakakainis! Pero huling hakbang na ito, tapos magse-celebrate tayo."
wrong-number-more-fees-pay-deposit = Magbayad pa nang isang beses. Malapit ka na
    .feedback = Walang huling hakbang: bawat bayad ay may kasunod na bago, hanggang tumigil ka. Hindi kailanman totoo ang balance sa screen.
wrong-number-more-fees-stop = Tumigil. I-save ang lahat, tawagan ang bangko mo at i-report ito
    .feedback = Tama. Ang pangalawang "fee" pagkatapos ng una ay nagpapakitang hindi kailanman darating ang withdrawal. Ang pagtigil ngayon ay nagpoprotekta sa natitira.

wrong-number-silent = Nagbayad ka. Kinaumagahan, ayaw nang magbukas ng app, at hindi na sumasagot si { $stranger }. Makalipas ang isang linggo, may dumating na email.

wrong-number-recovery = Alam naming nawalan kayo ng pera sa isang crypto scam. Katuwang ng team namin ang FBI at mga international regulator, at kaya naming bawiin ang ${ $big } ninyo. Para magsimula, magbayad po ng 10% fee sa USDT.
wrong-number-recovery-pay-fee = Bayaran ang fee. Sulit kung mababawi ang pera
    .feedback = Pangalawang scam ito, para sa mga taong kawawalan lang ng pera. Ang totoong pulis at regulator ay hindi kailanman naniningil ng fee sa crypto para mabawi ang pera mo.
wrong-number-recovery-refuse = Huwag sumagot. I-report ang email kasama ng lahat ng iba pa
    .feedback = Tama. Ang "recovery" firm na nagsasabing konektado sa FBI o sa isang regulator at humihingi ng fee sa crypto ay kilalang pangalawang scam. Hindi naniningil ang totoong awtoridad para mag-imbestiga.

## The club

wrong-number-club-day = Noong Huwebes, sa { $group }, lumapit sa iyo ang kaibigan mong si { $friend }, hawak ang phone at nakangiti.

wrong-number-club-show = Tingnan mo ito! May babaeng nagkamali ng text sa akin noong isang buwan. Ngayon araw-araw na kaming nag-uusap. Ang bait-bait niya.
    .discuss = Paano mo ito babanggitin sa isang kaibigan nang hindi siya napapahiya?
wrong-number-club-uncle = At crypto trader ang tito niya. Sabi niya, matutulungan niya akong kumita. Susubukan ko ba?
wrong-number-club-warn = Ikuwento kay { $friend } ang nangyari sa iyo, at tulungan siyang i-block at i-report ang number
    .feedback = Magaling. Kumakalat ang scam dahil sa pananahimik, at ang salita ng isang kaibigan ang madalas na pumipigil dito. Ang "wrong number" na nauuwi sa araw-araw na chat at pagkatapos ay tip tungkol sa pera ay ang mismong pattern na naranasan mo.
wrong-number-club-explain-real = Ipakita kay { $friend } ang pagkakaiba: ang totoong wrong number mo ay nag-sorry at tumigil; ito, hindi kailanman
    .feedback = Magaling. Natutulungan nito si { $friend } na makilala ang pagkakaiba ng dalawa, nang hindi natatakot sa bawat mensahe. Ang totoong pagkakamali ay nagtatapos sa paghingi ng paumanhin. Ang scam ay patuloy na nakikipag-chat, lumilipat sa private app at napupunta sa pera.
wrong-number-club-share-loss = Aminin nang tapat kay { $friend } na naglagay ka rin ng pera, at kung ano ang nangyari
    .feedback = Kailangan ng lakas ng loob para diyan. Ang hiya ang nagpapatahimik sa maraming tao, at umaasa roon ang mga scammer. Ang sarili mong kuwento ay maaaring siyang magpatigil kay { $friend }.
wrong-number-club-stay-quiet = Huwag magsalita. Pribadong bagay iyon ni { $friend }
    .feedback = Mabait ang ayaw mapahiya ang isang kaibigan. Pero umaasa ang ganitong scam sa pananahimik, at nasa yugto si { $friend } kung saan pinakamalaki ang maitutulong ng isang salita mo.

## Endings

wrong-number-end-safe = Na-block at na-report mo ang number, at ligtas ang ipon mo. Ang mga mensaheng tulad ng galing kay "{ $stranger }" ay ipinapadala ng mga kriminal na grupo. Ang taong nagta-type ay maaaring hindi scammer dahil ginusto niya: marami sa kanila ay mga taong naloko sa pekeng trabaho sa abroad at pinipilit magpadala ng ganitong mensahe mula sa isang scam compound.
wrong-number-end-helped = Sabay ninyong na-block at na-report ni { $friend } ang number, bago pa may mailipat na pera. Sa sumunod na linggo, dalawa pang tao sa { $group } ang nagsabing nakatanggap din sila ng ganoong mensahe, at alam na nila ngayon kung ano iyon. Ang taong nagta-type bilang "{ $stranger }" ay maaaring pinilit lang gawin iyon sa isang scam compound; ang bukas na pag-uusap ang nagprotekta sa mga kaibigan mo.
wrong-number-end-scammed = Hindi kailanman totoo ang pera sa app, at wala na ang ibinayad mo. Planadong krimen ito ng mga bihasang kriminal, hindi kahangalan: nabibiktima ang mga tao sa lahat ng edad. Ngayon, tawagan ang bangko mo, i-report ito sa pulis at sa pambansang serbisyo sa pag-report ng scam, at sabihin sa taong pinagkakatiwalaan mo. Mag-ingat sa sinumang nag-aalok na bawiin ang pera kapalit ng bayad.
wrong-number-end-recovery = Kinuha ng "recovery" firm ang fee at naglaho: mga scammer din ang nagpapatakbo nito. Karaniwan ang mabiktima nang dalawang beses, at hindi mo ito kasalanan. Itigil ang lahat ng bayad, tawagan ang bangko mo, at i-report ang dalawang scam sa pulis at sa pambansang serbisyo sa pag-report ng scam. Ang totoong tulong ay hindi kailanman humihingi ng fee sa crypto.

## The catalogue's red flags, in this story's setting

wrong-number-redflag-move-to-private-app = Paglipat sa pribadong chat app
    .explain = Ang magiliw na estranghero mula sa "wrong number" na text ay mabilis na nagyayayang lumipat sa WhatsApp, Line, Telegram o WeChat. Walang nagbabantay sa pribadong app, madaling burahin ang chat, at mas personal ang pakiramdam: doon nabubuo ang tiwala bago pa mabanggit ang pera.
    .advice = Panatilihing maikli at hayag ang chat sa mga estranghero. Nakatutulong ang video call pero puwedeng pekein gamit ang face-swap. Ang panuntunang laging totoo: huwag kailanman mag-invest o magpadala ng pera dahil sa tip ng taong sa online mo lang nakilala.
