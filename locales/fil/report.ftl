# Machine-drafted translation: needs review by a native speaker.
## Ang ulat ng silid bilang pahina: `redflag report --format html`, at ang `r` sa console.

report-page-title = Ang natutunan ng silid
report-workshop = Workshop { $workshop }
report-privacy = Walang pangalan at walang participant code sa pahinang ito: ang ginawa lang ng silid, binilang.
report-privacy-codes = May mga participant code sa pahinang ito. Ibahagi lang sa mga taong puwedeng makaalam kung kanino ang mga ito.
report-glance-title = Ang silid sa isang tingin
report-sessions = { $count ->
    [one] session
   *[other] session
}
report-finished = natapos
report-scenarios-played = { $count ->
    [one] scenario na nilaro
   *[other] scenario na nilaro
}
report-empty = Wala pang session sa mga record na ito.
report-endings-title = Paano nagtapos ang mga kuwento
report-not-finished = Hindi natapos
report-endings-reading = Ang pinakamadalas na wakas: { $outcome }, sa { $count } sa { $total } natapos na session.
report-endings-none = Wala pang session na umabot sa wakas.
report-flags-title = Mga red flag: ang bahagi ng nakapansin sa bawat isa
report-flags-intro = Sa mga session kung saan lumitaw ang isang red flag, ang bahagi na nakapansin dito. Nauuna ang pinakamababa: ito ang mga dapat pag-usapan.
report-flags-bar = { $spotted } sa { $met } ({ $percent }%)
report-percent = { $percent }%
report-flags-reading = Pinakamadalas na nakalusot: { $flag }, napansin sa { $spotted } sa { $met } session kung saan ito lumitaw.
report-flags-none = Wala pang red flag na lumitaw.
report-quiz-title = Ang quiz: pagkilala sa totoong alok at sa scam, bago at pagkatapos
report-quiz-intro = Ang d′ ay kung gaano kahusay nakilala ng mga manlalaro ang totoong alok mula sa scam: 0 ay hula lang, mas mataas ay mas mahusay. Ang criterion ay kung gaano kabilis nilang tawaging scam ang kahit ano: mas mababa sa 0, hinihinalaan ang lahat; mas mataas sa 0, madaling magtiwala. Makikita ang pagkatuto sa mas mataas na d′, hindi sa mas mababang criterion. Ang guhit sa bawat tuldok ay ang 95% interval nito: kung saan malamang ang tunay na halaga ng silid.
report-quiz-none = Walang kumuha ng quiz sa mga record na ito.
report-quiz-dprime = Pagkilala sa totoo at scam (d′)
report-quiz-criterion = Hilig (criterion)
report-quiz-before = Bago
report-quiz-after = Pagkatapos
report-quiz-change = Pagbabago, bawat tao
report-quiz-reference = { $measure ->
    [criterion] walang hilig
   *[other] hula lang
}
report-quiz-reading-dprime = { $direction ->
    [up] Pagkatapos ng laro, mas mahusay nang nakilala ng silid ang scam mula sa totoong alok ({ $before } bago, { $after } pagkatapos), higit pa sa kayang ipaliwanag ng tsamba.
    [down] Pagkatapos ng laro, hindi na gaanong nakilala ng silid ang scam mula sa totoong alok ({ $before } bago, { $after } pagkatapos): magandang itanong kung bakit.
    [unclear] Bago { $before }, pagkatapos { $after }: pasok pa sa kayang ibigay ng tsamba ang pagbabago, kaya wala pang malinaw na pagkakaiba.
   *[none] Bago { $before }, pagkatapos { $after }. Walang kumuha ng quiz nang dalawang beses, kaya walang pagbabagong mababasa.
}
report-quiz-reading-criterion = { $direction ->
    [up] Pagkatapos ng laro, mas madaling nagtiwala ang silid ({ $before } bago, { $after } pagkatapos).
    [down] Pagkatapos ng laro, mas mabilis tumawag ng scam ang silid ({ $before } bago, { $after } pagkatapos). Mabuti lang iyon kung tumaas din ang d′.
    [unclear] Bago { $before }, pagkatapos { $after }: halos pareho ang hilig ng silid sa dalawang beses.
   *[none] Bago { $before }, pagkatapos { $after }. Walang kumuha ng quiz nang dalawang beses, kaya walang pagbabagong mababasa.
}
report-debrief-flags = Dapat pag-usapan: ang mga red flag na pinakakaunting napansin
report-codes-title = Mga participant code
report-col-scenario = Scenario
report-col-sessions = Mga session
report-col-finished = Natapos
report-col-minutes = Minuto (karaniwan)
report-col-redflag = Red flag
report-col-came-up = Lumitaw
report-col-spotted = Napansin
report-col-share = Bahagi
report-col-measure = Quiz
report-col-mean = Karaniwan
report-col-interval = 95% interval
report-col-n = Tao
report-col-code = Code
report-data = Ang mga numero
report-number = { $value }
report-footer = Ginawa ng redflag mula sa { $count } record ng session. Ipinapakita lang nito ang nilaro, hindi kailanman kung sino ang naglaro.
report-chart-part = { $title } ({ $from }–{ $to } sa { $total })

## The quiz's AUC and the forms taken first.
# Machine-drafted translation: needs review by a native speaker.
report-quiz-auc-intro = Ginagamit ng AUC ang bawat sagot sa anim na antas: ito ang tsansang mas tinawag ng manlalaro na scam ang isang scam kaysa sa isang tunay na alok. Ang 0.5 ay hula lang, ang 1 ay tamang pagkilala sa bawat pares.
report-quiz-auc = Pagkilala sa tunay at scam, lahat ng rating (AUC)
report-quiz-reading-auc = { $direction ->
    [up] Pagkatapos ng laro, mas nakilala ng silid ang scam mula sa tunay na alok ({ $before } bago, { $after } pagkatapos), higit sa maipapaliwanag ng tsamba.
    [down] Pagkatapos ng laro, hindi gaanong nakilala ng silid ang scam mula sa tunay na alok ({ $before } bago, { $after } pagkatapos): magandang itanong kung bakit.
    [unclear] Bago { $before }, pagkatapos { $after }: ang pagbabago ay kayang ibigay ng tsamba, kaya wala pang malinaw na pagkakaiba.
   *[none] Bago { $before }, pagkatapos { $after }. Walang sumagot sa quiz nang dalawang beses, kaya walang pagbabagong mababasa.
}
report-forms-title = Aling kalahati ng quiz ang unang sinagot ng bawat manlalaro
report-forms-label = Form { $form } muna
report-forms-bar = { $count } sa { $total } ({ $percent }%)
report-forms-reading = { $balance ->
    [even] { $a } ang unang sumagot sa form A at { $b } sa form B: sapat na pantay para hindi magmukhang pagkatuto ang pagkakaiba ng dalawang kalahati.
   *[uneven] { $a } ang unang sumagot sa form A at { $b } sa form B: basahin nang maingat ang pagbabago mula bago hanggang pagkatapos.
}
report-forms-uneven = Hati ang mga form nang { $a } sa { $b }, mas malala sa 40 sa 60: ang pagbabago mula bago hanggang pagkatapos ay naghahalo ng pagkatuto at ng pagkakaiba ng dalawang kalahati ng quiz. Magbigay ng participant code nang sunod-sunod (P01, P02, …) o hayaan ang silid ang pumili ng form.
report-forms-few = { $count ->
    [one] Isang manlalaro lang ang unang sumagot sa form { $form }, mas kaunti sa { $min }: halos hindi napapantay ang hirap ng kalahating iyon.
   *[other] { $count } manlalaro lang ang unang sumagot sa form { $form }, mas kaunti sa { $min }: halos hindi napapantay ang hirap ng kalahating iyon.
}
report-col-form = Form
report-col-players = Mga manlalaro
report-live-refused = Para sa facilitator ang pahinang ito. Buksan ito sa computer na nagpapatakbo ng silid, o idagdag ang ?facilitator= at ang facilitator code na nasa console ng silid.
