# Machine-drafted translation: needs review by a native speaker.
task-job-title = Kerja tugasan
task-job-summary = Anda berumur sembilan belas tahun dan sedang menyimpan wang untuk kolej. Sebuah video menawarkan wang untuk menyukai video di telefon, dan bayaran pertama benar-benar masuk.

## Characters

task-job-character-poster = EasyWork_TH
task-job-character-friend = { $friend }
task-job-character-mentor = { $mentor }, mentor anda di { $app }
task-job-character-platform = { $app }
task-job-character-company = { $firm }, pejabat sumber manusia
task-job-character-cousin = { $cousin }, sepupu anda yang bekerja di bank
task-job-character-board = Pejabat pekerjaan wilayah: papan iklan kerja
task-job-character-owner = Mak Cik { $owner }, di kedai buah kering
task-job-character-mother = Ibu anda

## Variables

task-job-town-khon-kaen = Khon Kaen
task-job-town-udon-thani = Udon Thani
task-job-town-korat = Korat
task-job-town-chiang-rai = Chiang Rai
task-job-friend-fon = Fon
task-job-friend-mint = Mint
task-job-friend-bee = Bee
task-job-mentor-amy = Amy
task-job-mentor-jenny = Jenny
task-job-mentor-lisa = Lisa
task-job-cousin-nat = Nat
task-job-cousin-pim = Pim
task-job-owner-noi = Noi
task-job-owner-dao = Dao
task-job-app-boostly = Boostly
task-job-app-ratestar = RateStar
task-job-app-clickmall = ClickMall
task-job-firm-siam-digital = Siam Digital Media Co., Ltd.
task-job-firm-northstar = Northstar Marketing Co., Ltd.
task-job-firm-bluewave = Bluewave Online Co., Ltd.

## The advert

task-job-start = Anda berumur sembilan belas tahun dan tinggal bersama ibu di { $town }, Thailand. Anda tamat sekolah tahun lepas, bekerja di gerai mi pada hujung minggu, dan menyimpan wang untuk kursus kolej yang bermula semester depan. Wang masih tidak cukup. Suatu malam, sebuah video muncul di TikTok.

task-job-ad = Kerja sambilan dari telefon! Sukai video dan beri rating kedai, 10 minit satu set, { $pay } baht satu set, dibayar hari yang sama. Tiada pengalaman, tiada bayaran. Hantar mesej untuk mula malam ini.
    .discuss = Apa dalam hantaran ini yang membuat anda mahu mencuba? Apa yang anda mahu tahu dahulu?
task-job-ad-message = Hantar mesej. Cuba satu set tidak rugi apa-apa.
    .feedback = Kerja yang ditemui melalui video atau mesej yang tidak diminta tidak boleh disemak: tiada syarikat, tiada alamat, tiada siapa yang bertanggungjawab. Kebanyakan kerja tugasan bermula betul-betul begini.
task-job-ad-ask-friend = Tanya { $friend } dahulu: minggu lepas dia kongsi hantaran seperti ini
    .feedback = Bertanya kepada orang yang anda kenal ialah naluri yang baik. Dengar apa yang dia lihat, kemudian semak sendiri juga.
task-job-ad-read-comments = Baca komen sebelum membuat keputusan
    .feedback = Ratusan komen "Dah dapat bayaran, terima kasih!" terasa seperti bukti. Komen itu boleh ditulis oleh orang yang sama yang membuat hantaran, jadi ia tidak menunjukkan apa-apa yang boleh anda semak.
task-job-ad-job-board = Lihat papan iklan kerja pejabat pekerjaan wilayah
    .feedback = Papan iklan kerja dari pejabat kerajaan menyenaraikan majikan yang ada nama dan alamat. Gajinya lebih rendah, dan itu kos yang sebenar: itu juga sebab video tadi begitu menggoda.

task-job-friend-did-it = Aku dah buat! Tiga set hari Ahad, senang sangat.
    .discuss = { $friend } bercakap benar tentang apa yang dia lihat. Apa yang dia belum lihat?
task-job-friend-paid = { $pay } baht masuk akaun aku selepas sepuluh minit. Tengok, ini tangkap layarnya.
task-job-friend-code = Guna kod jemputan aku, kita berdua dapat bonus!
task-job-friend-use-code = Guna kodnya. Lagipun dia sudah dibayar.
    .feedback = Kawan yang benar-benar dibayar ialah bukti paling kuat, sebab itu kerja begini membayar set pertama dan memberi bonus jemputan. Kawan anda tidak menipu: dia cuma belum sampai ke tahap mereka meminta wang.
task-job-friend-ask-pay-in = "Pernah mereka suruh kau masukkan duit?"
    .feedback = Soalan yang bagus. { $friend } kata "belum, tapi ada tahap VIP yang aku tak perlukan". Itulah bahagian yang perlu diperhatikan: kerja membayar anda, tidak pernah meminta anda membayar.
task-job-friend-job-board = Ucap terima kasih, dan lihat papan iklan kerja dahulu
    .feedback = { $friend } agak terasa kerana anda tidak guna kodnya. Menyemak tetap adil: kerja yang sebenar masih ada minggu depan.

## The mentor

task-job-chat-hello = Selamat datang! Saya { $mentor }, mentor anda di { $app }.
    .discuss = Mentor itu mesra, pantas dan sabar. Mengapa itu membuat tawaran terasa lebih selamat?
task-job-chat-work = Kami membantu kedai dalam talian dan aplikasi mendapat rating yang lebih baik. Anda sukai video dan beri rating produk, 30 tugasan satu set. Komisen dibayar ke akaun bank anda.
task-job-chat-details = Untuk bermula saya cuma perlukan nama, umur dan nombor akaun bank untuk gaji anda. Kata laluan tak perlu, sudah tentu!
task-job-chat-send-details = Hantar nama dan nombor akaun. Semua kerja perlukannya untuk gaji.
    .feedback = Majikan sebenar juga perlukan akaun untuk gaji anda, jadi ini terasa biasa. Tetapi anda masih tidak tahu siapa mereka: tiada nama syarikat, tiada alamat, tiada apa-apa untuk dicari.
task-job-chat-ask-company = "Ini syarikat apa? Boleh beri nama dan alamatnya?"
    .feedback = Betul: majikan tanpa nama tidak boleh disemak. Perhatikan apa jawapannya, kerana nama boleh dipinjam.
task-job-chat-ask-why = "Kenapa syarikat bayar untuk like? Betulkah itu kerja?"
    .feedback = Soalan yang wajar. Sepuluh minit menekan skrin untuk { $pay } baht lebih daripada bayaran gerai mi dalam sejam. Wang semudah itu ialah umpan.

task-job-why-normal = Haha, semua orang tanya! Sekarang ini pemasaran biasa. Kedai perlukan ulasan supaya dilihat.
task-job-why-shops = Jenama besar semua buat. Anda cuma bantu algoritma.
task-job-why-fair-enough = Munasabah. Mula set pertama.
    .feedback = Bunyinya seperti kerja moden, dan sebab itu ia berkesan. Tetapi like dan rating yang dibeli daripada orang asing bukan kerja sebenar, dan syarikat yang mengambil pekerja begini tidak boleh disemak.
task-job-why-ask-company = "Baik. Apa nama dan alamat syarikat?"
    .feedback = Bagus: nama memberi anda sesuatu untuk disemak. Semak sendiri, bukan melalui pautan yang mereka hantar.
task-job-why-leave = Tolak dengan baik, dan cari kerja lain
    .feedback = Anda meninggalkan sembang yang baik kepada anda dan menjanjikan wang mudah. Itu tidak mudah, dan anda kehilangan peluang mendapat { $pay } baht dengan cepat.

## The company name

task-job-company-name = Sudah tentu! { $app } dikendalikan oleh { $firm }: ini nombor pendaftaran dan laman web kami.
task-job-company-papers = Saya boleh hantar kontrak kerja juga, dengan logo dan cop.
task-job-company-looks-real = Laman webnya sebenar dan syarikat itu wujud. Teruskan.
    .feedback = Syarikat itu sebenar, tetapi mungkin tiada kaitan dengan sembang ini: penipuan kerja tugasan sering meminjam nama perniagaan atau agensi pengambilan yang sebenar. Laman web, nombor dan cop mudah ditiru.
task-job-company-call-company = Cari sendiri nombor telefon syarikat dan hubungi pejabatnya
    .feedback = Inilah semakan yang berkesan: nombor yang anda cari sendiri, bukan dari sembang. Anda menunggu di talian sepanjang pagi sebelum ada yang menjawab.
task-job-company-video = Minta { $mentor } buat panggilan video singkat dahulu
    .feedback = Panggilan video ialah ujian yang adil, dan kali ini ia lulus. Tetapi wajah dalam panggilan hanya membuktikan ada orang di situ: orang itu mungkin dibayar, atau dipaksa, untuk tersenyum. Peraturan yang sentiasa benar: kerja tidak pernah meminta anda memasukkan wang.

task-job-video-face = Seorang wanita muda memakai set kepala tersenyum dan melambai. Di belakangnya, pejabat dengan banyak meja.
task-job-video-office = Dia berkata: "Nampak? Pejabat betul! Selamat datang ke pasukan." Panggilan itu dua minit sahaja.

task-job-real-not-us = { $firm }? Kami tiada aplikasi bernama { $app }, dan kami tidak mengambil pekerja melalui Telegram.
task-job-real-others = Anda orang ketiga minggu ini. Tolong laporkan akaun itu.
task-job-real-report-warn = Laporkan akaun itu kepada talian aduan penipuan polis, dan beritahu { $friend } apa yang anda dapati
    .feedback = Laporan membantu polis mengaitkan kes. Memberitahu { $friend } mungkin tidak mudah: dia sudah dibayar dan mungkin tidak mahu mendengarnya.
task-job-real-block = Sekat sembang itu dan berhenti di situ
    .feedback = Anda tidak rugi apa-apa. Laporan akan membantu orang lain, dan anda masih boleh membuatnya.
task-job-real-collect-first = Buat beberapa set juga, sekadar ambil bayaran. Anda akan berhenti sebelum mereka minta wang.
    .feedback = Mengambil wang mereka lalu berhenti terasa selamat. Tetapi bayaran itu umpan, dan ia datang daripada akaun yang dikawal kumpulan itu: itu sendiri boleh membawa masalah.

## The tasks

task-job-tasks-set = Set selesai: 30 daripada 30 tugasan. Komisen ditambah.
    .discuss = Aplikasi menunjukkan baki yang semakin naik. Apa yang dibuktikan oleh nombor itu?
task-job-tasks-balance = Baki anda: { $pay } baht. Tahap 1. Tahap 2 membuka komisen lebih tinggi.
task-job-tasks-paid = Anda tekan "keluarkan". Lima minit kemudian, { $pay } baht masuk ke akaun bank anda, dihantar dari akaun peribadi atas nama orang yang anda tidak kenal.
task-job-tasks-next-set = Ia berjaya. Buat set seterusnya.
    .feedback = Bayaran pertama memang sebenar, dan itulah rancangannya: bayaran kecil membuat kerja itu terasa terbukti, jadi permintaan yang datang kemudian terasa selamat.
task-job-tasks-ask-cousin = Tanya sepupu anda { $cousin }, yang bekerja di bank, sama ada ini biasa
    .feedback = Bertanya kepada orang yang faham wang ialah langkah yang baik. Kosnya sedikit maruah: { $cousin } akan mengusik anda tentang "klik dapat duit".
task-job-tasks-stop-now = Simpan { $pay } baht itu dan berhenti di sini
    .feedback = Berhenti ketika untung terasa seperti mengalahkan mereka dengan permainan mereka sendiri. Anda tidak memasukkan wang langsung. Tetapi bayaran yang anda terima datang dari akaun kumpulan itu.

task-job-cousin-account = Dibayar dari akaun peribadi orang asing? Syarikat sebenar bayar dari akaun syarikat.
task-job-cousin-rule = Dan dengar: kalau mereka pernah minta kau masukkan duit, itu penipuan. Setiap kali.
task-job-cousin-stop = Berhenti, dan beritahu mentor anda sudah selesai
    .feedback = Anda mempercayai orang yang tahu bagaimana wang bergerak. Bayaran itu umpan, dan akaun orang asing itu satu tanda.
task-job-cousin-one-more = Satu hari lagi, kemudian berhenti
    .feedback = Satu hari lagi sentiasa terasa selamat, kerana setiap hari ada bayaran. Permintaan wang datang ketika anda paling percaya pada kerja itu.

## The set that needs money

task-job-group-lucky = Tahniah! Hari ini anda dapat tugasan pedagang. Komisen 30%!
    .discuss = Pada pendapat anda, mengapa permintaan wang baru datang sekarang, selepas berhari-hari dibayar?
task-job-group-prepaid = Ini tugasan prabayar: tambah nilai { $deposit } baht dahulu, dan ia kembali bersama komisen apabila set selesai.
task-job-group-others = Dalam kumpulan pasukan, orang menyiarkan tangkap layar: "Siap! Dapat balik semua tambah 30%!"
task-job-group-timer = Tugasan tamat dalam 30 minit.
task-job-group-top-up = Tambah nilai { $deposit } baht. Malam ini ia kembali.
    .feedback = Inilah titik perubahan dalam setiap penipuan kerja tugasan: anda membayar untuk "membuka" set seterusnya. Kerja membayar anda; ia tidak pernah meminta anda membayar. Tangkap layar yang gembira itu disiarkan oleh pasukan mereka.
task-job-group-refuse = "Saya tak bayar untuk bekerja. Tolong hantar baki saya."
    .feedback = Betul. Kerja yang perlukan wang anda untuk diteruskan bukanlah kerja.
task-job-group-after-payday = Kata anda akan buat selepas gaji minggu depan
    .feedback = Anda memberi diri anda masa, dan masa ialah perkara yang mereka tidak mahu anda ada. Perhatikan cara mereka menjawab.

task-job-refuse-frozen = Jika anda berhenti di tengah tugasan, sistem membekukan baki anda. Anda akan hilang semua yang anda dapat.
task-job-refuse-level = Semua orang dalam pasukan buat. Jangan buang tahap anda sekarang!
task-job-refuse-walk-away = Lepaskan baki itu, dan pergi
    .feedback = Anda meninggalkan wang yang kata aplikasi itu milik anda. Ia hanya nombor di skrin, dan satu-satunya cara untuk "menyimpannya" ialah membayar.
task-job-refuse-just-once = Bayar, sekali ini sahaja, untuk menyelamatkan baki
    .feedback = Baki yang dibekukan membuat satu bayaran lagi terasa seperti melindungi hasil kerja anda. Itulah tujuan pembekuan itu.
task-job-refuse-warn-friend = Pergi, dan beritahu { $friend } sebelum dia sampai ke tahap ini
    .feedback = Anda berhenti, dan menjadikan apa yang anda lihat satu amaran. { $friend } mungkin marah pada mulanya.

task-job-stuck-negative = Set belum selesai. Baki anda: negatif { $deposit } baht.
task-job-stuck-more = Untuk menyelesaikan set dan mengeluarkan semuanya, tambah nilai { $big } baht.
task-job-stuck-mentor = { $mentor }: "Perkara ini biasa berlaku! Ini kombinasi bertuah. Selepas ini anda boleh keluarkan semuanya."
task-job-stuck-pay-more = Pinjam wang dan bayar. Nanti semuanya kembali.
    .feedback = Setiap bayaran diikuti "kombinasi", "cukai" atau "yuran" baharu. Baki itu tidak pernah wujud, dan membayar lagi hanya membesarkan kerugian.
task-job-stuck-stop-report = Berhenti membayar. Simpan sembang dan nombor akaun, dan buat laporan
    .feedback = Berhenti selepas rugi memang sukar, kerana ia bermakna menerima kerugian. Tetapi itulah yang mengekalkan kerugian kecil, dan rekod anda membantu polis.
task-job-stuck-ask-mother = Minta ibu pinjamkan { $big } baht
    .feedback = Memberitahu orang di rumah membuat anda melalui malam yang sukar. Tetapi ia juga membawa masuk seseorang yang dapat melihat perangkap itu dari luar.

task-job-mother-what = Ibu membaca sembang itu dalam diam. "{ $big } baht? Untuk like?"
task-job-mother-angry = Dia marah: kepada mereka, dan seketika kepada anda. Itu wang kolej.
task-job-mother-stay = Kemudian dia duduk di sebelah anda. "Kita tak bayar apa-apa lagi. Esok kita buat laporan polis."

## After

task-job-after = Anda keluar dari kumpulan. Mentor berhenti menjawab, dan aplikasi menunjukkan baki anda "dibekukan". Anda tidak kehilangan wang sendiri. Apa sekarang?
task-job-after-report = Laporkan kepada talian aduan penipuan polis, dengan sembang dan akaun yang membayar anda
    .feedback = Laporan dengan akaun dan sembang membantu polis mengaitkan kes. Ia juga melindungi anda jika timbul soalan kemudian.
task-job-after-warn-friend = Ceritakan kepada { $friend } apa yang berlaku, sebelum dia memasukkan wang
    .feedback = Memberi amaran mungkin menjatuhkan maruahnya. Ia juga mungkin menyelamatkan simpanannya.
task-job-after-block = Sekat mereka semua dan cuba lupakan
    .feedback = Tiada siapa boleh menyalahkan anda. Tetap simpan sembang itu: jika timbul soalan kemudian, ia menunjukkan apa yang berlaku.

task-job-hold = Sepuluh hari kemudian, aplikasi bank anda menyatakan akaun anda ditahan. { $pay } baht yang anda terima datang daripada wang yang hilang daripada orang lain kepada kumpulan yang sama; orang itu membuat laporan, dan setiap akaun yang dilalui wang itu sedang disemak. Anda tidak bersalah, dan sembang anda menunjukkannya, tetapi bank dan polis mengambil masa berminggu-minggu untuk menyelesaikannya. Simpanan anda ada dalam akaun itu.

## The genuine job

task-job-board = Diperlukan: pembantu sambilan di kedai buah kering di { $town }. Ambil gambar produk dan jawab mesej di halaman Facebook kedai, tiga malam seminggu. { $hourly } baht sejam. Mohon sendiri di kedai. Diiklankan oleh pejabat pekerjaan wilayah.
    .discuss = Kerja ini membayar jauh lebih rendah daripada video tadi. Apa yang membuatnya lebih mudah disemak?
task-job-board-visit = Pergi ke kedai dan bertanya
    .feedback = Majikan yang boleh anda temui di alamat sebenar, dan tidak meminta apa-apa daripada anda, ialah majikan yang boleh anda semak.
task-job-board-back-to-phone = Gajinya terlalu sedikit. Hantar mesej kepada kerja telefon itu juga.
    .feedback = Jurang gaji itu nyata, dan jurang itulah yang digunakan oleh kerja tugasan. Ingat kerja di papan iklan sebagai ukuran tawaran yang sebenar.
task-job-board-keep-looking = Terus mencari kerja yang gajinya lebih baik
    .feedback = Tiada rugi, belum ada untung. Mencari dengan teliti mengambil masa.

task-job-shop-hello = Masuklah! Nampak notis mak cik di pejabat pekerjaan? Duduk, duduk.
task-job-shop-work = Tiga malam, gambar dan halaman Facebook. Mak cik tak pandai guna telefon, pelanggan hantar mesej dan mak cik tak jawab.
task-job-shop-pay = { $hourly } baht sejam, dibayar setiap Jumaat. Cuba satu malam dahulu, tengok suka atau tidak.
task-job-shop-start = Mula hari Jumaat
    .feedback = Dia tidak meminta apa-apa daripada anda, dia membayar selepas kerja, dan anda tahu di mana dia berada. Begitulah rupa kerja kecil yang sebenar.
task-job-shop-in-writing = Minta dia tulis waktu kerja dan gaji di atas kertas
    .feedback = Dia ketawa, dan menulisnya di belakang resit. Meminta secara bertulis adalah adil dengan mana-mana majikan, dan majikan sebenar tidak kisah.
task-job-shop-too-little = Terima kasih, tetapi kerja telefon bayar lebih
    .feedback = Gajinya rendah, dan itu penting ketika anda menyimpan wang. Bezanya, kerja ini membayar anda, tidak pernah sebaliknya.

## Endings

task-job-end-safe = Anda menyekat sembang itu sebelum ada wang berpindah. Syarikat yang anda hubungi menambah mesej anda pada amaran mereka tentang akaun palsu yang menggunakan nama mereka. Wang kolej masih tidak cukup, tetapi semuanya masih ada.
task-job-end-waiting = Anda kekal bekerja hujung minggu di gerai mi dan terus menyemak papan iklan kerja. Tiada rugi, belum ada untung. Mencari dengan teliti lebih perlahan, dan ia tidak sia-sia.
task-job-end-genuine = Pada hari Jumaat anda mengambil gambar balang mangga kering dan menjawab dua puluh mesej yang terlepas. Mak Cik { $owner } membayar tunai dan meminta anda datang lagi. Wangnya tidak banyak, tetapi ia sebenar, dan akan bertambah bersama kedai itu.
task-job-end-helped = { $friend } marah sehari: dia sudah dibayar, dan menyangka anda menganggapnya bodoh. Malam esoknya dia menulis: "Mereka minta { $deposit } baht. Aku kata tidak." Anda berdua melaporkan akaun itu bersama, dan laporan anda bergabung dengan laporan lain tentang { $app }.
task-job-end-lost = { $deposit } baht anda hilang. Ia menyakitkan, dan ia bukan salah anda: kerja itu dibina supaya terasa selamat sebelum meminta wang. Anda berhenti sebelum ia membesar, dan laporan anda, dengan sembang dan akaun, membantu polis mengaitkan kes. Hubungi bank anda segera tentang bayaran itu.
task-job-end-scammed = Selepas { $big } baht, muncul "kombinasi" baharu, kemudian "cukai" untuk mengeluarkan wang. Mentor berhenti menjawab. Semua yang anda bayar hilang, dan sebahagiannya wang pinjaman. Ia bukan salah anda: penipuan ini dibina supaya terasa selamat pada setiap langkah. Hubungi bank anda sekarang dan laporkan dengan setiap sembang dan akaun. Orang yang menaip sebagai { $mentor } mungkin seseorang yang dipaksa melakukannya di pusat penipuan.
task-job-end-hold = Akaun anda dilepaskan selepas lima minggu, sedangkan deposit kursus perlu dibayar dalam tiga minggu. Anda akan bermula satu semester lewat. Anda menyemak, anda tidak pernah memasukkan wang, dan anda berhenti: ini bukan salah anda. Itulah sebab peraturannya: jangan terima bayaran daripada kerja yang tidak boleh anda semak, dan buat laporan awal, dengan sembang anda.

## The catalogue's red flags, in this story's setting

task-job-redflag-social-media-ad = Kerja dari video atau mesej
    .explain = TikTok, Facebook, LINE dan Telegram ialah tempat orang sudah biasa mencari wang tambahan, dan hantaran dengan banyak komen gembira nampak boleh dipercayai. Kerja tugasan disebarkan di situ kerana tiada siapa menyemaknya.
    .advice = Cari kerja sambilan yang majikannya ada nama dan alamat yang boleh anda semak: papan iklan kerja kerajaan, kedai yang boleh anda kunjungi, syarikat yang boleh anda telefon di nombor yang anda cari sendiri.
task-job-redflag-friend-vouches = Kawan sudah dibayar
    .explain = Kawan yang benar-benar dibayar ialah bukti kuat, jadi kerja tugasan membayar set pertama dan memberi bonus jemputan. Kawan anda tidak menipu: dia cuma belum sampai ke tahap mereka meminta wang.
    .advice = Tanya kawan anda satu soalan: pernah mereka suruh kau masukkan duit? Kemudian semak kerja itu sendiri, dan beritahu dia apa yang anda dapati.
task-job-redflag-no-company-details = Tiada syarikat yang boleh disemak
    .explain = Mentor dengan nama pertama, sebuah aplikasi dan satu sembang tidak memberi anda apa-apa untuk dicari dan tiada siapa yang bertanggungjawab. Orang mengisi kekosongan itu dengan harapan.
    .advice = Minta nama berdaftar dan alamat majikan, kemudian semak sendiri. Kerja yang tidak boleh disemak tidak berbaloi dengan maklumat anda.
task-job-redflag-pay-too-good = Wang mudah kerana menekan skrin
    .explain = Gaji yang baik untuk sepuluh minit memberi like sukar ditolak ketika anda menyimpan wang. Like dan rating yang dibeli daripada orang asing bukan kerja sebenar; wang mudah itulah umpannya.
    .advice = Bandingkan dengan gaji kerja sambilan sebenar di tempat anda. Jika sesuatu kerja membayar jauh lebih tinggi tanpa kemahiran, ketahui siapa yang membayar, dan mengapa, sebelum memberi apa-apa maklumat.
task-job-redflag-polish-not-proof = Nama sebenar bukan bukti
    .explain = Penipuan kerja tugasan meminjam nama syarikat dan agensi pengambilan yang sebenar, dengan laman web, nombor pendaftaran, cop, malah wajah tersenyum dalam panggilan. Orang yang berhati-hati pun boleh tertipu.
    .advice = Telefon syarikat di nombor yang anda cari sendiri dan tanya sama ada kerja itu milik mereka. Ingat peraturan yang tetap benar walaupun semua semakan lulus: kerja tidak pernah meminta anda memasukkan wang.
task-job-redflag-crypto-tip-early-profit = Bayaran kecil yang benar-benar masuk
    .explain = Bayaran pertama memang sebenar, jadi kerja itu terasa terbukti. Jumlahnya kecil, dan ia dibayar untuk membina kepercayaan sebelum meminta wang.
    .advice = Beberapa bayaran sebenar tidak membuktikan apa-apa. Jangan beri lebih banyak masa atau maklumat kepada majikan yang tidak boleh anda semak, dan tanya orang yang faham wang bagaimana syarikat sebenar membayar.
task-job-redflag-upfront-fee = Membayar untuk membuka kerja
    .explain = "Tugasan prabayar", "tugasan pedagang" atau "tambah nilai" mengubah anda daripada pekerja kepada pembayar. Selepas berhari-hari dibayar, ia terasa seperti langkah kecil, dan kiraan detik tidak memberi masa untuk berfikir.
    .advice = Jangan sekali-kali membayar untuk dibayar. Tiada kerja sebenar meminta anda mendepositkan wang, membeli kripto atau menambah nilai baki untuk bekerja. Berhenti, simpan sembang, dan laporkan akaun itu.
task-job-redflag-blocked-withdrawal = Baki yang perlu dibayar untuk dilepaskan
    .explain = Apabila aplikasi menunjukkan baki "dibekukan" atau negatif, membayar sekali lagi untuk melepaskannya terasa seperti menyelamatkan hasil kerja anda. Tetapi baki itu tidak wujud, dan setiap bayaran membawa "kombinasi" atau yuran baharu.
    .advice = Jangan bayar untuk melepaskan baki. Berhenti membayar, hubungi bank anda segera tentang wang yang dihantar, dan laporkan kepada polis atau talian aduan penipuan kebangsaan, dengan setiap sembang dan nombor akaun.
