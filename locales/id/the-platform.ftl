# Machine-drafted translation: needs review by a native speaker.
the-platform-title = Platform trading
the-platform-summary = Anda berkenalan dengan seseorang yang baik hati dan sukses di aplikasi kencan. Tak lama kemudian, dia ingin menunjukkan cara dia menghasilkan uang.

## Tokoh

the-platform-character-match = { $match }
the-platform-character-platform = { $platform }
the-platform-character-support = Customer Service { $platform }
the-platform-character-genuine = { $genuine }
the-platform-character-colleague = { $colleague }, rekan kerja Anda

## Variabel

the-platform-you-nurse-ohio = seorang perawat di Columbus, Ohio
the-platform-you-clerk-bangkok = seorang pegawai bank di Bangkok
the-platform-you-engineer-munich = seorang insinyur di München
the-platform-you-engineer-pune = seorang software engineer di Pune
the-platform-you-teacher-manila = seorang guru di Manila
the-platform-match-daniel = Daniel
the-platform-match-mei = Mei
the-platform-match-ryan = Ryan
the-platform-match-sofia = Sofia
the-platform-genuine-priya = Priya
the-platform-genuine-tom = Tom
the-platform-genuine-lukas = Lukas
the-platform-genuine-nok = Nok
the-platform-colleague-maria = Maria
the-platform-colleague-somchai = Somchai
the-platform-colleague-jonas = Jonas
the-platform-colleague-ravi = Ravi
the-platform-platform-vexora = Vexora Markets
the-platform-platform-bitharbor = BitHarbor Global
the-platform-platform-zentro = ZentroCoin Pro

## Kecocokan

the-platform-start = Anda { $you }. Pekerjaan sedang sibuk dan Anda hampir tidak punya waktu untuk bertemu orang, jadi Anda mencoba aplikasi kencan. Suatu malam Anda cocok (match) dengan { $match }: senyumnya hangat, pekerjaannya bagus, ada foto-foto dari perjalanan yang indah. Profilnya bertuliskan: "Mencari hubungan yang serius."
    .discuss = Apa yang membuat sebuah profil kencan terasa bisa dipercaya? Mana saja yang bisa ditiru oleh penipu?

the-platform-first-chat-hello = Hai! Biasanya aku nggak menyapa duluan. Tapi senyummu bikin hariku cerah.
    .discuss = Banyak orang sungguhan juga pindah ke WhatsApp. Apa yang akan Anda waspadai setelah pindah seperti ini?
the-platform-first-chat-kind = Kamu kelihatannya orang yang baik. Orang baik sekarang jarang.
the-platform-first-chat-move = Aku jarang buka aplikasi ini, isinya banyak profil palsu. Kita ngobrol di WhatsApp saja, ya? Ini nomorku.
the-platform-first-chat-give-number = Kirim pesan ke nomor itu di WhatsApp
    .feedback = Cepat pindah dari aplikasi kencan ke chat pribadi sering menjadi langkah pertama. Di sana, aplikasi tidak bisa lagi melihat obrolannya atau menghapus akunnya. Banyak orang sungguhan juga pindah aplikasi, jadi perhatikan apa yang terjadi berikutnya.
the-platform-first-chat-stay = "Kita ngobrol di sini dulu sebentar, ya."
    .feedback = Naluri yang bagus. Di aplikasi, fitur keamanannya tetap dekat. Dan cara seseorang menanggapi "nanti dulu" yang kecil bisa banyak bercerita.

the-platform-push = Tentu, nggak ada paksaan! Cuma, aplikasi ini sering bikin aku ke-logout. Aku nggak mau kehilangan kamu. Aku tunggu di WhatsApp, ya?
the-platform-push-give-in = Ya sudah. Kirim pesan ke dia di WhatsApp.
    .feedback = "Nggak ada paksaan", lalu permintaan yang sama lagi, adalah cara untuk mengikis penolakan. Ini berhasil karena menolak dua kali terasa tidak sopan. Alasan "aplikasinya bikin aku ke-logout" sering dipakai.
the-platform-push-hold = "Aku senang tetap di aplikasi ini. Sampai nanti!"
    .feedback = Anda tetap pada kecepatan Anda sendiri. Orang yang benar-benar tertarik pada Anda bisa menunggu beberapa hari.

## Chat pribadi

the-platform-love-bomb-morning = Selamat pagi, sayang. Semalaman aku memikirkanmu.
    .discuss = Pesan mana yang paling menyenangkan untuk diterima? Kenapa penipu mungkin mengirim persis pesan itu?
the-platform-love-bomb-soulmate = Aku tahu baru seminggu. Tapi rasanya aku sudah kenal kamu seumur hidupku.
the-platform-love-bomb-future = Suatu hari nanti kita jalan-jalan bareng. Paris? Bali? Kamu yang pilih.
the-platform-love-bomb-busy = Maaf, hari ini aku nggak bisa telepon. Aku lagi dinas ke luar kota dan sinyalnya parah.
the-platform-love-bomb-ask-video = Ajak video call sebentar akhir pekan ini
    .feedback = Panggilan video singkat adalah ujian yang adil, dan penipu sering menghindarinya. Itu membantu, tetapi bukan bukti: video bisa dipalsukan dengan alat tukar wajah. Aturan yang selalu berlaku: jangan pernah berinvestasi atau mengirim uang atas saran orang yang Anda kenal lewat internet.
the-platform-love-bomb-enjoy = Nikmati saja. Rasanya menyenangkan diinginkan seseorang.
    .feedback = Ini love bombing (membanjiri dengan kasih sayang): perasaan yang sangat besar setelah beberapa hari, rencana masa depan bersama, pesan sepanjang hari. Ini berhasil pada siapa saja, karena memenuhi kebutuhan yang nyata. Ditambah cepat pindah ke WhatsApp, ini awal yang klasik.

the-platform-video-excuse-camera = Video? Kamera HP-ku rusak. Aku lagi nunggu HP baru.
the-platform-video-excuse-shy = Terus terang, aku malu di depan kamera. Aku ingin pertemuan pertama kita langsung bertatap muka.
the-platform-video-excuse-promise = Bulan depan aku datang menemuimu, aku janji. Kamu percaya aku, kan?
the-platform-video-excuse-accept = Terima saja. Bulan depan tidak lama lagi.
    .feedback = Selalu ada alasan untuk tidak menunjukkan wajah: kamera rusak, sinyal jelek, malu. Foto-fotonya mungkin curian. Kunjungan "bulan depan" itu biasanya tidak pernah terjadi.
the-platform-video-excuse-insist = "Lima menit video call, atau aku berhenti ngobrol."
    .feedback = Anda bertahan pada ujian yang adil: banyak penipu menghindari video karena wajahnya tidak cocok dengan foto. Sebagian memalsukannya dengan alat tukar wajah, jadi panggilan pun bukan bukti. Apa pun yang terjadi, jangan pernah berinvestasi atau mengirim uang atas saran orang yang Anda kenal lewat internet.

the-platform-pull-back-hurt = Wah. Setelah semua yang kita bagi, kamu pikir aku pembohong?
the-platform-pull-back-guilt = Aku sudah membuka hatiku untukmu. Kukira kamu berbeda.
the-platform-pull-back-stand-firm = Tetap ramah tapi tegas. Blokir nomornya dan laporkan profilnya ke aplikasi kencan.
    .feedback = Rasa bersalah membuat permintaan yang wajar terasa kejam. Anda tidak salah apa-apa karena ingin melihat dengan siapa Anda bicara. Melapor membantu aplikasi menghapus profil yang dipakai untuk menipu banyak orang.
the-platform-pull-back-apologise = Minta maaf. Anda tidak ingin menyakitinya.
    .feedback = Membuat Anda merasa bersalah karena permintaan yang wajar adalah cara untuk mengambil alih kendali. Ini berhasil karena orang baik tidak ingin menyakiti siapa pun. Perhatikan: masih belum ada video call.

## Tips

the-platform-tip-thanks = Kamu bikin aku bahagia sekali. Boleh aku cerita satu rahasia?
the-platform-tip-secret = Pamanku analis pasar. Dia memberiku sinyal untuk trading kripto di { $platform }.
the-platform-tip-profit = Bulan lalu aku untung 30%. Aku ingin hidupmu juga enak.
the-platform-tip-small = Mulai kecil saja, cukup ${ $deposit }. Nanti aku bimbing langkah demi langkah. Ini tautan aplikasinya.
the-platform-tip-try-small = Pasang aplikasi dari tautan itu dan masukkan ${ $deposit }
    .feedback = Saran kripto dari orang yang hanya Anda kenal lewat internet adalah inti penipuan ini. Aplikasi yang ditunjukkan orang kenalan online dijalankan oleh penipu, entah dari tautan atau dari toko aplikasi resmi: aplikasi trading palsu pernah ditemukan di keduanya. Setiap angka di dalamnya bisa dikarang.
the-platform-tip-check-first = Bilang Anda mau memeriksa { $platform } dulu. Cari namanya dan otoritas keuangan di negara Anda.
    .feedback = Bagus. Perusahaan trading yang asli punya izin, dan Anda bisa menemukannya sendiri di daftar otoritas keuangan. Tips "pasti untung" dari kekasih baru adalah pola yang sudah dikenal, sebaik apa pun orangnya kelihatannya.

the-platform-check-stop-report = Hasilnya lolos, tapi tip dari orang yang saya kenal online tetap saja tip. Berhenti, dan laporkan profilnya
    .feedback = Anda membiarkan satu aturan yang memutuskan, bukan daftar regulator: tidak ada uang untuk tip dari orang yang dikenal online. Anda tidak kehilangan apa pun, dan laporan membantu aplikasi menghapus profil yang dipakai pada banyak orang.

## Untung di awal

the-platform-profit-balance = Selamat datang kembali! Akun Anda naik 42% minggu ini.
the-platform-profit-withdraw = Penarikan percobaan $50: berhasil. Cek rekening bank Anda!

the-platform-event-see = Tuh kan? Sudah kubilang ini asli.
    .discuss = Penarikannya benar-benar berhasil. Kenapa penipu membiarkan Anda menarik uang?
the-platform-event-chance = Kabar besar: ada event VIP selama 48 jam. Setor ${ $big } dan dapat bonus 30%. Aku juga ikut setor.
the-platform-event-secret = Jangan bilang keluargamu dulu. Mereka nggak akan mengerti. Ini untuk masa depan kita berdua.
the-platform-event-deposit-big = Pindahkan ${ $big } dari tabungan Anda. Lagi pula, penarikannya berhasil.
    .feedback = Penarikan kecil itu umpan. Para penipu hanya mengeluarkan sedikit uang untuk membeli kepercayaan Anda demi setoran yang jauh lebih besar. Tenggat waktu dan "jangan bilang keluargamu" membuat Anda tidak sempat memeriksa.
the-platform-event-ask-someone = Tunggu. Bicarakan dulu dengan orang yang Anda percaya sebelum menyentuh tabungan Anda.
    .feedback = Bagus. Tenggat waktu dan rahasia itu ada justru untuk mencegah Anda melakukan hal ini. Kesempatan yang asli tidak lenyap hanya karena Anda meluangkan sehari untuk bertanya.

## Penarikan yang ditahan

the-platform-blocked-request = Permintaan penarikan: seluruh saldo. Status: DITAHAN.
the-platform-blocked-tax = Keuntungan Anda harus dikenai pajak sebelum dicairkan. Bayar pajak sebesar ${ $fee } dengan dana dari luar akun untuk mencairkan penarikan Anda.
the-platform-blocked-deadline = Bayar dalam 72 jam, atau akun Anda akan dibekukan demi keamanan.
the-platform-blocked-pay-fee = Bayar ${ $fee }. Memang banyak, tapi jauh lebih kecil daripada saldo Anda.
    .feedback = Pajak yang asli dibayar ke kantor pajak. Pajak tidak dibayar ke platform untuk membuka uang Anda sendiri. Saldo itu hanya angka di layar yang dikendalikan para penipu, dan setiap biaya akan disusul biaya lain.
the-platform-blocked-refuse = Tolak. Minta mereka memotong pajaknya dari saldo Anda, atau mengembalikan uang yang sudah Anda setor.
    .feedback = Benar. Kalau uangnya benar-benar ada, biaya apa pun bisa dipotong dari situ. Diminta uang baru sebelum bisa mengambil uang sendiri adalah tanda bahwa memang tidak ada uang yang bisa diambil.

the-platform-more-fees-received = Pajak sudah diterima, terima kasih.
the-platform-more-fees-flagged = Akun Anda sekarang sedang ditinjau terkait pencegahan pencucian uang. Diperlukan deposit verifikasi sebesar ${ $fee }. Deposit ini bisa dikembalikan sepenuhnya.
the-platform-more-fees-urgent = Ini prosedur standar. Sebagian besar klien membayar di hari yang sama.
the-platform-more-fees-pay-again = Bayar lagi. Berhenti sekarang berarti kehilangan semuanya.
    .feedback = Perasaan inilah jebakannya: makin banyak yang sudah Anda masukkan, makin sulit berhenti. Akan selalu ada satu biaya lagi, karena tidak ada yang bisa dicairkan.
the-platform-more-fees-stop = Berhenti membayar. Simpan setiap chat, tangkapan layar, dan bukti transfer.
    .feedback = Berhenti setelah terlanjur membayar itu berat, dan itu keputusan yang benar. Setiap biaya baru hanyalah cara untuk mengambil lebih banyak. Bukti-bukti Anda akan membantu bank dan polisi.

the-platform-stopped = Saat Anda berhenti membayar, { $match } bersikap manis, lalu dingin, lalu marah. Kemudian nomornya hilang dan situs webnya tidak bisa dibuka. Anda merasa mual dan malu. Tetapi ini dilakukan terhadap Anda, oleh tim yang melakukannya kepada banyak orang setiap hari.
    .discuss = Kenapa begitu banyak orang tidak pernah bercerita kepada siapa pun setelah penipuan seperti ini?
the-platform-stopped-report = Telepon layanan penipuan di bank Anda dan laporkan ke lembaga kejahatan siber nasional
    .feedback = Bertindak cepat itu penting. Bank mungkin bisa menghentikan pembayaran yang belum masuk, dan laporan membantu polisi menghubungkan kasus-kasus. Simpan tangkapan layar, alamat dompet kripto, dan bukti transfer.
the-platform-stopped-tell-colleague = Ceritakan kepada { $colleague } dari kantor. Minggu lalu dia membicarakan aplikasi kripto.
    .feedback = Butuh keberanian untuk bercerita kepada seseorang. Itu juga memecah diam yang diandalkan para penipu.

## Rekan kerja

the-platform-colleague-phone = Lihat, aku juga pakai { $platform }! Ada teman yang kukenal lewat internet yang menunjukkannya.
the-platform-colleague-gains = Aku untung 40% dalam sebulan. Malam ini ada event VIP. Aku mau masukkan tabunganku.
the-platform-colleague-compare-notes = Bandingkan cerita kalian: cepat pindah ke aplikasi pribadi, tidak ada video call, tips yang katanya pasti untung, penarikan kecil yang berhasil.
    .feedback = Naskah yang sama dua kali bukan kebetulan, itu sebuah metode. Dua "teman" yang dikenal lewat internet, sama-sama dengan tips pasti untung dan keuntungan di awal: keuntungan itu umpan. Mendengar langkah-langkahnya berdampingan sering kali yang membuat orang berhenti.
the-platform-colleague-show-warning = Tunjukkan kepada { $colleague } apa yang Anda temukan: situs web baru, tanpa izin, dan unggahan di forum.
    .feedback = Fakta, bukan hanya perasaan, membantu orang mau mendengar. Jauh lebih mudah berhenti sebelum setoran besar daripada sesudahnya.
the-platform-colleague-join-in = Kalau kalian berdua sama-sama untung, pasti ini asli. Ikut event VIP-nya.
    .feedback = Dua orang yang melihat keuntungan di aplikasi yang sama tidak membuatnya asli. Aplikasi itu menampilkan angka apa pun yang diinginkan para penipu, kepada semua orang.
the-platform-colleague-stay-quiet = Diam saja. Anda terlalu malu.
    .feedback = Rasa malu membuat banyak orang diam, dan penipu mengandalkan itu. Yang terjadi pada Anda bukan salah Anda, dan cerita Anda bisa menyelamatkan orang lain.

## Kecocokan yang sungguhan

the-platform-other-match = { $match } tidak pernah menulis lagi, jadi Anda melaporkan profilnya. Seminggu kemudian Anda cocok dengan { $genuine }, yang bertanya tentang jajanan kaki lima favorit Anda dan membuat Anda tertawa. Kalian mengobrol di aplikasi selama beberapa hari. Lalu: "Mau video call sebentar sebelum kita ketemu? Aku juga jadi merasa lebih aman."
the-platform-other-match-video-call = Setujui video call singkat
    .feedback = Panggilan video sejak awal adalah tanda baik: orangnya cocok dengan foto dan tak ada yang disembunyikan. Itu tidak membuktikan segalanya, karena video bisa dipalsukan; yang tidak pernah dilakukan orang ini adalah meminta uang atau memberi saran investasi.
the-platform-other-match-unmatch-all = Batalkan kecocokan. Setelah { $match }, semua orang di internet terasa palsu.
    .feedback = Itu bisa dimengerti. Tetapi orang ini melakukan semuanya dengan benar: tetap di aplikasi, pelan-pelan, menawarkan video call. Mengenal tanda-tandanya membuat Anda bisa membedakan orang, bukannya menyerah pada semua orang.

the-platform-video-date-hi = Hai! Maaf, lampu dapurku jelek sekali. Wajahku kelihatan jelas, nggak?
    .discuss = { $genuine } mengajak tukar nomor, tapi baru setelah bertemu. Apa lagi yang berbeda dari { $match }?
the-platform-video-date-plan = Jadi... ngopi hari Sabtu? Ada kafe yang ramai dekat stasiun. Kasih tahu teman kamu di mana kamu nanti. Aku juga begitu.
the-platform-video-date-swap = Dan kalau lancar, habis itu kita bisa tukar nomor.
the-platform-video-date-meet = Setujui ajakan ngopi, dan beri tahu seorang teman di mana Anda akan berada
    .feedback = Tempat umum yang ramai, dan teman yang tahu di mana Anda berada: kencan pertama yang aman. Dan perhatikan apa yang tidak pernah dibicarakan: uang, kripto, atau rahasia.
the-platform-video-date-wait-longer = Bilang Anda ingin mengobrol sedikit lebih lama dulu
    .feedback = Menjalaninya dengan kecepatan Anda sendiri itu tidak apa-apa. Orang yang tulus menerimanya tanpa membuat Anda merasa bersalah atau tertekan.

## Akhir cerita

the-platform-end-safe = Anda berhenti sebelum ada uang yang berpindah, dan aplikasi kencan menghapus profil yang Anda laporkan. Foto-foto dan kata-kata manis yang sama kemungkinan besar dikirim ke banyak orang sekaligus. Sering kali orang yang mengetiknya bekerja di kompleks penipuan, dan sebagian dari mereka dipaksa melakukannya.
the-platform-end-coffee = Saat Anda sudah siap, Anda bertemu { $genuine } di sebuah kafe yang ramai. Agak canggung, tapi seru sekali. Tidak ada yang menyinggung soal uang, kripto, atau rahasia. Apa pun yang terjadi selanjutnya, seperti inilah kecocokan yang sungguhan: pelan, terbuka, dan tidak takut menunjukkan wajah.
the-platform-end-scammed = { $match }, { $platform }, dan "customer service"-nya semuanya satu penipuan, dijalankan oleh penjahat terorganisasi. Uang yang Anda masukkan sudah hilang. Itu bukan salah Anda. Laporkan ke bank Anda dan ke lembaga kejahatan siber nasional, dan simpan setiap chat, bukti transfer, dan alamat dompet kripto. Hati-hati dengan siapa pun yang menawarkan mengembalikan uang itu dengan bayaran.
the-platform-end-helped = { $colleague } berhenti sebelum event VIP. Bersama-sama kalian melaporkan { $platform } dan profil-profilnya ke aplikasi kencan, ke bank kalian, dan ke lembaga kejahatan siber nasional, dan kalian menyimpan tangkapan layar sebagai bukti. Satu obrolan jujur di saat yang tepat menyelamatkan banyak uang dan banyak rasa sakit.

## Pilihan yang lebih sulit

the-platform-character-firm = Layanan nasabah, perusahaan berizin
the-platform-character-recovery = Global Asset Recovery Partners
the-platform-first-chat-image-search = Cari balik foto-fotonya dulu. Kalau tidak ada yang aneh, pindah ke WhatsApp
    .feedback = Pemeriksaan yang wajar, dan hasilnya bersih: fotonya mungkin dari akun pribadi atau dibuat AI. Hasil bersih bukan bukti, dan pindah ke chat pribadi tetaplah langkah yang perlu diwaspadai.
the-platform-push-video-first = "Kita video call sebentar di aplikasi ini dulu, baru aku pindah"
    .feedback = Syarat yang wajar, dan fitur keamanan aplikasi tetap dekat. Perhatikan jawaban yang datang.
the-platform-love-bomb-tell-friend = Ceritakan { $match } ke sahabat Anda, dengan tangkapan layar profilnya
    .feedback = Bercerita adalah kebiasaan baik: penipuan tumbuh dalam rahasia. Sahabat Anda ikut senang, dan sejauh ini tidak ada yang diminta dari Anda. Tetap kabari dia.
the-platform-video-excuse-voice-call = Minta telepon suara saja, malam ini
    .feedback = Telepon suara terasa seperti langkah nyata, dan yang ini berjalan baik. Tetapi suara membuktikan sedikit: ada orangnya, bukan siapa dia atau apa maunya.
the-platform-voice-warm = { $match } menelepon malam itu: suara hangat, tawa pelan, sepuluh menit obrolan santai.
the-platform-voice-noise = Di balik suaranya terdengar dengung, seperti banyak orang bicara di ruangan besar. "Maaf, aku masih di kantor, di sini semua kerja sampai malam."
    .discuss = Apa yang dibuktikan telepon suara, dan apa yang tidak?
the-platform-pull-back-wait-visit = Minta maaf, dan tunggu kunjungan bulan depan sebelum memutuskan apa pun
    .feedback = Memberi waktu terdengar adil. Tetapi kunjungan bulan depan juga bagian dari cerita, dan sementara itu chat berjalan setiap hari, dengan cara mereka.
the-platform-tip-own-exchange = Beli kripto di bursa besar yang sudah Anda pakai, lalu kirim ke { $platform } seperti yang dijelaskan { $match }
    .feedback = Bursanya asli, jadi terasa aman. Tetapi uangnya keluar dari sana ke { $platform }, pilihan { $match }: penipu sering menyuruh orang lewat bursa asli lebih dulu.

the-platform-check-register = Anda mencari di situs regulator keuangan negara Anda. { $platform } ada di sana: nama yang sama, nomor izin, alamat kantor sungguhan.
    .discuss = Platform ini ada di daftar regulator. Apa lagi yang ingin Anda ketahui sebelum percaya?
the-platform-check-site = Situsnya menampilkan nomor izin yang sama di bagian bawah, dan live chat menjawab dalam hitungan detik.
the-platform-check-small-test = Berizin. Masukkan hanya ${ $deposit }, uang yang sanggup hilang, lalu uji penarikan
    .feedback = Mulai kecil setelah pemeriksaan sungguhan itu hati-hati, dan banyak orang hati-hati melakukan persis ini. Perhatikan bagaimana penarikannya.
the-platform-check-call-register = Telepon perusahaan itu di nomor yang tercantum di daftar regulator, dan tanyakan apakah aplikasi ini milik mereka
    .feedback = Inilah pemeriksaan yang berhasil: nomor yang Anda temukan sendiri, bukan dari situsnya. Harganya satu jam istirahat siang menunggu di telepon.

the-platform-clone-not-us = { $platform } memang nama kami, tapi aplikasi itu bukan milik kami. Aplikasi kami hanya ada di toko resmi, dan kami tidak pernah menghubungi nasabah lewat aplikasi kencan.
the-platform-clone-clones = Seseorang menyalin nama dan nomor izin kami ke situs tiruan. Kami sudah melapor ke regulator; Anda bukan penelepon pertama minggu ini.
the-platform-clone-real = Kalau Anda ingin berinvestasi dengan kami, Anda bisa membuka akun di situs kami sendiri. Prosesnya seminggu.
the-platform-clone-stop-report = Berterima kasih, blokir { $match }, dan laporkan profil serta situs palsunya
    .feedback = Anda berhenti sebelum ada uang yang berpindah. Melaporkan tiruan membantu perusahaan dan regulator memperingatkan orang lain.
the-platform-clone-warn-colleague = Beri tahu { $colleague } di kantor: minggu lalu mereka membicarakan { $platform }
    .feedback = Membagikan temuan Anda bisa melindungi orang lain. Banyak korban baru mendengar peringatan saat sudah terlambat.
the-platform-clone-open-real = Tanyakan cara membuka akun sungguhan di sana, dengan cara Anda sendiri
    .feedback = Tidak ada salahnya berinvestasi, di platform yang Anda temukan dan periksa sendiri. Siapkan diri: lebih lambat dan kurang seru dibanding tip itu.

the-platform-real-platform-slow = Pendaftaran yang asli meminta KTP, bukti alamat, dan kuesioner tentang tabungan Anda. Prosesnya enam hari.
the-platform-real-platform-risk = Setiap halaman menyebut Anda bisa rugi. Tidak ada yang menjanjikan hasil, dan tidak ada yang menelepon soal "event".
the-platform-real-platform-fees = Biaya-biayanya tercantum dalam tabel. Anda bisa menarik uang kapan saja, ke rekening bank Anda sendiri, tanpa pajak yang harus dibayar dulu.
the-platform-real-platform-open-small = Buka akunnya, dan masukkan jumlah kecil yang Anda pilih sendiri
    .feedback = Seperti inilah platform sungguhan: Anda diperiksa, ada peringatan, biaya tertulis, penarikan ke rekening Anda sendiri. Tidak semua platform trading itu penipuan; yang patut diragukan adalah yang ditunjukkan orang asing kepada Anda.
the-platform-real-platform-ask-adviser = Tanyakan dulu ke penasihat di bank Anda
    .feedback = Pendapat kedua dari orang yang tidak menjual apa pun kepada Anda memakan satu sore, dan itu kebiasaan yang baik.
the-platform-real-platform-not-now = Putuskan bahwa investasi belum untuk Anda sekarang, dan laporkan profil serta situs tiruannya
    .feedback = Itu juga pilihan yang wajar. Tidak ada yang wajib berinvestasi, dan perusahaan sungguhan tidak mengejar Anda.
the-platform-end-genuine = Akun Anda kecil, lambat, dan agak membosankan: naik sedikit, turun sedikit, dan tidak ada yang menyuruh Anda buru-buru. Anda memeriksa perusahaan itu sendiri, di daftar regulator dan lewat nomor yang Anda temukan, dan kali ini platformnya asli. Memeriksa tidak sama dengan menolak semuanya. { $match } berhenti menulis pada hari Anda bilang sudah menemukan situs asli perusahaan itu.

the-platform-small-deposit = Anda memasukkan ${ $deposit }. Saldonya naik setiap hari.
the-platform-small-test = Anda mencoba menarik $50. Uangnya masuk ke rekening Anda keesokan paginya.
the-platform-small-hold = Anda minta menarik sisanya. Status: ON HOLD. "Pajak pemotongan regulasi sebesar 20% dari keuntungan Anda harus dibayar dengan dana dari luar sebelum dana dicairkan." Emailnya memakai logo regulator dan nomor izin perusahaan.
    .discuss = Anda sudah memeriksa daftar regulator, dan uji penarikan berhasil. Apa yang akan membuat Anda membayar ini, dan apa yang akan menahan Anda?
the-platform-small-pay-tax = Kelihatannya resmi, dan Anda sudah memeriksa perusahaannya. Bayar saja
    .feedback = Semua yang Anda periksa memang asli: nama dan izinnya milik perusahaan sungguhan. Situsnya tidak. Pajak sungguhan dibayar ke kantor pajak, tidak pernah ke platform untuk mencairkan uang Anda sendiri.
the-platform-small-refuse = Tolak. Minta pajaknya dipotong dari saldo
    .feedback = Tepat. Kalau uangnya memang ada, biaya apa pun bisa dipotong dari situ. Diminta uang baru sebelum bisa menarik uang sendiri adalah tanda bahwa tidak ada yang bisa ditarik.
the-platform-small-call-regulator = Telepon regulator di nomor resminya, dan tanyakan soal pajak itu
    .feedback = Regulator tidak punya pajak seperti itu, dan memberi tahu bahwa nama dan izin { $platform } dipakai situs tiruan. ${ $deposit } Anda hilang, dan itu bukan salah Anda: Anda memeriksa, dan penipuan ini dibuat untuk lolos pemeriksaan.

the-platform-event-withdraw-first = Tarik semuanya dulu, baru putuskan
    .feedback = Ujian yang wajar: kalau uangnya nyata, Anda bisa menariknya. Perhatikan apa yang terjadi saat Anda mencoba.
the-platform-blocked-ask-match = Tanya { $match }. Pasti dia pernah menarik dana
    .feedback = { $match } bilang itu biasa dan menawarkan membayar separuh pajaknya "karena aku sayang kamu". Bantuan membayar biaya adalah bagian dari naskah: membuat Anda merasa aman dan membuat biaya berikutnya lebih sulit ditolak.
the-platform-more-fees-call-bank = Telepon bank Anda sebelum mengirim apa pun lagi
    .feedback = Tepat. Tim penipuan bank Anda melihat ini setiap minggu; mungkin mereka bisa menahan pembayaran, dan akan membantu Anda melapor. Setiap biaya baru hanyalah cara mengambil lebih banyak.
the-platform-stopped-say-nothing = Jangan cerita ke siapa pun. Terlalu memalukan
    .feedback = Rasa malu membuat banyak orang diam, dan penipu mengandalkannya. Ini bukan salah Anda, dan laporan yang dibuat sekarang masih bisa membantu.

the-platform-recovery-know = Nasabah yang terhormat, kami menulis tentang kerugian Anda di { $platform }. Kami tahu ini masa yang sulit.
the-platform-recovery-agency = Kami bekerja dengan badan siber nasional dalam kasus Anda. Pengacara kami telah melacak dana Anda ke sebuah dompet yang bisa dibekukan.
the-platform-recovery-fee = Untuk memulai pencairan secara hukum, kami perlu biaya 10%, dibayar dalam USDT. Sebagian besar nasabah mendapatkan kembali dananya dalam 14 hari.
    .discuss = Bagaimana mereka bisa tahu kerugian Anda? Siapa yang tahu bahwa Anda sudah melapor?
the-platform-recovery-pay-recovery = Bayar biayanya. Mereka tahu kasus saya, jadi pasti bekerja dengan badan itu
    .feedback = Penipu menyimpan daftar orang yang uangnya mereka ambil dan menjualnya, jadi "firma pemulihan" bisa tahu setiap detail. Polisi dan regulator sungguhan tidak memungut biaya untuk menyelidiki, dan tidak meminta kripto.
the-platform-recovery-call-agency = Telepon badan siber di nomor resminya dan tanyakan tentang firma ini
    .feedback = Badan itu tidak pernah mendengar nama mereka dan tidak bekerja dengan firma pemulihan. Anda memeriksa dengan cara yang berhasil: nomor yang Anda temukan sendiri.
the-platform-recovery-ignore = Hapus. Tidak ada yang mendapat uang kembali dengan membayar
    .feedback = Tepat: polisi dan regulator sungguhan tidak memungut biaya untuk menyelidiki. Kalau bisa, teruskan email itu bersama laporan Anda.
the-platform-end-recovery = "Firma pemulihan" itu mengambil biayanya, lalu meminta "pajak pencairan", lalu berhenti membalas. Itu orang-orang yang sama, atau yang membeli daftar mereka. Ini bukan salah Anda: mereka kembali karena Anda sudah terluka. Laporkan ini juga ke bank dan badan siber nasional, dan jangan membayar siapa pun yang menjanjikan uang kembali.
the-platform-end-reported = Anda tidak membayar apa pun lagi. Uang yang Anda masukkan hilang, dan itu menyakitkan, dan itu bukan salah Anda: platform, layanan yang ramah, dan "firma pemulihan" semuanya dibuat untuk lolos dari pemeriksaan orang yang berhati-hati. Bank Anda dan badan siber nasional sudah menerima laporan Anda, lengkap dengan setiap chat dan alamat dompet. Orang yang mengetik sebagai { $match } mungkin dipaksa melakukannya di kompleks penipuan.

the-platform-other-match-ask-questions = Tanya { $genuine } beberapa hal dulu: pekerjaan, teman, tinggal di mana
    .feedback = Pertanyaan yang wajar, dan { $genuine } menjawab dengan mudah, dengan rincian yang bisa Anda periksa. Orang sungguhan tidak keberatan ditanya.
the-platform-video-date-look-up = Cari tahu tentang { $genuine } dulu: profil kerja, teman bersama
    .feedback = Sekilas mencari butuh sepuluh menit, dan muncul profil kerja serta teman dari teman. Memeriksa seseorang bukan penghinaan; orang sungguhan punya kehidupan yang terlihat.
the-platform-redflag-polish-not-proof = Nomor izin yang asli bukan bukti
    .explain = Situs trading yang rapi, nomor izin yang tercantum di daftar regulator, "layanan pelanggan" yang ramah: semuanya terasa resmi. Penipu menyalin nama dan nomor izin perusahaan sungguhan yang berizin dan membuat situs tiruan, sehingga orang teliti yang memeriksa pun ikut tertipu.
    .advice = Periksa lewat kontak yang Anda temukan sendiri, bukan tautan atau nomor yang dikirimkan kepada Anda: telepon perusahaan itu di nomor yang ada di daftar regulator, atau tanyakan ke bank Anda. Dan ingat aturan yang selalu berlaku: tidak ada uang atas saran orang yang Anda kenal lewat internet.
