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

the-platform-check = Anda mencari. { $platform } punya situs web yang mengilap, tetapi baru dibuat lima minggu lalu. Namanya tidak ada di daftar otoritas keuangan. Satu unggahan di forum berbunyi: "Mereka membiarkan saya menarik uang sekali, lalu meminta pajak." Dan namanya terasa tidak asing: minggu lalu { $colleague } di kantor membicarakan { $platform }.
    .discuss = Di negara Anda, di mana Anda bisa memeriksa sebuah platform trading?
the-platform-check-stop-report = Berhenti di sini. Blokir { $match } dan laporkan profil serta situs webnya.
    .feedback = Anda berhenti sebelum ada uang yang berpindah. Melaporkan profil dan situsnya membantu menghentikan korban berikutnya.
the-platform-check-warn-colleague = Bicara dengan { $colleague } di kantor besok
    .feedback = Menceritakan apa yang Anda temukan bisa melindungi orang lain. Banyak korban tidak pernah mendengar peringatan sampai semuanya terlambat.
the-platform-check-try-anyway = { $match } mengirim tangkapan layar keuntungan besar. Coba saja dengan jumlah kecil.
    .feedback = Tangkapan layar gampang dipalsukan, dan jumlah kecil justru cara semuanya dimulai. Rencananya: tunjukkan untung kepada Anda, lalu minta jauh lebih banyak.

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
