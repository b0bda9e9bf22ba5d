# Machine-drafted translation: needs review by a native speaker.
## कमरे की रिपोर्ट एक पेज के रूप में: `redflag report --format html`, और कंसोल की `r` कुंजी।

report-page-title = कमरे ने क्या सीखा
report-workshop = कार्यशाला { $workshop }
report-privacy = इस पेज में कोई नाम और कोई प्रतिभागी कोड नहीं है: केवल कमरे ने क्या किया, उसकी गिनती।
report-privacy-codes = इस पेज में प्रतिभागी कोड हैं। इसे केवल उन्हीं लोगों से साझा करें जो जान सकते हैं कि कौन-सा कोड किसका है।
report-glance-title = एक नज़र में कमरा
report-sessions = सत्र
report-finished = पूरे हुए
report-scenarios-played = परिदृश्य खेले गए
report-empty = इन रिकॉर्ड में अभी कोई सत्र नहीं है।
report-endings-title = कहानियाँ कैसे ख़त्म हुईं
report-not-finished = पूरा नहीं हुआ
report-endings-reading = सबसे आम अंत: { $outcome }, { $total } पूरे हुए सत्रों में से { $count } में।
report-endings-none = अभी तक कोई सत्र अंत तक नहीं पहुँचा।
report-flags-title = ख़तरे के संकेत: हर संकेत को कितनों ने पहचाना
report-flags-intro = जिन सत्रों में कोई ख़तरे का संकेत आया, उनमें से कितनों ने उसे पहचाना। सबसे कम पहले: इन्हीं पर बात करनी है।
report-flags-bar = { $met } में से { $spotted } ({ $percent }%)
report-percent = { $percent }%
report-flags-reading = सबसे ज़्यादा छूटा: { $flag }, जिन { $met } सत्रों में यह आया उनमें से केवल { $spotted } में पहचाना गया।
report-flags-none = अभी तक कोई ख़तरे का संकेत नहीं आया।
report-quiz-title = क्विज़: असली प्रस्ताव और धोखे में फ़र्क़, पहले और बाद में
report-quiz-intro = d′ बताता है कि खिलाड़ी असली प्रस्तावों को धोखे से कितनी अच्छी तरह अलग कर पाए: 0 यानी अंदाज़ा, जितना ऊँचा उतना अच्छा। मानदंड (criterion) बताता है कि वे किसी भी चीज़ को धोखा कहने के लिए कितने तैयार थे: 0 से नीचे, हर चीज़ पर शक; 0 से ऊपर, भरोसा करने वाले। सीखना ऊँचे d′ में दिखता है, नीचे मानदंड में नहीं। हर बिंदु से गुज़रती रेखा उसका 95% अंतराल है: कमरे का असली मान सबसे अधिक संभावना से यहीं है।
report-quiz-none = इन रिकॉर्ड में किसी ने क्विज़ नहीं दिया।
report-quiz-dprime = असली और धोखे में फ़र्क़ (d′)
report-quiz-criterion = झुकाव (मानदंड)
report-quiz-before = पहले
report-quiz-after = बाद में
report-quiz-change = बदलाव, हर व्यक्ति का
report-quiz-reference = { $measure ->
    [criterion] कोई झुकाव नहीं
   *[other] अंदाज़ा
}
report-quiz-reading-dprime = { $direction ->
    [up] खेल के बाद कमरा धोखे को असली प्रस्तावों से बेहतर पहचान पाया (पहले { $before }, बाद में { $after }), इतना कि संयोग इसे नहीं समझा सकता।
    [down] खेल के बाद कमरा धोखे को असली प्रस्तावों से कम अच्छी तरह पहचान पाया (पहले { $before }, बाद में { $after }): पूछने लायक है कि क्यों।
    [unclear] पहले { $before }, बाद में { $after }: बदलाव संयोग की सीमा में है, इसलिए अभी कोई साफ़ फ़र्क़ नहीं।
   *[none] पहले { $before }, बाद में { $after }। किसी ने दोनों बार क्विज़ नहीं दिया, इसलिए पढ़ने के लिए कोई बदलाव नहीं है।
}
report-quiz-reading-criterion = { $direction ->
    [up] खेल के बाद कमरा ज़्यादा भरोसा करने वाला था (पहले { $before }, बाद में { $after })।
    [down] खेल के बाद कमरा चीज़ों को जल्दी धोखा कहने लगा (पहले { $before }, बाद में { $after })। यह तभी अच्छा है जब d′ भी बढ़ा हो।
    [unclear] पहले { $before }, बाद में { $after }: दोनों बार कमरे का झुकाव लगभग एक जैसा रहा।
   *[none] पहले { $before }, बाद में { $after }। किसी ने दोनों बार क्विज़ नहीं दिया, इसलिए पढ़ने के लिए कोई बदलाव नहीं है।
}
report-debrief-flags = बात करने लायक: सबसे कम पहचाने गए ख़तरे के संकेत
report-codes-title = प्रतिभागी कोड
report-col-scenario = परिदृश्य
report-col-sessions = सत्र
report-col-finished = पूरे हुए
report-col-minutes = मिनट (औसत)
report-col-redflag = ख़तरे का संकेत
report-col-came-up = आया
report-col-spotted = पहचाना
report-col-share = हिस्सा
report-col-measure = क्विज़
report-col-mean = औसत
report-col-interval = 95% अंतराल
report-col-n = लोग
report-col-code = कोड
report-data = आँकड़े
report-number = { $value }
report-footer = redflag ने { $count } सत्र रिकॉर्ड से बनाया। यह केवल दिखाता है कि क्या खेला गया, कभी यह नहीं कि किसने खेला।
report-chart-part = { $title } ({ $total } में से { $from }–{ $to })

## The quiz's AUC and the forms taken first.
# Machine-drafted translation: needs review by a native speaker.
report-quiz-auc-intro = AUC छह-अंकों के पैमाने के हर जवाब का इस्तेमाल करता है: यह वह संभावना है कि खिलाड़ी ने किसी घोटाले को असली प्रस्ताव से ज़्यादा घोटाला माना। 0.5 अंदाज़ा है, 1 हर जोड़ी को सही पहचानना है।
report-quiz-auc = असली और घोटाले की पहचान, हर रेटिंग से (AUC)
report-quiz-reading-auc = { $direction ->
    [up] खेल के बाद कमरे ने घोटालों को असली प्रस्तावों से बेहतर अलग किया (पहले { $before }, बाद में { $after }), जितना संयोग से नहीं समझाया जा सकता।
    [down] खेल के बाद कमरे ने घोटालों को असली प्रस्तावों से कम अच्छी तरह अलग किया (पहले { $before }, बाद में { $after }): इसका कारण पूछना ठीक रहेगा।
    [unclear] पहले { $before }, बाद में { $after }: यह बदलाव संयोग से भी हो सकता है, इसलिए अभी कोई साफ़ अंतर नहीं है।
   *[none] पहले { $before }, बाद में { $after }। किसी ने दोनों बार क्विज़ नहीं दी, इसलिए कोई बदलाव नहीं पढ़ा जा सकता।
}
report-forms-title = हर खिलाड़ी ने क्विज़ का कौन-सा आधा हिस्सा पहले किया
report-forms-label = पहले फ़ॉर्म { $form }
report-forms-bar = { $total } में से { $count } ({ $percent }%)
report-forms-reading = { $balance ->
    [even] { $a } ने पहले फ़ॉर्म A किया और { $b } ने फ़ॉर्म B: बँटवारा इतना बराबर है कि दोनों हिस्सों की कठिनाई का अंतर सीखने जैसा नहीं दिखेगा।
   *[uneven] { $a } ने पहले फ़ॉर्म A किया और { $b } ने फ़ॉर्म B: पहले से बाद के बदलाव को सावधानी से पढ़ें।
}
report-forms-uneven = फ़ॉर्म { $a } और { $b } में बँटे हैं, 40 और 60 से भी असमान: पहले से बाद का बदलाव सीखने और क्विज़ के दोनों हिस्सों के अंतर को मिला देता है। प्रतिभागी कोड क्रम से दें (P01, P02, …) या फ़ॉर्म कमरे पर छोड़ दें।
report-forms-few = { $count ->
    [one] केवल { $count } खिलाड़ी ने पहले फ़ॉर्म { $form } किया, { $min } से कम: उस हिस्से की कठिनाई मुश्किल से औसत हो पाती है।
   *[other] केवल { $count } खिलाड़ियों ने पहले फ़ॉर्म { $form } किया, { $min } से कम: उस हिस्से की कठिनाई मुश्किल से औसत हो पाती है।
}
report-col-form = फ़ॉर्म
report-col-players = खिलाड़ी
report-live-refused = यह पेज फ़ैसिलिटेटर के लिए है। इसे उस कंप्यूटर पर खोलें जो कमरा चला रहा है, या ?facilitator= के बाद कमरे के कंसोल पर दिखा फ़ैसिलिटेटर कोड जोड़ें।
