# Machine-drafted translation: needs review by a native speaker.
# The words of the interface. Variables are filled in by the game.

app-tagline = Matutong makilala ang mga babala ng pekeng alok na trabaho, scam compound at online scam, habang ligtas mo itong nararanasan.
narrator = Tagapagsalaysay
you = Ikaw
# $minutes: how long a scenario takes
minutes = { $minutes } minuto
# $count: how many red flags a scenario teaches
# Filipino "one" also covers 2, 3, 5, 7, 8, 10... so the count is always written out.
redflag-count = { $count ->
    [one] { $count } red flag
   *[other] { $count } red flag
}
content-note-title = Paalala tungkol sa nilalaman
content-note-leave = Puwede kang huminto o umalis anumang oras: i-type ang q (o pindutin ang q sa laro). Naka-save ang progreso mo.
press-enter = Pindutin ang Enter para magpatuloy.
# $count: the number of choices
choose-prompt = Mag-type ng numero mula 1 hanggang { $count } at pindutin ang Enter.
choose-invalid = Pakiusap, mag-type ng numero mula 1 hanggang { $count }.
choose-quit-hint = (I-type ang q para umalis.)
# $name: the red flag's short name
feedback-spotted = Napansin mo ang isang red flag: { $name }
feedback-missed = May red flag na nakalampas: { $name }
# $outcome: the name of the ending, like "Safe"
ending-title = Ang wakas: { $outcome }
debrief-title = Ang nangyari, at ang mga red flag sa dinaanan mo:
# $spotted, $total: numbers of red flags
debrief-score = Napansin mo ang { $spotted } sa { $total ->
    [one] { $total } red flag
   *[other] { $total } red flag
}. Bawat isa ay taktikang umuubra sa maraming tao; ang pagkilala rito ang pananggalang mo.
debrief-none = Walang red flag sa dinaanan mo.
debrief-spotted = Napansin
debrief-missed = Nakalampas
debrief-advice = Ang dapat gawin:
help-title = Saan hihingi ng tulong
# $kind: the scenario's situation: job-abroad, held-abroad, scam-loss, family (any: the handbook)
help-always = { $kind ->
    [scam-loss] Kung nagpadala ka ng pera: tawagan agad ang bangko mo at hilinging pigilan o bawiin ang bayad, saka mag-report sa cybercrime unit ng pulis o sa pambansang scam hotline, dala ang bawat mensahe, account at bayad. Huwag magbayad sa sinumang nag-aalok na bawiin ang pera kapalit ng bayad: ikalawang scam iyon. Hindi mo ito kasalanan, at nakatutulong ang makipag-usap sa taong pinagkakatiwalaan mo. Saan lalapit:
    [held-abroad] Kung ikaw o may kakilala kang hawak sa ibang bansa: iparating sa embahada mo, sa pambansang hotline o sa pamilya mo kung nasaan ka, ang pangalan ng lugar at ilan ang naroon. Malapit sa mga compound, maaaring may koneksiyon ang lokal na pulis sa mga boss, kaya ito muna ang lapitan:
    [family] Kung may kapamilya kang hawak sa ibang bansa: huwag magpadala ng pera nang mag-isa. Dalhin muna ang bawat hinihingi, numero at mensahe sa embahada o sa pambansang hotline; kaya nilang kumilos nang hindi lalong inilalagay sa panganib ang kapamilya mo. Makipag-ugnayan dito:
   *[other] Bago ka tumanggap ng trabaho sa abroad: suriin ang employer at ang agency sa ahensiya ng gobyerno para sa mga migrant worker, huwag kailanman ibigay ang passport mo sa iba, at sabihin sa taong pinagkakatiwalaan mo kung saan ka pupunta. Kung ikaw o may kakilala kang nasa panganib, makipag-ugnayan sa embahada ng bansa mo o sa isa sa mga ito:
}
# $contact: a phone number or address
help-contact = Kontak: { $contact }
session-left = Umalis ka sa session. Ayos lang iyon, palagi. Ingatan mo ang sarili mo.
scenario-list-title = Mga kuwento:
# $count: the number of scenarios
scenario-pick = Pumili ng kuwento: mag-type ng numero mula 1 hanggang { $count } at pindutin ang Enter.
unknown-scenario = Walang ganoong kuwento.
no-scenarios = Walang kuwentong puwedeng laruin.

channel-facebook = Facebook
channel-instagram = Instagram
channel-tiktok = TikTok
channel-website = Website
channel-jobsite = Job site
channel-whatsapp = WhatsApp
channel-telegram = Telegram
channel-line = LINE
channel-wechat = WeChat
channel-viber = Viber
channel-messenger = Messenger
channel-signal = Signal
channel-dating = Dating app
channel-sms = Text message
channel-email = Email
channel-call = Tawag sa telepono
channel-in-person = Harapan
channel-narration = Kuwento

outcome-safe = Ligtas
outcome-scammed = Na-scam
outcome-paid = Nagbayad, at tuloy pa rin ang paniningil
outcome-trafficked = Biktima ng trafficking
outcome-escaped = Nakatakas
outcome-helped = May natulungan ka

stage-advert = Ang job ad
stage-recruiter = Ang recruiter
stage-travel = Ang biyahe at pagdating
stage-compound = Sa loob ng compound
stage-target = Ang taong sina-scam

## The full-screen game

title-scenarios = Mga kuwento
# $title: a scenario's title
title-resume = Ituloy: { $title }
# Draft translation by a helper (issue 19), to be reviewed by a translator.
plain-resume-offer = Iniwan mo ang “{ $title }” sa kalagitnaan. I-type ang 1 para ituloy mula sa iniwan mo, o 2 para magsimula ng bago.
resume-changed = Nagbago ang senaryong ito mula nang huminto ka, kaya magsisimula ito ulit sa simula.
# Draft translation by a helper (issue 20), to be reviewed by a translator.
reload-changed = Nagbago ang senaryong ito sa disk at wala na ang bahaging kinaroroonan mo. Piliin ito para magsimula ulit.
keys-title = ↑↓ galaw · Enter laro · l wika · h handbook · s settings · ? tulong · q alis
keys-list = ↑↓ galaw · Enter pili · Esc balik
keys-play = ↑↓ galaw · Enter o 1-9 pili · PgUp/PgDn scroll · ? tulong · q alis
keys-continue = Enter tuloy · PgUp/PgDn scroll · ? tulong · q alis
keys-typing = kahit anong key: ipakita lahat · q alis
keys-scroll = ↑↓ PgUp PgDn scroll · Esc balik
keys-debrief = ↑↓ scroll · r subukan ang ibang daan · t title screen · ? tulong
keys-rewind = ↑↓ galaw · Enter bumalik sa piniling ito · Esc kanselahin
play-what-now = Ano ang gagawin mo?
play-continue = Magpatuloy
play-ending-continue = Tingnan ang nangyari, at ang mga red flag sa dinaanan mo
play-feedback = Ang ibig sabihin ng piniling ito
# $spotted, $missed: numbers of red flags so far
status-redflags = Red flag: { $spotted } napansin · { $missed } nakalampas
debrief-rewind-title = Bumalik sa isang pagpili at subukan ang ibang daan
handbook-title = Handbook ng mga red flag
handbook-locked = Naka-lock: makita muna ang red flag na ito sa isang kuwento para mabasa ito
handbook-source = Pinagmulan:
# $met, $total: numbers of red flags
handbook-met = Nakita mo na ang { $met } sa { $total } red flag.
language-title = Wika
language-status-complete = kumpleto
language-status-reviewed = nasuri na
language-status-machine-drafted = gawa ng makina, hindi pa nasusuri
language-status-partial = bahagya pa lang naisalin
settings-title = Settings
# $name: the language's own name
settings-language = Wika: { $name }
# $theme: theme-default or theme-high-contrast
settings-theme = Kulay: { $theme }
# $state: setting-on or setting-off
settings-typing = Paghinto habang nagta-type sa chat: { $state }
theme-default = karaniwan
theme-high-contrast = high contrast
setting-on = on
setting-off = off
help-keys-title = Mga key
help-keys =
    ↑ ↓ o j k       gumalaw
    Enter o 1-9     pumili
    Enter o Space   magpatuloy
    PgUp PgDn       i-scroll ang mga mensahe
    click ng mouse  pumili, magpatuloy
    r               subukan ang ibang daan (pagkatapos ng wakas)
    l h s           wika, handbook, settings (sa title screen)
    q o Esc         umalis (naka-save ang progreso mo)
    ?               ang tulong na ito
help-close = Pindutin ang kahit anong key para isara ang tulong na ito.
confirm-leave = Aalis ka na ba sa kuwentong ito? Naka-save ang progreso mo: maitutuloy mo ito mula sa title screen.
confirm-quit = Isasara na ba ang redflag?
confirm-keys = y oo · n hindi
# $width, $height: the smallest window size
too-small = Pakilakihan ang window: kahit { $width } × { $height } man lang.
errors-title = May mga error sa content: ayusin muna, tapos bumalik sa title screen
content-note-keys = Enter simulan · Esc balik
# $name: who sent the email
email-from = Mula: { $name }

## The discernment quiz

quiz-title-pre = Bago ka maglaro: totoo o scam?
quiz-title-post = Pagkatapos maglaro: totoo o scam?
# $count: the number of items
quiz-intro = Makakakita ka ng { $count } maiikling mensahe at job ad. May totoo, may scam. Sa bawat isa, sabihin kung gaano ka kasigurado. Walang time limit.
# $n: this item's number; $count: how many
quiz-progress = { $n } sa { $count }
quiz-scale = 1 siguradong ligtas · 2 malamang ligtas · 3 baka ligtas · 4 baka scam · 5 malamang scam · 6 siguradong scam
quiz-prompt = Mag-type ng numero mula 1 hanggang 6 at pindutin ang Enter.
quiz-invalid = Pakiusap, mag-type ng numero mula 1 hanggang 6.
# $skill: high, some or low; $hits of $scams, $false_alarms of $genuine; $lean: all-scam, all-safe, suspicious, trusting or balanced
quiz-result = { $skill ->
    [high] Mahusay mong natukoy ang scam at ang totoong alok: mas mataas ang marka mo sa mga scam kaysa sa mga totoo.
    [some] May ilang scam kang natukoy mula sa mga totoong alok: madalas mas mataas ang marka mo sa mga scam, pero hindi palagi.
   *[low] Mahirap ngayon ang pagtukoy ng scam at totoong alok: halos hula lang ang mga sagot mo.
} Tinawag mong scam ang { $hits } sa { $scams } na scam, at ang { $false_alarms } sa { $genuine } na totoo. { $lean ->
    [all-scam] Tinawag mong scam ang lahat. Mabuti ang mag-ingat, pero hindi nito sinasabi kung aling alok ang totoo, at may totoong trabaho at totoong tulong din.
    [all-safe] Tinawag mong ligtas ang lahat. May mga scam dito: nandiyan ang mga red flag sa laro para tulungan kang makita sila.
    [suspicious] Kumiling ka sa pagtawag ng scam. Mabuti ang mag-ingat, pero may totoong trabaho at totoong tulong din.
    [trusting] Kumiling ka sa pagtawag na ligtas: may ilang scam na mukhang totoo sa iyo.
   *[balanced] Hindi ka kumiling sa "ligtas" o sa "scam".
}
quiz-review-title = Ang mga sagot:
quiz-answer = { $n }. { $title }: { $genuine ->
    [yes] totoo
   *[no] scam
}. Sagot mo: { $rating ->
    [1] 1, siguradong ligtas
    [2] 2, malamang ligtas
    [3] 3, baka ligtas
    [4] 4, baka scam
    [5] 5, malamang scam
   *[6] 6, siguradong scam
}.

## Facilitator mode and the quiz in the full-screen game

facilitator-held = Nakuha na ang pinili ng grupo. Pag-usapan muna ito; tapos pindutin ang r para makita kung ano ang ibig sabihin nito.
facilitator-discuss = Pag-usapan:
keys-held = r ipakita · ? tulong · q alis
keys-play-facilitator = ↑↓ galaw · Enter o 1-9 pili · c bilangin ang grupo · ? tulong · q alis
keys-quiz = 1-6 sagot · ↑↓ Enter · q alis
keys-continue-only = Enter tuloy · ↑↓ scroll
room-title = Mga tanong para sa grupo
room-what-happened = Ano ang nangyari sa kuwentong ito? Sino ang natulungan, at sino ang napahamak?
room-what-noticed = Ano ang napansin ninyo habang naglalaro? Aling mga babala ang lumitaw, at alin ang nakalampas?
room-what-would-you-do = Ano ang gagawin mo, o ano ang sasabihin mo sa isang kaibigan, kung sa iyo dumating ang alok o mensaheng ito?
room-where-help = Saan puwedeng humingi ng tulong ang isang tao rito, ngayon mismo? (Nasa ibaba ang listahan.)
tally-title = Ilan sa grupo ang pumili ng bawat opsyon?
keys-tally = ↑↓ galaw · mag-type ng numero · Backspace · Enter save · Esc kanselahin
# $state: setting-on or setting-off
settings-quiz = Quiz bago at pagkatapos ng bawat kuwento: { $state }

# The room (`redflag serve`).
# Machine-drafted translation: needs review by a native speaker.
room-goodbye-title = Salamat sa paglalaro
room-goodbye = Natapos na ang session na ito. Ang mga pinili mo ay itinabi para sa talakayan ng grupo, nang walang pangalan mo.
room-goodbye-keys = Pindutin ang anumang key para isara.
room-wrong-code = Hindi tama ang room code na iyan. Tingnan ang code na nakapakita sa harap ng silid, saka kumonekta ulit.
room-full = Puno na ang silid sa ngayon. Sabihan ang facilitator, saka subukan ulit makalipas ang isang minuto.
room-paused = Hindi tumatanggap ng bagong manlalaro ang silid sa ngayon. Sabihan ang facilitator.
room-participant-prompt = I-type ang participant code na ibinigay ng facilitator (tulad ng P07), saka pindutin ang Enter. Huwag ang pangalan mo.
room-participant-invalid = Ang code ay mga titik, numero, - o _ lamang, tulad ng P07. Subukan ulit.
# Draft translation by a helper (issue 19), to be reviewed by a translator.
participant-looks-like-name = “{ $code }” ay mukhang pangalan. Code tulad ng P07 ang itinatala, hindi kailanman pangalan. Mag-type ng code na gagamitin sa halip, o pindutin ang Enter para panatilihin ang “{ $code }”.
# Draft translation by a helper (issue 19), to be reviewed by a translator.
room-participant-looks-like-name = “{ $code }” ay mukhang pangalan. Code tulad ng P07 ang itinatala ng kuwarto, hindi kailanman pangalan. Mag-type ng code sa halip, o pindutin ang Enter para panatilihin ang “{ $code }”.

# The room's web page (`redflag serve --web`): a phone or a browser joins with the room code.
web-title = redflag: ang silid
web-code-label = Room code
web-join = Sumali
web-connecting = Kumokonekta…
web-closed = Natapos na ang session. Para maglaro ulit, pindutin ang "Sumali".
web-lost = Naputol ang koneksyon sa silid. Tingnan ang Wi-Fi, saka pindutin ang "Sumali".
web-terminal = Ang laro
web-keys = Mga key
web-key-1 = Piliin ang 1
web-key-2 = Piliin ang 2
web-key-3 = Piliin ang 3
web-key-4 = Piliin ang 4
web-key-enter = Enter: tuloy
web-key-up = Mag-scroll pataas
web-key-down = Mag-scroll pababa
web-key-help = Tulong: ang mga key
web-key-leave = Umalis sa kuwento

## The country picker
settings-country = Bansa para sa tulong: { $name }
# Draft translation by a helper (issue 19), to be reviewed by a translator.
settings-keep-results = Magtago ng tala ng bawat session sa computer na ito (para sa ulat ng workshop): { $state }
country-title = Ang bansa mo
country-first = Saan ka nakatira? Ipinapakita ng laro ang tulong na maaabot mo mula roon: mga hotline, ahensiya, kung saan magre-report. Mag-type para hanapin ang bansa mo, o piliin ang "Ibang bansa". Mapapalitan mo ito mamaya sa settings.
country-filter = Hanapin:
country-none = hindi pa napili
country-other = Ibang bansa (ipakita lang ang tulong para sa lahat)
keys-country = mag-type para maghanap · ↑↓ galaw · Enter pili · Esc balik
# $sources: the sources of a red flag, short: "FBI, 2023; UNODC, 2024"
redflag-source = Pinagmulan: { $sources }

## Country names, for the picker
country-au = Australia
country-cn = China
country-et = Ethiopia
country-id = Indonesia
country-in = India
country-ke = Kenya
country-kh = Cambodia
country-la = Laos
country-lk = Sri Lanka
country-my = Malaysia
country-ng = Nigeria
country-np = Nepal
country-ph = Pilipinas
country-th = Thailand
country-ug = Uganda
country-us = Estados Unidos
country-vn = Vietnam

# Added with the player's screen (issue 21): machine-drafted, needs review.
more-above = ↑ may iba pa sa itaas (PgUp)
more-below = ↓ may iba pa sa ibaba (PgDn)
press-enter-typed = (Walang pipiliin dito, kaya hindi nagamit ang tinype mo. Tuloy ang kuwento.)
tally-shown = { $count ->
    [one] 1 sa kuwarto
   *[other] { $count } sa kuwarto
}
