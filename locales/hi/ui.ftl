# Machine-drafted translation: needs review by a native speaker.
# The words of the interface. Variables are filled in by the game.

app-tagline = नकली नौकरी के ऑफ़र, ठगी के अड्डों और ऑनलाइन ठगी के ख़तरे के संकेत पहचानना सीखें: इन्हें सुरक्षित तरीक़े से ख़ुद जीकर।
narrator = कहानी
you = आप
# $minutes: how long a scenario takes
minutes = { $minutes } मिनट
# $count: how many red flags a scenario teaches
# Hindi CLDR: "one" covers 0 and 1, so the number is written with $count, not as "1".
redflag-count = { $count ->
    [one] { $count } ख़तरे का संकेत
   *[other] { $count } ख़तरे के संकेत
}
content-note-title = ध्यान दें
content-note-leave = जब चाहें, रुकें या खेल छोड़ दें: q टाइप करें (या खेल में q दबाएँ)। आपकी प्रगति सहेजी रहती है।
press-enter = आगे बढ़ने के लिए Enter दबाएँ।
# $count: the number of choices
choose-prompt = 1 से { $count } तक कोई नंबर टाइप करें और Enter दबाएँ।
choose-invalid = कृपया 1 से { $count } तक कोई नंबर टाइप करें।
choose-quit-hint = (छोड़ने के लिए q टाइप करें।)
# $name: the red flag's short name
feedback-spotted = आपने ख़तरे का संकेत पहचान लिया: { $name }
feedback-missed = ख़तरे का एक संकेत निकल गया: { $name }
# $outcome: the name of the ending, like "Safe"
ending-title = अंत: { $outcome }
debrief-title = क्या हुआ, और आपके रास्ते में ख़तरे के कौन-से संकेत थे:
# $spotted, $total: numbers of red flags
debrief-score = आपने { $total ->
    [one] { $total } ख़तरे के संकेत
   *[other] { $total } ख़तरे के संकेतों
} में से { $spotted } पहचाने। हर संकेत एक चाल है जो बहुत लोगों पर चलती है; इसे जान लेना ही आपकी हिफ़ाज़त है।
debrief-none = इस रास्ते पर ख़तरे का कोई संकेत नहीं आया।
debrief-spotted = पहचाना
debrief-missed = निकल गया
debrief-advice = क्या करें:
help-title = मदद कहाँ मिलेगी
# $kind: the scenario's situation: job-abroad, held-abroad, scam-loss, family (any: the handbook)
help-always = { $kind ->
    [scam-loss] अगर आपने पैसे भेजे हैं: तुरंत अपने बैंक को फ़ोन करें और भुगतान रोकने या वापस मँगाने को कहें, फिर हर संदेश, खाते और भुगतान के साथ पुलिस की साइबर इकाई या अपने देश की ठगी हेल्पलाइन पर शिकायत करें। जो कोई फ़ीस लेकर पैसे वापस दिलाने की बात करे, उसे कभी पैसे न दें: वह दूसरी ठगी है। इसमें आपकी ग़लती नहीं थी, और किसी भरोसेमंद व्यक्ति से बात करने से मदद मिलती है। कहाँ संपर्क करें:
    [held-abroad] अगर आप या आपका कोई जानने वाला विदेश में बंधक है: अपने दूतावास, राष्ट्रीय हेल्पलाइन या परिवार तक यह ख़बर पहुँचाएँ कि आप कहाँ हैं, उस जगह का नाम क्या है और वहाँ कितने लोग हैं। कंपाउंड के पास स्थानीय पुलिस के मालिकों से संपर्क हो सकते हैं, इसलिए पहले इनसे संपर्क करें:
    [family] अगर आपके परिवार का कोई सदस्य विदेश में बंधक है: अकेले पैसे न भेजें। हर माँग, नंबर और संदेश पहले अपने दूतावास या राष्ट्रीय हेल्पलाइन तक ले जाएँ; वे आपके रिश्तेदार को और ख़तरे में डाले बिना क़दम उठा सकते हैं। यहाँ संपर्क करें:
   *[other] विदेश में नौकरी लेने से पहले: अपने देश के प्रवासी कामगार विभाग से मालिक और एजेंसी की जाँच करवाएँ, अपना पासपोर्ट कभी किसी को न सौंपें, और किसी भरोसेमंद व्यक्ति को बताएँ कि आपकी मंज़िल कहाँ है। अगर आप या आपका कोई जानने वाला ख़तरे में है, तो अपने दूतावास से या इनमें से किसी से संपर्क करें:
}
# $contact: a phone number or address
help-contact = संपर्क: { $contact }
session-left = आपने खेल छोड़ दिया। ऐसा करना हमेशा ठीक है। अपना ख़याल रखें।
scenario-list-title = कहानियाँ:
# $count: the number of scenarios
scenario-pick = एक कहानी चुनें: 1 से { $count } तक कोई नंबर टाइप करें और Enter दबाएँ।
unknown-scenario = ऐसी कोई कहानी नहीं है।
no-scenarios = खेलने के लिए कोई कहानी नहीं है।

channel-facebook = Facebook
channel-instagram = Instagram
channel-tiktok = TikTok
channel-website = वेबसाइट
channel-jobsite = नौकरी की वेबसाइट
channel-whatsapp = WhatsApp
channel-telegram = Telegram
channel-line = LINE
channel-wechat = WeChat
channel-viber = Viber
channel-messenger = Messenger
channel-signal = Signal
channel-dating = डेटिंग ऐप
channel-sms = SMS
channel-email = ईमेल
channel-call = फ़ोन कॉल
channel-in-person = आमने-सामने
channel-narration = कहानी

outcome-safe = सुरक्षित
outcome-scammed = ठगी के शिकार
outcome-paid = पैसे दिए, और माँगें चलती रहीं
outcome-trafficked = तस्करी के शिकार
outcome-escaped = आज़ाद
outcome-helped = आपने किसी की मदद की

stage-advert = नौकरी का विज्ञापन
stage-recruiter = भर्ती करने वाला एजेंट
stage-travel = सफ़र और पहुँचना
stage-compound = ठगी के अड्डे के अंदर
stage-target = जिसे ठगा जा रहा है

## The full-screen game

title-scenarios = कहानियाँ
# $title: a scenario's title
title-resume = जारी रखें: { $title }
# Draft translation by a helper (issue 19), to be reviewed by a translator.
plain-resume-offer = आपने “{ $title }” बीच में छोड़ा था। जहाँ छोड़ा था वहीं से आगे बढ़ने के लिए 1 लिखें, या कुछ नया शुरू करने के लिए 2।
resume-changed = आपके रुकने के बाद यह परिदृश्य बदल गया है, इसलिए यह फिर से शुरुआत से शुरू होगा।
# Draft translation by a helper (issue 20), to be reviewed by a translator.
reload-changed = यह परिदृश्य डिस्क पर बदल गया है और आप जहाँ थे वह हिस्सा अब नहीं है। फिर से शुरू करने के लिए इसे चुनें।
keys-title = ↑↓ ऊपर-नीचे · Enter खेलें · l भाषा · h हैंडबुक · s सेटिंग · ? मदद · q बंद करें
keys-list = ↑↓ ऊपर-नीचे · Enter चुनें · Esc वापस
keys-play = ↑↓ ऊपर-नीचे · Enter या 1-9 चुनें · PgUp/PgDn स्क्रॉल · ? मदद · q छोड़ें
keys-continue = Enter आगे · PgUp/PgDn स्क्रॉल · ? मदद · q छोड़ें
keys-typing = कोई भी बटन: सब दिखाएँ · q छोड़ें
keys-scroll = ↑↓ PgUp PgDn स्क्रॉल · Esc वापस
keys-debrief = ↑↓ स्क्रॉल · r दूसरा रास्ता आज़माएँ · t मुख्य स्क्रीन · ? मदद
keys-rewind = ↑↓ ऊपर-नीचे · Enter इस चुनाव पर लौटें · Esc रद्द करें
play-what-now = अब क्या करें?
play-continue = आगे बढ़ें
play-ending-continue = देखें क्या हुआ, और आपके रास्ते में ख़तरे के कौन-से संकेत थे
play-feedback = इस चुनाव का मतलब
# $spotted, $missed: numbers of red flags so far
status-redflags = ख़तरे के संकेत: { $spotted } पहचाने · { $missed } निकल गए
debrief-rewind-title = किसी चुनाव पर लौटें और दूसरा रास्ता आज़माएँ
handbook-title = ख़तरे के संकेतों की हैंडबुक
handbook-locked = बंद: किसी कहानी में इस संकेत से सामना होने पर यह पढ़ने को खुलेगा
handbook-source = स्रोत:
# $met, $total: numbers of red flags
handbook-met = { $total } में से { $met } ख़तरे के संकेतों से आपका सामना हो चुका है।
language-title = भाषा
language-status-complete = पूरा
language-status-reviewed = जाँचा हुआ
language-status-machine-drafted = मशीन से तैयार, अभी जाँचा नहीं गया
language-status-partial = अधूरा अनुवाद
settings-title = सेटिंग
# $name: the language's own name
settings-language = भाषा: { $name }
# $theme: theme-default or theme-high-contrast
settings-theme = रंग: { $theme }
# $state: setting-on or setting-off
settings-typing = चैट में टाइपिंग का ठहराव: { $state }
theme-default = सामान्य
theme-high-contrast = हाई कॉन्ट्रास्ट
setting-on = चालू
setting-off = बंद
help-keys-title = बटन
help-keys =
    ↑ ↓ या j k      ऊपर-नीचे
    Enter या 1-9    चुनें
    Enter या Space  आगे बढ़ें
    PgUp PgDn       मैसेज स्क्रॉल करें
    माउस क्लिक      चुनें, आगे बढ़ें
    r               दूसरा रास्ता आज़माएँ (अंत के बाद)
    l h s           भाषा, हैंडबुक, सेटिंग (मुख्य स्क्रीन पर)
    q या Esc        छोड़ें (आपकी प्रगति सहेजी रहती है)
    ?               यह मदद
help-close = कोई भी बटन दबाने पर यह मदद बंद हो जाएगी।
confirm-leave = यह कहानी छोड़ें? आपकी प्रगति सहेजी रहेगी: मुख्य स्क्रीन से इसे वहीं से जारी रखा जा सकता है।
confirm-quit = redflag बंद करें?
confirm-keys = y हाँ · n नहीं
# $width, $height: the smallest window size
too-small = कृपया विंडो बड़ी करें: कम से कम { $width } × { $height }।
errors-title = सामग्री में ग़लतियाँ हैं: उन्हें ठीक करें, फिर मुख्य स्क्रीन पर लौटें
content-note-keys = Enter शुरू करें · Esc वापस
# $name: who sent the email
email-from = भेजने वाले: { $name }

## The discernment quiz

quiz-title-pre = खेलने से पहले: असली या ठगी?
quiz-title-post = खेलने के बाद: असली या ठगी?
# $count: the number of items
quiz-intro = आपको { $count } छोटे मैसेज और विज्ञापन दिखेंगे। कुछ असली हैं, कुछ ठगी। हर एक के लिए बताएँ कि आपको कितना यक़ीन है। कोई समय-सीमा नहीं है।
# $n: this item's number; $count: how many
quiz-progress = { $count } में से { $n }
quiz-scale = 1 पक्का सुरक्षित · 2 लगभग सुरक्षित · 3 शायद सुरक्षित · 4 शायद ठगी · 5 लगभग ठगी · 6 पक्का ठगी
quiz-prompt = 1 से 6 तक कोई नंबर टाइप करें और Enter दबाएँ।
quiz-invalid = कृपया 1 से 6 तक कोई नंबर टाइप करें।
# $skill: high, some or low; $hits of $scams, $false_alarms of $genuine; $lean: all-scam, all-safe, suspicious, trusting or balanced
quiz-result = { $skill ->
    [high] आपने ठगी और असली ऑफ़र में अच्छी तरह फ़र्क़ किया: आपने ठगी वाले संदेशों को असली संदेशों से ज़्यादा ठगी माना।
    [some] आपने कुछ हद तक ठगी और असली ऑफ़र में फ़र्क़ किया: अक्सर ठगी को ज़्यादा अंक दिए, पर हर बार नहीं।
   *[low] इस बार ठगी और असली ऑफ़र में फ़र्क़ करना मुश्किल रहा: आपके जवाब लगभग अंदाज़े जैसे थे।
} आपने { $scams } ठगियों में से { $hits } को ठगी कहा, और { $genuine } असली संदेशों में से { $false_alarms } को भी ठगी कहा। { $lean ->
    [all-scam] आपने हर चीज़ को ठगी कहा। सावधान रहना अच्छा है, पर इससे यह पता नहीं चलता कि कौन-सा ऑफ़र असली है, और असली नौकरियाँ और असली मदद भी होती हैं।
    [all-safe] आपने हर चीज़ को सुरक्षित कहा। इनमें कुछ ठगी थीं: खेल के ख़तरे के संकेत उन्हें पहचानने में मदद करते हैं।
    [suspicious] आपका झुकाव चीज़ों को ठगी कहने की ओर था। सावधान रहना अच्छा है, पर असली नौकरियाँ और असली मदद भी होती हैं।
    [trusting] आपका झुकाव चीज़ों को सुरक्षित कहने की ओर था: कुछ ठगियाँ आपको असली लगीं।
   *[balanced] आपका झुकाव न "सुरक्षित" की ओर था, न "ठगी" की ओर।
}
quiz-review-title = जवाब:
quiz-answer = { $n }. { $title }: { $genuine ->
    [yes] असली
   *[no] ठगी
}। आपका जवाब: { $rating ->
    [1] 1, पक्का सुरक्षित
    [2] 2, लगभग सुरक्षित
    [3] 3, शायद सुरक्षित
    [4] 4, शायद ठगी
    [5] 5, लगभग ठगी
   *[6] 6, पक्का ठगी
}।

## Facilitator mode and the quiz in the full-screen game

facilitator-held = समूह का चुनाव आ गया है। पहले इस पर बात करें; फिर इसका मतलब देखने के लिए r दबाएँ।
facilitator-discuss = चर्चा करें:
keys-held = r मतलब देखें · ? मदद · q छोड़ें
keys-play-facilitator = ↑↓ ऊपर-नीचे · Enter या 1-9 चुनें · c समूह की गिनती · ? मदद · q छोड़ें
keys-quiz = 1-6 जवाब · ↑↓ Enter · q छोड़ें
keys-continue-only = Enter आगे · ↑↓ स्क्रॉल
room-title = समूह के लिए सवाल
room-what-happened = इस कहानी में क्या हुआ? किसकी मदद हुई, और किसे नुक़सान पहुँचा?
room-what-noticed = रास्ते में आपने क्या-क्या ग़ौर किया? ख़तरे के कौन-से संकेत सामने आए, और कौन-से छूट गए?
room-what-would-you-do = अगर यह ऑफ़र या मैसेज आपके पास आए, तो क्या करना चाहिए, या किसी दोस्त को क्या सलाह देनी चाहिए?
room-where-help = आज, यहाँ किसी को मदद कहाँ मिल सकती है? (सूची आगे है।)
tally-title = समूह में कितने लोगों ने कौन-सा विकल्प चुना?
keys-tally = ↑↓ ऊपर-नीचे · नंबर टाइप करें · Backspace · Enter सेव करें · Esc रद्द करें
# $state: setting-on or setting-off
settings-quiz = हर कहानी से पहले और बाद में क्विज़: { $state }

# The room (`redflag serve`).
# Machine-drafted translation: needs review by a native speaker.
room-goodbye-title = खेलने के लिए धन्यवाद
room-goodbye = यह सत्र समाप्त हो गया है। आपके चुनाव समूह की चर्चा के लिए सहेजे गए हैं, आपके नाम के बिना।
room-goodbye-keys = बंद करने के लिए कोई भी कुंजी दबाएँ।
room-wrong-code = यह रूम कोड सही नहीं है। कमरे के सामने दिखाया गया कोड देखें, फिर दोबारा जुड़ें।
room-full = अभी कमरा भरा हुआ है। फ़ैसिलिटेटर को बताएँ, फिर एक मिनट बाद दोबारा कोशिश करें।
room-paused = अभी कमरा नए खिलाड़ी नहीं ले रहा है। फ़ैसिलिटेटर को बताएँ।
room-participant-prompt = फ़ैसिलिटेटर का दिया प्रतिभागी कोड लिखें (जैसे P07), फिर Enter दबाएँ। अपना नाम कभी नहीं।
room-participant-invalid = कोड में केवल अक्षर, अंक, - या _ होते हैं, जैसे P07। कृपया फिर से कोशिश करें।
# Draft translation by a helper (issue 19), to be reviewed by a translator.
participant-looks-like-name = “{ $code }” किसी नाम जैसा लगता है। रिकॉर्ड में P07 जैसा कोड रखा जाता है, कभी नाम नहीं। इसके बजाय कोई कोड लिखें, या “{ $code }” रखने के लिए Enter दबाएँ।
# Draft translation by a helper (issue 19), to be reviewed by a translator.
room-participant-looks-like-name = “{ $code }” किसी नाम जैसा लगता है। यह कमरा P07 जैसा कोड रखता है, कभी नाम नहीं। इसके बजाय कोई कोड लिखें, या “{ $code }” रखने के लिए Enter दबाएँ।

# The room's web page (`redflag serve --web`): a phone or a browser joins with the room code.
web-title = redflag: कमरा
web-code-label = रूम कोड
web-join = जुड़ें
web-connecting = जुड़ रहे हैं…
web-closed = सत्र समाप्त हो गया है। फिर से खेलने के लिए "जुड़ें" दबाएँ।
web-lost = कमरे से कनेक्शन टूट गया। वाई-फ़ाई जाँचें, फिर "जुड़ें" दबाएँ।
web-terminal = खेल
web-keys = बटन
web-key-1 = 1 चुनें
web-key-2 = 2 चुनें
web-key-3 = 3 चुनें
web-key-4 = 4 चुनें
web-key-enter = Enter: आगे
web-key-up = ऊपर स्क्रॉल करें
web-key-down = नीचे स्क्रॉल करें
web-key-help = मदद: बटन
web-key-leave = कहानी छोड़ें

## The country picker
settings-country = मदद के लिए देश: { $name }
# Draft translation by a helper (issue 19), to be reviewed by a translator.
settings-keep-results = हर सत्र का रिकॉर्ड इस कंप्यूटर पर रखें (वर्कशॉप रिपोर्ट के लिए): { $state }
country-title = आपका देश
country-first = आप कहाँ रहते हैं? खेल वह मदद दिखाता है जो आप वहाँ से पा सकते हैं: हेल्पलाइन, विभाग, शिकायत कहाँ करें। अपना देश ढूँढने के लिए टाइप करें, या "कोई और देश" चुनें। आप इसे बाद में सेटिंग्स में बदल सकते हैं।
country-filter = ढूँढें:
country-none = नहीं चुना
country-other = कोई और देश (केवल सबके लिए मदद दिखाएँ)
keys-country = ढूँढने के लिए टाइप करें · ↑↓ ऊपर-नीचे · Enter चुनें · Esc वापस
# $sources: the sources of a red flag, short: "FBI, 2023; UNODC, 2024"
redflag-source = स्रोत: { $sources }

## Country names, for the picker
country-au = ऑस्ट्रेलिया
country-cn = चीन
country-et = इथियोपिया
country-id = इंडोनेशिया
country-in = भारत
country-ke = केन्या
country-kh = कंबोडिया
country-la = लाओस
country-lk = श्रीलंका
country-my = मलेशिया
country-ng = नाइजीरिया
country-np = नेपाल
country-ph = फ़िलीपींस
country-th = थाईलैंड
country-ug = युगांडा
country-us = संयुक्त राज्य अमेरिका
country-vn = वियतनाम

# Added with the player's screen (issue 21): machine-drafted, needs review.
more-above = ↑ ऊपर और है (PgUp)
more-below = ↓ नीचे और है (PgDn)
press-enter-typed = (यहाँ चुनने को कुछ नहीं है, इसलिए आपका लिखा इस्तेमाल नहीं हुआ। कहानी आगे बढ़ती है।)
tally-shown = { $count ->
    [one] कमरे में 1
   *[other] कमरे में { $count }
}
