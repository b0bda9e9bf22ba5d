# Machine-drafted translation: needs review by a native speaker.
## Laporan bilik sebagai halaman: `redflag report --format html`, dan kekunci `r` pada konsol.

report-page-title = Apa yang dipelajari oleh bilik ini
report-workshop = Bengkel { $workshop }
report-privacy = Halaman ini tidak mengandungi nama atau kod peserta: hanya apa yang dilakukan oleh bilik, dikira.
report-privacy-codes = Halaman ini menyenaraikan kod peserta. Kongsikan hanya dengan orang yang boleh tahu siapa pemegangnya.
report-glance-title = Bilik secara ringkas
report-sessions = sesi
report-finished = selesai
report-scenarios-played = senario dimainkan
report-empty = Belum ada sesi dalam rekod ini.
report-endings-title = Bagaimana cerita-cerita berakhir
report-not-finished = Belum selesai
report-endings-reading = Pengakhiran paling kerap: { $outcome }, dalam { $count } daripada { $total } sesi yang selesai.
report-endings-none = Belum ada sesi yang sampai ke pengakhiran.
report-flags-title = Tanda bahaya: bahagian yang menyedari setiap satu
report-flags-intro = Daripada sesi yang memunculkan sesuatu tanda bahaya, bahagian yang menyedarinya. Yang terendah dahulu: inilah yang perlu dibincangkan.
report-flags-bar = { $spotted } daripada { $met } ({ $percent }%)
report-percent = { $percent }%
report-flags-reading = Paling kerap terlepas: { $flag }, disedari dalam { $spotted } daripada { $met } sesi yang memunculkannya.
report-flags-none = Belum ada tanda bahaya yang muncul.
report-quiz-title = Kuiz: membezakan tawaran tulen daripada penipuan, sebelum dan selepas
report-quiz-intro = d′ menunjukkan sejauh mana pemain membezakan tawaran tulen daripada penipuan: 0 ialah tekaan semata-mata, lebih tinggi lebih baik. Kriteria menunjukkan betapa cepat mereka menganggap apa sahaja penipuan: di bawah 0, curiga pada semua; di atas 0, mudah percaya. Pembelajaran kelihatan pada d′ yang lebih tinggi, bukan pada kriteria yang lebih rendah. Garis pada setiap titik ialah selang 95%: tempat nilai sebenar bilik paling mungkin berada.
report-quiz-none = Tiada sesiapa yang menjawab kuiz dalam rekod ini.
report-quiz-dprime = Membezakan tulen daripada penipuan (d′)
report-quiz-criterion = Kecenderungan (kriteria)
report-quiz-before = Sebelum
report-quiz-after = Selepas
report-quiz-change = Perubahan, setiap orang
report-quiz-reference = { $measure ->
    [criterion] tiada kecenderungan
   *[other] tekaan
}
report-quiz-reading-dprime = { $direction ->
    [up] Selepas permainan, bilik lebih baik membezakan penipuan daripada tawaran tulen ({ $before } sebelum, { $after } selepas), lebih daripada yang boleh dijelaskan oleh kebetulan.
    [down] Selepas permainan, bilik kurang baik membezakan penipuan daripada tawaran tulen ({ $before } sebelum, { $after } selepas): wajar ditanya mengapa.
    [unclear] Sebelum { $before }, selepas { $after }: perubahan masih dalam had kebetulan, jadi belum ada perbezaan yang jelas.
   *[none] Sebelum { $before }, selepas { $after }. Tiada sesiapa menjawab kuiz dua kali, jadi tiada perubahan untuk dibaca.
}
report-quiz-reading-criterion = { $direction ->
    [up] Selepas permainan, bilik lebih mudah percaya ({ $before } sebelum, { $after } selepas).
    [down] Selepas permainan, bilik lebih cepat menganggap sesuatu penipuan ({ $before } sebelum, { $after } selepas). Itu baik hanya jika d′ turut naik.
    [unclear] Sebelum { $before }, selepas { $after }: bilik cenderung ke arah yang sama kedua-dua kali.
   *[none] Sebelum { $before }, selepas { $after }. Tiada sesiapa menjawab kuiz dua kali, jadi tiada perubahan untuk dibaca.
}
report-debrief-flags = Wajar dibincangkan: tanda bahaya yang paling jarang disedari
report-codes-title = Kod peserta
report-col-scenario = Senario
report-col-sessions = Sesi
report-col-finished = Selesai
report-col-minutes = Minit (purata)
report-col-redflag = Tanda bahaya
report-col-came-up = Muncul
report-col-spotted = Disedari
report-col-share = Bahagian
report-col-measure = Kuiz
report-col-mean = Purata
report-col-interval = Selang 95%
report-col-n = Orang
report-col-code = Kod
report-data = Angka-angkanya
report-number = { $value }
report-footer = Dibuat dengan redflag daripada { $count } rekod sesi. Ia hanya menunjukkan apa yang dimainkan, bukan siapa yang bermain.
report-chart-part = { $title } ({ $from }–{ $to } daripada { $total })

## The quiz's AUC and the forms taken first.
# Machine-drafted translation: needs review by a native speaker.
report-quiz-auc-intro = AUC menggunakan setiap jawapan pada skala enam mata: peluang seorang pemain menilai penipuan lebih mungkin penipuan berbanding tawaran tulen. 0.5 bermaksud meneka, 1 bermaksud membezakan setiap pasangan.
report-quiz-auc = Membezakan tulen dan penipuan, semua penilaian (AUC)
report-quiz-reading-auc = { $direction ->
    [up] Selepas permainan, bilik lebih baik membezakan penipuan daripada tawaran tulen ({ $before } sebelum, { $after } selepas), lebih daripada yang boleh dijelaskan oleh kebetulan.
    [down] Selepas permainan, bilik kurang baik membezakan penipuan daripada tawaran tulen ({ $before } sebelum, { $after } selepas): wajar ditanya mengapa.
    [unclear] Sebelum { $before }, selepas { $after }: perubahan ini masih dalam had kebetulan, jadi belum ada perbezaan yang jelas.
   *[none] Sebelum { $before }, selepas { $after }. Tiada sesiapa menjawab kuiz dua kali, jadi tiada perubahan untuk dibaca.
}
report-forms-title = Bahagian kuiz mana yang dijawab dahulu oleh setiap pemain
report-forms-label = Borang { $form } dahulu
report-forms-bar = { $count } daripada { $total } ({ $percent }%)
report-forms-reading = { $balance ->
    [even] { $a } menjawab borang A dahulu dan { $b } borang B: cukup seimbang supaya perbezaan kesukaran dua bahagian tidak disangka pembelajaran.
   *[uneven] { $a } menjawab borang A dahulu dan { $b } borang B: baca perubahan dari sebelum ke selepas dengan berhati-hati.
}
report-forms-uneven = Borang terbahagi { $a } kepada { $b }, lebih tidak seimbang daripada 40 kepada 60: perubahan dari sebelum ke selepas mencampurkan pembelajaran dengan perbezaan dua bahagian kuiz. Berikan kod peserta mengikut urutan (P01, P02, …) atau biarkan bilik menentukan borang.
report-forms-few = { $count ->
   *[other] Hanya { $count } pemain menjawab borang { $form } dahulu, kurang daripada { $min }: kesukaran bahagian itu hampir tidak dipurata.
}
report-col-form = Borang
report-col-players = Pemain
report-live-refused = Halaman ini untuk fasilitator. Buka di komputer yang menjalankan bilik, atau tambah ?facilitator= dan kod fasilitator yang dipaparkan pada konsol bilik.
