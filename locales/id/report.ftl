# Machine-drafted translation: needs review by a native speaker.
## Laporan ruangan sebagai halaman: `redflag report --format html`, dan tombol `r` di konsol.

report-page-title = Apa yang dipelajari ruangan ini
report-workshop = Lokakarya { $workshop }
report-privacy = Halaman ini tidak memuat nama maupun kode peserta: hanya apa yang dilakukan ruangan, dihitung.
report-privacy-codes = Halaman ini memuat kode peserta. Bagikan hanya kepada orang yang boleh tahu siapa pemegangnya.
report-glance-title = Ruangan sekilas
report-sessions = sesi
report-finished = selesai
report-scenarios-played = skenario dimainkan
report-empty = Belum ada sesi dalam catatan ini.
report-endings-title = Bagaimana cerita-cerita berakhir
report-not-finished = Belum selesai
report-endings-reading = Akhir yang paling sering: { $outcome }, pada { $count } dari { $total } sesi yang selesai.
report-endings-none = Belum ada sesi yang sampai ke akhir.
report-flags-title = Tanda bahaya: berapa banyak yang menyadari masing-masing
report-flags-intro = Dari sesi-sesi yang memunculkan sebuah tanda bahaya, bagian yang menyadarinya. Yang terendah lebih dulu: inilah yang perlu dibicarakan.
report-flags-bar = { $spotted } dari { $met } ({ $percent }%)
report-percent = { $percent }%
report-flags-reading = Paling sering terlewat: { $flag }, disadari di { $spotted } dari { $met } sesi tempat tanda itu muncul.
report-flags-none = Belum ada tanda bahaya yang muncul.
report-quiz-title = Kuis: membedakan tawaran asli dari penipuan, sebelum dan sesudah
report-quiz-intro = d′ menunjukkan seberapa baik pemain membedakan tawaran asli dari penipuan: 0 berarti untung-untungan, makin tinggi makin baik. Kriteria menunjukkan seberapa cepat mereka menyebut apa saja penipuan: di bawah 0, curiga pada semuanya; di atas 0, mudah percaya. Belajar terlihat dari d′ yang lebih tinggi, bukan dari kriteria yang lebih rendah. Garis pada setiap titik adalah interval 95%: tempat nilai sebenarnya dari ruangan paling mungkin berada.
report-quiz-none = Tidak ada yang mengerjakan kuis dalam catatan ini.
report-quiz-dprime = Membedakan asli dari penipuan (d′)
report-quiz-criterion = Kecenderungan (kriteria)
report-quiz-before = Sebelum
report-quiz-after = Sesudah
report-quiz-change = Perubahan, per orang
report-quiz-reference = { $measure ->
    [criterion] tanpa kecenderungan
   *[other] untung-untungan
}
report-quiz-reading-dprime = { $direction ->
    [up] Setelah permainan, ruangan lebih baik membedakan penipuan dari tawaran asli ({ $before } sebelum, { $after } sesudah), lebih dari yang bisa dijelaskan kebetulan.
    [down] Setelah permainan, ruangan kurang baik membedakan penipuan dari tawaran asli ({ $before } sebelum, { $after } sesudah): layak ditanyakan mengapa.
    [unclear] Sebelum { $before }, sesudah { $after }: perubahannya masih dalam batas kebetulan, jadi belum ada perbedaan yang jelas.
   *[none] Sebelum { $before }, sesudah { $after }. Tidak ada yang mengerjakan kuis dua kali, jadi belum ada perubahan untuk dibaca.
}
report-quiz-reading-criterion = { $direction ->
    [up] Setelah permainan, ruangan lebih mudah percaya ({ $before } sebelum, { $after } sesudah).
    [down] Setelah permainan, ruangan lebih cepat menyebut sesuatu penipuan ({ $before } sebelum, { $after } sesudah). Itu baik hanya jika d′ juga naik.
    [unclear] Sebelum { $before }, sesudah { $after }: ruangan cenderung ke arah yang sama kedua kalinya.
   *[none] Sebelum { $before }, sesudah { $after }. Tidak ada yang mengerjakan kuis dua kali, jadi belum ada perubahan untuk dibaca.
}
report-debrief-flags = Layak dibahas: tanda bahaya yang paling jarang disadari
report-codes-title = Kode peserta
report-col-scenario = Skenario
report-col-sessions = Sesi
report-col-finished = Selesai
report-col-minutes = Menit (rata-rata)
report-col-redflag = Tanda bahaya
report-col-came-up = Muncul
report-col-spotted = Disadari
report-col-share = Bagian
report-col-measure = Kuis
report-col-mean = Rata-rata
report-col-interval = Interval 95%
report-col-n = Orang
report-col-code = Kode
report-data = Angka-angkanya
report-number = { $value }
report-footer = Dibuat dengan redflag dari { $count } catatan sesi. Hanya menunjukkan apa yang dimainkan, tidak pernah siapa yang memainkannya.
report-chart-part = { $title } ({ $from }–{ $to } dari { $total })

## The quiz's AUC and the forms taken first.
# Machine-drafted translation: needs review by a native speaker.
report-quiz-auc-intro = AUC memakai setiap jawaban pada skala enam poin: peluang seorang pemain menilai penipuan lebih mungkin penipuan daripada tawaran asli. 0,5 berarti menebak, 1 berarti membedakan setiap pasangan.
report-quiz-auc = Membedakan asli dan penipuan, semua penilaian (AUC)
report-quiz-reading-auc = { $direction ->
    [up] Setelah permainan, ruangan lebih baik membedakan penipuan dari tawaran asli ({ $before } sebelum, { $after } sesudah), lebih dari yang bisa dijelaskan kebetulan.
    [down] Setelah permainan, ruangan kurang baik membedakan penipuan dari tawaran asli ({ $before } sebelum, { $after } sesudah): patut ditanyakan mengapa.
    [unclear] Sebelum { $before }, sesudah { $after }: perubahannya masih dalam batas kebetulan, jadi belum ada perbedaan yang jelas.
   *[none] Sebelum { $before }, sesudah { $after }. Tidak ada yang mengikuti kuis dua kali, jadi tidak ada perubahan yang bisa dibaca.
}
report-forms-title = Bagian kuis mana yang dikerjakan lebih dulu oleh setiap pemain
report-forms-label = Formulir { $form } dulu
report-forms-bar = { $count } dari { $total } ({ $percent }%)
report-forms-reading = { $balance ->
    [even] { $a } mengerjakan formulir A lebih dulu dan { $b } formulir B: cukup seimbang sehingga perbedaan kesulitan kedua bagian tidak terlihat seperti belajar.
   *[uneven] { $a } mengerjakan formulir A lebih dulu dan { $b } formulir B: baca perubahan dari sebelum ke sesudah dengan hati-hati.
}
report-forms-uneven = Formulir terbagi { $a } banding { $b }, lebih timpang dari 40 banding 60: perubahan dari sebelum ke sesudah mencampur hasil belajar dengan perbedaan kedua bagian kuis. Berikan kode peserta berurutan (P01, P02, …) atau biarkan ruangan yang menentukan formulir.
report-forms-few = { $count ->
   *[other] Hanya { $count } pemain yang mengerjakan formulir { $form } lebih dulu, kurang dari { $min }: tingkat kesulitan bagian itu hampir tidak terimbangi.
}
report-col-form = Formulir
report-col-players = Pemain
report-live-refused = Halaman ini untuk fasilitator. Buka di komputer yang menjalankan ruangan, atau tambahkan ?facilitator= dan kode fasilitator yang tampil di konsol ruangan.
