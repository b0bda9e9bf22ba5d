# Machine-drafted translation: needs review by a native speaker.
wrong-number-title = Wrong number
wrong-number-summary = Isang magiliw na estranghero ang nagkamali ng text sa iyo, at pagkatapos ay patuloy na nakipag-chat. Retirado ka na at tahimik ang mga hapon mo: ikaw ang magpapasya kung hanggang saan aabot ang chat.

## Characters

wrong-number-character-texter = Hindi kilalang numero
wrong-number-character-unknown = Hindi kilalang numero
wrong-number-character-stranger = { wrong-number-stranger-name }
wrong-number-character-friend = { $friend }
wrong-number-character-recovery = Asset Recovery Desk
wrong-number-character-member = Hindi kilalang numero
wrong-number-character-platform = { $app }
wrong-number-character-regulator = Financial regulator, linya para sa mga tanong
wrong-number-character-teller = Ang teller sa sangay ng iyong bangko

## Variables

wrong-number-who-ray = Ray, 67, isang biyudo sa Brisbane, Australia
wrong-number-who-teresita = Teresita, 64, isang retiradong guro sa Iloilo
wrong-number-who-mei-ling = Mei Ling, 70, isang lola sa Ipoh, Malaysia
wrong-number-group-walking = walking group
wrong-number-group-choir = koro
wrong-number-group-tai-chi = klase sa tai chi
wrong-number-friend-lily = Lily
wrong-number-friend-tony = Tony
wrong-number-friend-rosa = Rosa
wrong-number-member-bernie = Bernie
wrong-number-member-lourdes = Lourdes
wrong-number-member-siew-lan = Siew Lan
wrong-number-app-aurex = Aurex Markets
wrong-number-app-bitnova = BitNova Pro
wrong-number-app-coinwell = Coinwell Global

# The stranger: $stranger is a number, 1 or 2 for a woman, 3 or 4 for a man. Each locale chooses the name and
# the gendered words here, with a selector on $stranger; the other messages use these by reference.
wrong-number-stranger-name = { $stranger ->
    [1] Anna
    [2] Vivian
    [3] Daniel
   *[4] Marco
}
# "woman" or "man"
wrong-number-person = { $stranger ->
    [3] lalaki
    [4] lalaki
   *[other] babae
}
# "she" or "he"
wrong-number-she = { $stranger ->
   *[other] siya
}
# "her" or "him"
wrong-number-her = { $stranger ->
   *[other] siya
}

## A real wrong number

wrong-number-intro = Ikaw si { $who }. Mula nang magretiro ka, mahahaba at tahimik ang mga araw. Ang pinakamasayang bahagi ng linggo mo ay ang { $group } tuwing Huwebes. Isang Lunes ng umaga, nag-vibrate ang phone mo.

wrong-number-plumber = Hi Rob, si Sue ito, ang kapitbahay mo. Darating pa ba ang tubero bukas nang alas-diyes? Iiwan kong bukas ang gate.
wrong-number-plumber-reply-wrong = Sumagot: "Pasensya na, mukhang wrong number po kayo."
    .feedback = Mabait at simple. Ngayon, pansinin ang susunod na mangyayari: mas marami itong sasabihin sa iyo kaysa sa unang mensahe.
wrong-number-plumber-ignore = Huwag pansinin. Hindi mo tubero, hindi mo problema
    .feedback = Ayos lang din iyan. Hindi ka obligadong sumagot sa isang estranghero.
wrong-number-plumber-block-first = I-block at i-report ito. Nabasa mo na ang tungkol sa ganitong mga text
    .feedback = Puwede, at wala kang mawawala. Pero totoong pagkakamali ito: nangyayari araw-araw ang maling numero. Ang naglalantad sa scam ay ang nangyayari pagkatapos ng "wrong number".

wrong-number-sorry-oops = Naku, sorry po talaga! Mali pala ang na-type kong number. Pasensya na!
wrong-number-sorry-bye = Magandang araw po.
wrong-number-sorry-say-ok = Sumagot ng "Walang problema!" at ituloy ang araw mo
    .feedback = Ganito ang hitsura ng totoong wrong number: paghingi ng paumanhin, at wala nang kasunod. Wala nang chat, walang tanong tungkol sa buhay mo, walang usapang pera.
wrong-number-sorry-block-anyway = I-block at i-report ang number, para sigurado
    .feedback = Puwede, pero totoong pagkakamali ito: nag-sorry si Sue at tumigil. Araw-araw may nagkakamali ng number. Ang nagbubunyag sa scam ay ang nangyayari pagkatapos mong sabihing "wrong number".
wrong-number-sorry-chat-more = Sumagot: "Walang problema! Sana mas maaasahan ang tubero mo kaysa sa akin."
    .feedback = Natural ang magiliw na biro. Tingnan kung ano ang gagawin dito ng totoong tao.

wrong-number-sorry-chat-ha = Haha! Salamat. Pasensya ulit!
wrong-number-sorry-chat-gone = (Wala nang sumunod. May kapitbahay pang hahanapin si Sue at tuberong hihintayin.)

## The scam begins

wrong-number-anna-text = Hi, si { wrong-number-stranger-name } ito! Tuloy pa ba tayo sa tsaa mamaya?
    .discuss = Paano mo makikilala ang totoong maling numero mula sa simula ng isang scam?
wrong-number-anna-text-tell-wrong = Sumagot nang mabait: "Pasensya na, wrong number po kayo."
    .feedback = Normal ang magalang na sagot, at karamihan ay ganito ang ginagawa. Ang totoong pagsubok ay ang susunod: mag-sorry ba ang nag-text at titigil na?
wrong-number-anna-text-ask-who = Sumagot: "Pasensya, sino po ito?"
    .feedback = Natural na tanong. Sinasabi rin nito sa nagpadala na may totoong taong nagbabasa sa numerong ito. Tingnan ang isasagot.
wrong-number-anna-text-block-now = I-block at i-report ang number nang hindi sumasagot
    .feedback = Ligtas, at karapatan mo iyan: wala kang mawawala kapag nag-block ka ng estranghero. Tandaan lang na ang isang mensahe ay puwedeng totoong pagkakamali. Ang babala ay ang estrangherong patuloy na nakikipag-chat pagkatapos mong sabihing "wrong number".

wrong-number-keeps-chatting-sorry = Naku, nakakahiya! Maling numero pala, pasensya na talaga.
    .discuss = Ano ang kaibahan nito sa totoong maling numero?
wrong-number-keeps-chatting-kind = Pero parang ang bait ninyo. Bihira na ang sumasagot nang ganito kaganda ngayon.
wrong-number-keeps-chatting-fate = Ako si { wrong-number-stranger-name }, may maliit akong flower shop. Baka tadhana ang pagkakamaling ito? Taga-saan ka?
wrong-number-keeps-chatting-chat-back = Makipag-chat nang kaunti. Magiliw si { wrong-number-stranger-name }, at mahaba ang hapon
    .feedback = Ang totoong maling numero ay humihingi ng paumanhin at tumitigil. Ito ay humingi ng paumanhin at nagpatuloy, may papuri at tanong tungkol sa iyo. Karaniwang simula ito ng mahahabang scam, at gumagana dahil masarap sa kahit sino ang kabaitan at kasama.
wrong-number-keeps-chatting-keep-polite = Sumagot nang magalang, at walang sabihin tungkol sa tirahan mo o sa mga ari-arian mo
    .feedback = Wala kang ibinigay, at magandang ugali iyon. Pero pansinin ang nangyayari: ang estrangherong nagpapatuloy ng usapan pagkatapos ng "wrong number" ay siya mismong pattern.
wrong-number-keeps-chatting-block-report = Batiin si { wrong-number-stranger-name } ng magandang araw, saka i-block at i-report ang numero
    .feedback = Magaling. Ang totoong maling numero ay humihingi ng paumanhin at tumitigil. Ang "wrong number" na nagiging magiliw na chat ay kilalang simula ng romance at investment scam.

wrong-number-move-app-whatsapp = Ang mahal mag-text mula rito. Puwede ba tayong mag-usap sa WhatsApp? Ito ang number ko.
wrong-number-move-app-photo = (May dumating na litrato: isang nakangiting { wrong-number-person } sa maliwanag na café, may tsarera sa mesa.)
wrong-number-move-app-add = Idagdag si { wrong-number-stranger-name } sa WhatsApp. Lahat naman gumagamit nito
    .feedback = Ang mabilis na paglipat sa pribadong chat app ay karaniwang hakbang sa mga scam na ito: doon, walang ibang nakakakita ng usapan. Mag-isa, wala itong napapatunayan, pero kasama ng estrangherong ayaw bumitaw pagkatapos ng maling numero, babala ito.
wrong-number-move-app-ask-video = Sabihin: "Bago iyan, mag-video call muna tayo sandali, para alam ko kung sino ang kausap ko."
    .feedback = Makatarungang pagsubok: madalas umiiwas sa video ang mga gumagawa ng ganitong scam, dahil sa ibang tao ang mga litrato. Nakatutulong ang tawag, pero puwede itong pekein gamit ang face-swap. Ang panuntunang laging totoo: huwag kailanman mag-invest o magpadala ng pera dahil sa tip ng taong sa online mo lang nakilala.
wrong-number-move-app-stay-sms = Sabihing ayaw mong lumipat ng app, at hanggang doon na lang
    .feedback = Pinanatili mo ito kung saan nagsimula. Nagpadala si { wrong-number-stranger-name } ng malungkot na mukha; sumulat { wrong-number-she } nang dalawang beses pa, saka tumigil: ang usapang gumagana lang sa pribadong app ay hindi kailanman tungkol sa pagkakaibigan.

## Weeks of warm chat

wrong-number-friendship-morning = Magandang umaga! Nagtimpla ako ng tsaa at naisip kita. Maayos ba ang tulog mo?
    .discuss = Bakit napakaepektibo ng ganitong araw-araw na mensahe?
wrong-number-friendship-lonely = Pumanaw ang nanay ko noong isang taon. Mula noon, pakiramdam ko mag-isa na lang ako sa malaking lungsod na ito.
wrong-number-friendship-best-part = Ang pakikipag-usap sa iyo ang pinakamasayang bahagi ng araw ko. Naiintindihan mo talaga ako.
wrong-number-friendship-open-up = Ikuwento kay { wrong-number-stranger-name } ang buhay mo, ang pamilya mo at kung gaano katahimik ang mga araw
    .feedback = Ang araw-araw na lambing, pinagsasaluhang dalamhati at "naiintindihan mo ako" ay mabilis bumuo ng ugnayan. Tinatawag itong love bombing, at gumagana ito sa sinumang medyo nalulungkot, na halos lahat tayo. Inaalam din ng estranghero kung ano ang mahalaga sa iyo.
wrong-number-friendship-ask-video = Magmungkahi ng video call. Masarap sanang makita si { wrong-number-stranger-name }
    .feedback = Magandang pagsubok. Linggo-linggong magiliw na mensahe at hindi kailanman nakikita ang mukha: isa ito sa pinakamalinaw na senyales ng mga scam na ito. Kahit ang tawag ay puwedeng pekein, kaya ito ang tuntuning totoo: huwag mag-invest o magpadala ng pera dahil sa tip ng taong nakilala mo online.
wrong-number-friendship-step-back = Masyadong matamis, masyadong mabilis. Tumigil sa pagsagot at i-block si { wrong-number-stranger-name }
    .feedback = Magandang kutob. Ang mabilis na pagiging malapít ng estrangherong nakakita sa iyo "nang hindi sinasadya", sa pribadong app, ay kilalang pattern. Puwede kang umatras nang walang paliwanag.

wrong-number-no-video-camera = Naku, sira ang camera ng phone ko, nakakahiya.
wrong-number-no-video-shy = At sa totoo lang, mahiyain ako. Ang pangit ng itsura ko ngayon.
wrong-number-no-video-promise = Sa susunod na linggo, pangako! Dito muna tayo mag-chat.
wrong-number-no-video-accept = Hayaan na. Maraming taong nahihiya sa camera
    .feedback = Puwedeng totoo ang isang palusot, pero laging may kasunod na iba. Ang taong araw-araw kang kinakausap pero hindi kailanman makapagpakita ng mukha ay may itinatagong pagkatao.
wrong-number-no-video-accept-later = Hayaan na. Maraming taong nahihiya sa camera
    .feedback = Puwedeng totoo ang isang palusot, pero laging may kasunod na iba. Ang taong araw-araw kang kinakausap pero hindi kailanman makapagpakita ng mukha ay may itinatagong pagkatao.
wrong-number-no-video-voice-call = "Kung gano'n, tawag na lang sa telepono. Gusto kong marinig ang boses mo."
    .feedback = Makatwirang gitnang daan, at maraming totoong tao ang mas gusto ang voice call. Ipinapakita nito na may totoong tao roon; hindi nito ipinapakita kung para kanino siya nagtatrabaho.
wrong-number-no-video-stop-block = Walang video, wala nang chat. I-block at i-report si { wrong-number-stranger-name }
    .feedback = Tama. Ang kaibigang laging "malapit nang" mag-video call pero hindi kailanman ginagawa ay klasikong senyales. Madalas kinukuha ang mga litrato sa profile ng iba, at kahit ang tawag ay puwedeng pekein, kaya hindi kailanman ligtas ang tip sa pera mula sa kaibigang online.

wrong-number-voice-hello = Dumating ang tawag nang gabing iyon. Mainit na boses, banayad na punto, tawa sa mga biro mo, kalansing ng mga tasa sa likod: "Nasa shop ako, pasensya sa ingay!"
    .discuss = Totoo ang boses. Ano ang napatunayan ng tawag, at ano ang hindi?
wrong-number-voice-weeks = Mula noon halos araw-araw kayong nag-uusap, minsan isang oras. Naaalala ni { wrong-number-stranger-name } ang pangalan ng mga apo mo, at laging kinukumusta { wrong-number-she } ang kalusugan mo.

## The money

wrong-number-crypto-tip-uncle = Alam mo, tinuruan ako ng tito ko ng crypto trading. Alam niya kung kailan gagalaw ang market.
    .discuss = Bakit lumalabas lang ang usapang pera pagkatapos ng ilang linggong pagkakaibigan?
wrong-number-crypto-tip-profit = (Isang screenshot mula sa { $app }: isang account na tumaas nang libo-libong dolyar ngayong linggo.)
wrong-number-crypto-tip-try = Gusto kong maging maganda rin ang retirement mo. Magsimula ka sa maliit, ${ $first } lang. Gagabayan kita hakbang-hakbang.
wrong-number-crypto-tip-try-small = Subukan ang ${ $first }. Maliit na halaga lang, at napakabait ni { wrong-number-stranger-name }
    .feedback = Ang tip tungkol sa crypto o trading app mula sa taong nakilala mo online ang puso ng scam na ito. Bahagi ng plano ang "magsimula sa maliit": ang maliit na panalo ay bumubuo ng tiwala para sa malaking deposito.
wrong-number-crypto-tip-check-platform = Sabihing titingnan mo muna mismo ang { $app } bago ka maglagay ng kahit isang sentimo
    .feedback = Tama ang magsuri bago gumalaw ang pera. Tingnan kung ano ang kaya at hindi kayang sabihin ng mga pagsusuri.
wrong-number-crypto-tip-say-no = Sabihing hindi ka tumatanggap ng payo sa pera mula sa taong hindi mo pa nakikita nang personal, at umalis sa chat
    .feedback = Ang estrangherong nagbabanggit ng crypto pagkatapos ng ilang linggong magiliw na usapan ay sumusunod sa script. Hindi kailangan ng totoong kaibigan na mag-invest ka para manatili siyang kaibigan. Mawawala ang araw-araw na mensahe, at tahimik muli ang mga hapon.

wrong-number-check-platform-store = Nasa app store ang { $app }: 4.6 stars, higit 10,000 download, may mga review mula sa mga kaedad mo.
    .discuss = Pumasa ang bawat pagsusuri rito. Ano pa ang gusto mong malaman?
wrong-number-check-platform-register = May kompanya at numero ng lisensya sa website nito. Hinanap mo ang sariling website ng financial regulator: nasa register ang kompanya, kasama ang lisensya.
wrong-number-check-platform-stranger = { wrong-number-stranger-name }: "Mabuti, huwag magtiwala nang basta-basta, kahit sa akin! Maglagay lang ng kayang mawala, at subukan muna ang withdrawal."
wrong-number-check-platform-small-test = Maglagay ng ${ $first } lang, at subukan ang withdrawal bago ang kahit ano pa
    .feedback = Ginawa mo ang itinuturo sa maingat na tao: suriin ang register, magsimula sa maliit, sumubok. Ginawa ang platform na ito para pumasa sa mismong mga pagsusuring iyon.
wrong-number-check-platform-call-regulator = Tawagan ang regulator sa numerong nasa sarili nitong website at itanong ang app na ito
    .feedback = Sinasabi ng register na may kompanyang ganoon. Ang regulator lang ang makapagsasabi kung talagang sa kompanyang iyon ang app na ito. Isang umagang naka-hold ito.
wrong-number-check-platform-ask-bank = Dalhin ang telepono sa sangay ng bangko at ipatingin doon
    .feedback = Magandang pagsusuri ang magtanong sa taong linggo-linggong nakakakita ng scam sa pera. Isang umaga sa pila ang kapalit, at kaunting hiya.

wrong-number-regulator-wait = Apatnapung minuto ng musika. Saka isang pagod pero mabait na boses ang naghanap ng pangalan.
wrong-number-regulator-clone = "Totoo at lisensyado ang kompanyang iyan, pero wala itong app na { $app }. May kumopya ng pangalan at numero ng lisensya nito: nasa warning list namin ito mula noong isang buwan. Huwag po kayong magpadala ng kahit ano."

wrong-number-teller-queue = Kinuha ng teller, na buwan-buwan ka nang nakikita sa loob ng dalawampung taon, ang telepono mo at kumunot ang noo.
wrong-number-teller-seen = "Dalawang beses ko nang nakita ang app na ito ngayong linggo. Kaibigan mula sa wrong-number na text, isang tip, pangalan ng totoong kompanya. Huwag po kayong maglagay ng kahit ano. Sabay nating i-report."

wrong-number-early-profit-grown = Tingnan mo! Lumaki nang halos 30% ang ${ $first } mo sa loob ng isang linggo!
wrong-number-early-profit-test = (Sinabi ni { wrong-number-stranger-name } na maglabas ka ng $50, pangsubok. Ginawa mo, at dumating ito sa bangko mo kinabukasan.)
wrong-number-early-profit-bonus = Kita mo? Totoo! At ngayong linggo lang, may 30% bonus ang platform sa mga deposit na lampas ${ $big }. Sa ipon mo, makakapagpahinga ka na rin sa wakas!
wrong-number-early-profit-invest-savings = Ilipat ang malaking bahagi ng ipon mo. Gumana naman ang test withdrawal
    .feedback = Ang maliit na kita sa simula, at ang maliit na withdrawal na talagang dumating, ay pain: pinagtitiwala ka nito sa app para sa mas malaking halaga. Hindi totoong pera ang malalaking numero sa screen.
wrong-number-early-profit-stop-now = Wala nang idadagdag, at ilabas ang laman
    .feedback = Ang maliit na tubo at madaling unang withdrawal ay para bumuo ng tiwala para sa malaking deposito. Ang pagtigil ngayon ay nagliligtas sa iyong ipon.

wrong-number-withdraw-all-hold = Naka-hold ang withdrawal. Ang mga account na mas mababa sa ${ $big } ay kailangang magbayad ng 20% na tax bago mailabas ang pondo.
wrong-number-withdraw-all-stranger = { wrong-number-stranger-name }: "Patakaran lang iyan sa maliliit na account! Bayaran ang tax, o magdagdag pa at wala nang tax."
wrong-number-withdraw-all-pay-small-tax = Bayaran ang tax: maliit lang, at lalabas na ang pera
    .feedback = Ang totoong platform ay kumukuha ng bayad mula sa iyong balanse; hindi ito humihingi ng bagong pera bago ka makapag-withdraw. Laging may kasunod na bayad.
wrong-number-withdraw-all-refuse-report = Walang babayaran. I-save ang mga chat, tawagan ang bangko at i-report
    .feedback = Tama. Ang withdrawal na naka-hold hanggang magbayad ka ng "tax" ang huling yugto ng mga scam na ito. Wala na ang nasa app, at pinapaliit ng pagtigil ang pagkawala.
wrong-number-withdraw-all-refuse-report-checked = Walang babayaran. I-save ang mga chat, tawagan ang bangko at i-report
    .feedback = Tama. Ang withdrawal na naka-hold hanggang magbayad ka ng "tax" ang huling yugto ng mga scam na ito. Wala na ang nasa app, at pinapaliit ng pagtigil ang pagkawala.
wrong-number-withdraw-all-tell-club = Walang babayaran, at dalhin ito sa iyong { $group } sa Huwebes
    .feedback = Mahirap magsabi sa mga kakilala pagkatapos mawalan. Ganito rin napipigilan ang pagkalat ng mga scam na ito.

## Going far

wrong-number-blocked-grow = Inilipat mo ang ${ $big } sa app. Araw-araw lumalaki ang balanse, at nagpapadala si { wrong-number-stranger-name } ng mga puso at pagbati.
    .discuss = "Nandoon" ang pera, pero hindi ito lalabas nang walang isa pang bayad. Bakit napakahirap tumigil dito? Ano ang sasabihin mo sa isang kaibigan?
wrong-number-blocked-frozen = Nang subukan mong maglabas ng pera, ito ang lumabas sa app: "Withdrawal on hold. Magbayad ng tax na ${ $tax } para mailabas ang pondo mo."
wrong-number-blocked-she-says = Sumulat si { wrong-number-stranger-name }: "Huwag kang mag-alala, lahat nagbabayad ng tax. Puwede pa kitang pahiramin nang kaunti!"
wrong-number-blocked-pay-tax = Bayaran ang tax. Maliit lang ito kumpara sa balance
    .feedback = Ang totoong platform ay kumukuha ng fee mula sa balance mo; hindi ito humihingi ng bagong pera bago ka makapag-withdraw. Ang "tax" na ito ang susunod na hakbang ng scam, at may susunod pa rito.
wrong-number-blocked-borrow = Tanggapin ang alok ni { wrong-number-stranger-name } na pahiramin ka ng kalahati ng tax
    .feedback = Ang alok na tumulong magbayad ay parang patunay ng malasakit. Bahagi ito ng script: ginagawa nitong normal ang "tax" at pinapanatili kang nagbabayad.
wrong-number-blocked-stop-report = Huwag nang magbayad. I-save ang lahat, tawagan ang bangko mo at i-report ito
    .feedback = Tama. Ang withdrawal na naka-block hangga't hindi ka nagbabayad ng "tax", "fee" o "top up" ang huling yugto ng ganitong scam. Tawagan agad ang bangko mo, dahil minsan ay napipigilan pa ang transfer, tapos i-report ito.

wrong-number-more-fees-paid = Binayaran mo ang tax. Kinabukasan, ito ang sabi ng app: "Account under review. Magbayad ng ${ $tax } na security deposit para ma-unlock ang pondo mo."
wrong-number-more-fees-almost = Sumulat si { wrong-number-stranger-name }: "Nakakainis! Pero ito na ang huling hakbang, tapos magdiriwang tayo."
wrong-number-more-fees-pay-deposit = Magbayad pa nang isang beses. Malapit ka na
    .feedback = Walang huling hakbang: bawat bayad ay may kasunod na bago, hanggang tumigil ka. Hindi kailanman totoo ang balance sa screen.
wrong-number-more-fees-stop = Tumigil. I-save ang lahat, tawagan ang bangko mo at i-report ito
    .feedback = Tama. Ang pangalawang "fee" pagkatapos ng una ay nagpapakitang hindi kailanman darating ang withdrawal. Ang pagtigil ngayon ay nagpoprotekta sa natitira.

wrong-number-silent = Nagbayad ka. Kinaumagahan, ayaw nang bumukas ng app, at hindi na sumasagot si { wrong-number-stranger-name }. Makalipas ang isang linggo, may dumating na email.

wrong-number-recovery = Alam naming nawalan kayo ng pera sa isang crypto scam. Katuwang ng team namin ang FBI at mga international regulator, at kaya naming bawiin ang ${ $big } ninyo. Para magsimula, magbayad po ng 10% fee sa USDT.
wrong-number-recovery-pay-fee = Bayaran ang fee. Sulit kung mababawi ang pera
    .feedback = Pangalawang scam ito, para sa mga taong kawawalan lang ng pera. Ang totoong pulis at regulator ay hindi kailanman naniningil ng fee sa crypto para mabawi ang pera mo.
wrong-number-recovery-ask-bank = Ipasa ang email sa fraud team ng bangko at itanong kung ano ang tingin nila
    .feedback = Linggo-linggong nakikita ng bangko ang ganitong email, at wala itong hinihingi. Alam din nito kung aling mga report ang makakatulong pa.
wrong-number-recovery-refuse = Huwag sumagot. I-report ang email kasama ng lahat ng iba pa
    .feedback = Tama. Ang "recovery" firm na nagsasabing konektado sa FBI o sa isang regulator at humihingi ng fee sa crypto ay kilalang pangalawang scam. Hindi naniningil ang totoong awtoridad para mag-imbestiga.

## The club

wrong-number-club-day = Noong Huwebes, sa { $group }, lumapit sa iyo ang kaibigan mong si { $friend }, hawak ang phone at nakangiti.

wrong-number-club-show = Tingnan mo ito! May nag-text sa akin nang hindi sinasadya noong isang buwan. Ngayon araw-araw kaming nag-uusap. Ang bait-bait.
    .discuss = Paano mo ito babanggitin sa isang kaibigan nang hindi siya napapahiya?
wrong-number-club-uncle = At ang tiyuhin niya ay crypto trader. Kaya raw niya akong tulungang kumita. Susubukan ko ba?
wrong-number-club-warn = Ikuwento kay { $friend } ang nangyari sa iyo, at tulungan siyang i-block at i-report ang number
    .feedback = Magaling. Kumakalat ang scam dahil sa pananahimik, at ang salita ng isang kaibigan ang madalas na pumipigil dito. Ang "wrong number" na nauuwi sa araw-araw na chat at pagkatapos ay tip tungkol sa pera ay ang mismong pattern na naranasan mo.
wrong-number-club-explain-real = Ipakita kay { $friend } ang pagkakaiba: ang totoong wrong number mo ay nag-sorry at tumigil; ito, hindi kailanman
    .feedback = Magaling. Natutulungan nito si { $friend } na makilala ang pagkakaiba ng dalawa, nang hindi natatakot sa bawat mensahe. Ang totoong pagkakamali ay nagtatapos sa paghingi ng paumanhin. Ang scam ay patuloy na nakikipag-chat, lumilipat sa private app at napupunta sa pera.
wrong-number-club-share-loss = Aminin nang tapat kay { $friend } na naglagay ka rin ng pera, at kung ano ang nangyari
    .feedback = Kailangan ng lakas ng loob para diyan. Ang hiya ang nagpapatahimik sa maraming tao, at umaasa roon ang mga scammer. Ang sarili mong kuwento ay maaaring siyang magpatigil kay { $friend }.
wrong-number-club-stay-quiet = Huwag magsalita. Pribadong bagay iyon ni { $friend }
    .feedback = Mabait ang ayaw mapahiya ang isang kaibigan. Pero umaasa ang ganitong scam sa pananahimik, at nasa yugto si { $friend } kung saan pinakamalaki ang maitutulong ng isang salita mo.
wrong-number-club-stay-quiet-lost = Walang sabihin. Kailangan mong aminin ang sarili mong pagkawala
    .feedback = Hiya ang nagpapatahimik sa mga tao, at umaasa rito ang mga scam na ito. Hindi kahangalan ang nangyari sa iyo, at makakatulong ito kay { $friend } ngayon.

## A friend on a new number

wrong-number-new-number-hi = Hi! Si { $member } ito mula sa { $group }. Nahulog ang telepono ko sa lababo, kaya ito ang bago kong numero. Paki-save!
    .discuss = Kilalang panlilinlang din ang mensaheng "bagong numero". Ano ang makapagpapatiyak sa iyo, nang hindi bastos?
wrong-number-new-number-lift = Sasama ka pa ba sa Huwebes? Susunduin kita nang alas-9, gaya ng dati.
wrong-number-new-number-reply-yes = Sumagot ng "Oo, salamat!" at i-save ang bagong numero
    .feedback = Totoo ito sa pagkakataong ito. Wala kang hiningi kundi "oo". Panlilinlang din ng mga scammer ang text na "bagong numero" ("Hi Ma, nawala ang phone ko"), kaya mura ang mabilis na pagsusuri: kung may biglang humingi ng pera o code, tumigil at tawagan ang lumang numero.
wrong-number-new-number-ask-question = Itanong ang bagay na si { $member } lang ang nakakaalam: "Ano ang dinala mo sa huling picnic?"
    .feedback = Magiliw na tanong na ang totoong tao lang ang makasasagot. Walang gastos, at tatawa ang totoong kaibigan.
wrong-number-new-number-call-leader = Tawagan ang lider ng { $group } para alamin kung bagong numero nga ito ni { $member }
    .feedback = Pagsusuri sa pamamagitan ng taong kilala mo na. Isang tawag at kaunting ilang ang kapalit, at natutuwa ang lider na nagtanong ka.
wrong-number-new-number-block = I-block ito. Sobra na ang kakaibang text ngayong linggo
    .feedback = Pagkatapos ng mga nakaraang araw, walang makasisisi sa iyo. Pero kaibigan ito, at may kapalit din ang pag-block sa lahat.

wrong-number-answer-cake = Haha! Ang palpak kong lemon cake. Walang kumain, kahit ako.

## Endings

wrong-number-end-safe = Ligtas ang iyong ipon: tumigil ka bago gumalaw ang anumang pera. Ang mga mensaheng tulad ng galing kay "{ wrong-number-stranger-name }" ay ipinapadala ng mga kriminal na grupo. Maaaring hindi kusang scammer ang nagta-type: marami ang nalinlang ng pekeng trabaho sa ibang bansa at pinipilit magpadala ng ganitong mensahe mula sa isang scam compound.
wrong-number-end-genuine = Sa Huwebes, nasa gate mo si { $member } nang alas-nuwebe, may bagong telepono at kuwento tungkol sa lababo. Walang humingi sa iyo ng kahit ano: ganyan ang itsura ng totoong bagong numero. Panlilinlang ang mga text ng estranghero ngayong linggo; kaibigan ang isang ito. Ang pagsusuri ay hindi katulad ng pagtanggi sa lahat.
wrong-number-end-missed = Sa Huwebes, medyo nasaktang nagtanong si { $member } kung bakit na-block ang mensahe mula sa bagong numero: napunta sa iba ang sundo, at nag-bus ka. Ipinaliwanag mo ang mga kakaibang text, at tumawa at umunawa si { $member }. Karapatan mong i-block ang estranghero; napanatili sana ng maikling pagsusuri ang kaibigan.
wrong-number-end-helped = Sabay ninyong na-block at na-report ni { $friend } ang numero, bago pa gumalaw ang mas maraming pera. Nang sumunod na linggo, dalawa pang tao sa { $group } ang nagsabing nakatanggap sila ng ganoong mensahe, at alam na nila kung ano iyon. Ang nagta-type bilang "{ wrong-number-stranger-name }" ay maaaring pinilit gawin iyon sa isang scam compound; ang bukas na pag-uusap ang nagprotekta sa iyong mga kaibigan.
wrong-number-end-small = Wala na ang inilagay mo sa { $app }. Ginawa mo ang itinuturo sa maingat na tao: sinuri mo ang app store at ang register ng regulator, nagsimula ka sa maliit, sinubukan mo ang withdrawal, at tumigil ka nang humingi pa ito. Kopya ang platform ng isang lisensyadong kompanya, ginawa para pumasa sa mga pagsusuring iyon. Hindi mo ito kasalanan. Tawagan ang bangko, i-report kasama ang mga chat, at panghawakan ang tuntuning totoo kahit pumasa ang bawat pagsusuri: walang pera dahil sa tip ng taong nakilala mo online.
wrong-number-end-lost-first = Wala na ang inilagay mo sa { $app }. Tumigil ka bago napasok ang iyong ipon, at iyon ang mahirap na bahagi: karamihan ay nagbabayad pa para mailabas ang ipinapakita ng screen. Hindi mo ito kasalanan; ginawa ang maliit na tubo at madaling unang withdrawal para makuha ang tiwala. Tawagan ang bangko, i-report kasama ang mga chat at pangalan ng app, at magsabi sa taong pinagkakatiwalaan mo.
wrong-number-end-scammed = Hindi kailanman totoo ang pera sa app, at wala na ang ibinayad mo. Planadong krimen ito ng mga bihasang kriminal, hindi kahangalan: nabibiktima ang mga tao sa lahat ng edad. Ngayon, tawagan ang bangko mo, i-report ito sa pulis at sa pambansang serbisyo sa pag-report ng scam, at sabihin sa taong pinagkakatiwalaan mo. Mag-ingat sa sinumang nag-aalok na bawiin ang pera kapalit ng bayad.
wrong-number-end-recovery = Kinuha ng "recovery" firm ang fee at naglaho: mga scammer din ang nagpapatakbo nito. Karaniwan ang mabiktima nang dalawang beses, at hindi mo ito kasalanan. Itigil ang lahat ng bayad, tawagan ang bangko mo, at i-report ang dalawang scam sa pulis at sa pambansang serbisyo sa pag-report ng scam. Ang totoong tulong ay hindi kailanman humihingi ng fee sa crypto.

## The catalogue's red flags, in this story's setting

wrong-number-redflag-move-to-private-app = Paglipat sa pribadong chat app
    .explain = Ang magiliw na estranghero mula sa "wrong number" na text ay mabilis na nagyayayang lumipat sa WhatsApp, Line, Telegram o WeChat. Walang nagbabantay sa pribadong app, madaling burahin ang chat, at mas personal ang pakiramdam: doon nabubuo ang tiwala bago pa mabanggit ang pera.
    .advice = Panatilihing maikli at hayag ang chat sa mga estranghero. Nakatutulong ang video call pero puwedeng pekein gamit ang face-swap. Ang panuntunang laging totoo: huwag kailanman mag-invest o magpadala ng pera dahil sa tip ng taong sa online mo lang nakilala.
wrong-number-redflag-polish-not-proof = Hindi patunay ang lisensya sa register
    .explain = Kinokopya ng mga pekeng trading app ang pangalan at numero ng lisensya ng totoong lisensyadong kompanya, kaya pumapasa ang pagsuri sa register. Kasama ang magagandang review sa app store at maliit na withdrawal na gumagana, nalilinlang din ang maingat na tao.
    .advice = Tanungin ang regulator, sa numerong nasa sarili nitong website, kung sa lisensyadong kompanya nga ang app na ito; marami ang may listahan ng mga kopya. At panghawakan ang tuntuning totoo kahit pumasa ang bawat pagsusuri: walang pera dahil sa tip ng taong nakilala mo online.
