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
