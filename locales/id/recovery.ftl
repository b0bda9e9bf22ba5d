# Machine-drafted translation: needs review by a native speaker.
recovery-title = Perusahaan pemulihan dana
recovery-content-note = Cerita ini tentang kehilangan uang karena penipuan, serta rasa malu dan takut yang bisa menyusul. Tidak ada kekerasan. Jika cerita ini mengingatkan Anda pada pengalaman sendiri, Anda bisa berhenti sejenak atau keluar kapan saja dengan q, dan berbicara dengan orang yang Anda percaya.
recovery-summary = Anda sudah kehilangan uang karena penipuan investasi. Sekarang ada perusahaan yang bilang bisa mengembalikan uang Anda.

## Characters

recovery-character-agent = { $agent }, { $firm }
recovery-character-caller = { $officer }
recovery-character-bank = Tim penanganan penipuan di bank Anda
recovery-character-police = Petugas, unit kejahatan siber kepolisian
recovery-character-group = Kelompok dukungan penyintas penipuan
recovery-character-search = Hasil pencarian
recovery-character-regulator = { $fake }, hotline korban
recovery-character-lawyer = Pengacara, di kantor dekat toko Anda

## Variables

recovery-you-ana = Ana Reyes, pemilik toko roti kecil di Quezon City
recovery-you-tunde = Tunde Bakare, pemilik tempat servis HP di Lagos
recovery-you-mark = Mark Kowalski, pemilik usaha jasa ledeng di Cleveland, Ohio
recovery-you-supaporn = Supaporn Chaiyasit, pemilik salon kecantikan di Chiang Mai
recovery-you-arjun = Arjun Mehta, pemilik usaha percetakan di Ahmedabad
recovery-you-elena = Elena Popescu, pemilik toko bunga di Bukares
recovery-firm-sterling = Sterling Asset Recovery
recovery-firm-apex = Apex Fund Retrieval Group
recovery-firm-crownfield = Crownfield Legal & Recovery
recovery-agent-whitfield = James Whitfield
recovery-agent-bennett = Laura Bennett
recovery-agent-moreau = Daniel Moreau
recovery-agency-fbi = FBI
recovery-agency-interpol = Interpol
recovery-agency-regulator = otoritas keuangan
recovery-officer-harris = Agen Harris
recovery-officer-chen = Petugas Chen
recovery-officer-okafor = Inspektur Okafor
recovery-fake-ffra = Financial Fraud Recovery Authority
recovery-fake-nfvo = National Fraud Victims Office
recovery-fake-crca = Consumer Restitution and Compensation Agency

## The first contact

recovery-start = Anda adalah { $you }. Tiga bulan lalu Anda kehilangan ${ $lost } karena aplikasi trading palsu: ${ $card } pertama dibayar dengan kartu, sisanya lewat transfer bank dan kripto. Anda merasa malu, padahal itu bukan salah Anda: aplikasi itu dibuat oleh para profesional untuk menipu orang yang berhati-hati sekalipun. Anda menulis tentang itu di Facebook dan di grup dukungan online, untuk memperingatkan orang lain. Banyak yang membalas dengan baik. Beberapa orang menghubungi Anda secara pribadi.
    .discuss = Mengapa penipu mencari orang yang baru saja kehilangan uang?

recovery-contact = Perihal: Kasus Anda - dana berhasil dilacak. Klien yang terhormat, { $firm } bekerja sama dengan { $agency } untuk mengembalikan uang yang dicuri lewat penipuan online. Analis kami telah melacak ${ $lost } milik Anda ke sebuah dompet kripto. Kami memulihkan hingga 90% dana korban seperti Anda. Balas hari ini untuk membuka kasus Anda. Ref. RC-2291/7
    .discuss = Dari mana perusahaan ini bisa tahu tentang uang yang hilang? Apa yang akan Anda periksa sebelum membalas?
recovery-contact-reply = Balas. Akhirnya ada yang bisa membantu.
    .feedback = Penipu mengawasi unggahan orang yang kehilangan uang, lalu menawarkan untuk mengembalikannya. Ini berhasil karena harapannya nyata dan lukanya masih baru. Ini penipuan kedua, yang menyasar orang yang sudah terluka.
recovery-contact-ask-how = Balas dengan satu pertanyaan: "Bagaimana Anda menemukan saya?"
    .feedback = Pertanyaan yang bagus. Perhatikan apakah jawabannya sesuatu yang bisa Anda periksa sendiri.
recovery-contact-check = Jangan balas dulu. Cari situs resmi { $agency } dan lihat bagaimana mereka menghubungi korban.
    .feedback = Polisi dan regulator sungguhan tidak menulis kepada korban untuk menjual jasa pemulihan berbayar. Memeriksa lewat sumber yang Anda temukan sendiri adalah langkah yang kuat. Perhatikan apa yang ditampilkan pencarian: penipu juga membeli hasil pencarian.
recovery-contact-lawyer = Jangan balas mereka. Cari pengacara yang menangani kasus penipuan
    .feedback = Bertanya kepada profesional itu wajar, dan bisa ada biayanya. Perusahaan "pemulihan" sering juga menyebut diri pengacara, jadi lihat siapa sebenarnya di balik nama itu.

recovery-found-you = Kami bekerja sama dengan analis blockchain yang melacak dana curian. Kasus Anda ada di daftar korban { $agency } yang kami terima. Waktu sangat penting: para penjahat bisa segera mengosongkan dompet kripto itu. Boleh kami menelepon Anda besok?
recovery-found-you-take-call = Setujui teleponnya
    .feedback = "Daftar korban" yang dibagikan ke perusahaan swasta bukan cara kerja polisi. Kemungkinan besar mereka menemukan unggahan publik Anda. Tenggat waktu itu mendorong Anda bertindak sebelum memeriksa.
recovery-found-you-check = Bilang Anda mau memeriksa sendiri ke { $agency } dulu
    .feedback = Bagus. Lembaga yang asli tidak keberatan kalau Anda memeriksa. Penipu akan berusaha mencegah Anda, sering dengan tenggat waktu.
recovery-found-you-bank-first = Jangan jawab dulu, dan telepon bank di nomor di balik kartu Anda
    .feedback = Bank adalah pihak yang Anda hubungi sendiri, dan bank tahu pembayaran Anda. Biayanya satu jam menunggu di telepon pada minggu yang sibuk.

## A lawyer

recovery-lawyer-stars = Anda mencari "pengacara penipuan kripto". Paling atas: "CryptoRecover Legal: 4,9 bintang, 312 ulasan. No win, no fee. Tingkat keberhasilan 93%." Ulasannya hangat dan rinci.
    .discuss = Apa yang dikatakan tiga ratus ulasan bagus kepada Anda? Apa yang tidak?
recovery-lawyer-local = Lebih ke bawah, di peta: kantor pengacara sepuluh menit dari toko Anda. Sebelas ulasan, beberapa menggerutu. "Konsultasi pertama: ${ $consult } untuk satu jam."
recovery-lawyer-online-firm = Tulis ke firma bintang lima. No win, no fee: tidak ada ruginya
    .feedback = Ulasan, tingkat keberhasilan, dan "no win, no fee" mudah dibeli atau ditulis. Banyak penipuan pemulihan memakai nama firma hukum, lalu muncul "biaya berkas" atau "pajak" setelah Anda tanda tangan.
recovery-lawyer-local-lawyer = Buat janji di kantor dekat toko dan bayar ${ $consult } untuk satu jam
    .feedback = Pengacara yang bisa Anda datangi, dengan kantor nyata dan nama yang bisa Anda cek di organisasi advokat, adalah orang yang bisa dimintai tanggung jawab. Satu jam itu berbiaya, dan mungkin tidak mengembalikan uang sama sekali.
recovery-lawyer-search = Sebelum memilih, cari tahu lembaga mana yang menangani hal ini di negara Anda
    .feedback = Mengetahui siapa otoritas yang sebenarnya membantu Anda menilai yang lain. Perhatikan ke mana pencarian membawa Anda.

recovery-lawyer-real-fee = Pengacara itu menerima ${ $consult } Anda di meja dan menuliskan kuitansi. Ia membaca berkas Anda lama sekali.
recovery-lawyer-real-honest = "Saya akan terus terang. Uang yang dikirim dalam kripto hampir tidak pernah kembali, dan siapa pun yang menjanjikan 90% itu berbohong. Saya tidak akan mengambil kasus yang tidak bisa saya menangkan."
recovery-lawyer-real-card = "Tapi ${ $card } yang Anda bayar dengan kartu itu lain. Minta bank Anda mengajukan sanggahan, hari ini: ada batas waktunya. Dan laporkan ke polisi, supaya tercatat."
recovery-lawyer-real-bank = Langsung pulang dan telepon nomor bank di kartu Anda
    .feedback = Nasihat yang mengarahkan Anda ke bank Anda sendiri, dan tidak meminta apa-apa lagi, adalah nasihat yang bisa dipercaya. Satu jam itu seharga ${ $consult }, dan sepadan.
recovery-lawyer-real-police = Mampir ke kantor polisi dalam perjalanan pulang
    .feedback = Laporan mencatat kerugian Anda, dan polisi bisa menghubungkannya dengan kasus lain. Lambat, tapi nyata.
recovery-lawyer-real-firm-after-all = Ia tidak menjanjikan apa-apa. { $firm } menjanjikan 90%. Balas saja email mereka
    .feedback = "Mungkin tidak" yang jujur lebih menyakitkan daripada janji yang yakin. Tapi hanya jawaban jujur yang datang dari orang yang bisa Anda periksa. Janji itu datang dari orang yang menemukan Anda lewat unggahan Anda.

## The fee

recovery-call-sorry = Saya pengacara yang menangani kasus Anda. Pertama, saya ikut prihatin atas apa yang menimpa Anda. Para penjahat ini profesional. Itu bukan salah Anda.
    .discuss = Semua yang dikatakan di kalimat pertama ini benar. Kenapa itu membuat sisanya lebih mudah dipercaya?
recovery-call-traced = Kami sudah melacak dompet kriptonya, dan { $agency } akan membekukannya begitu kami mengajukan kasus Anda.
recovery-call-fee = Ada biaya berkas satu kali sebesar ${ $fee }. Demi keamanan, biaya ini harus dibayar dalam USDT, sejenis koin kripto.
recovery-call-pay-fee = Bayar ${ $fee }. Itu kecil dibanding ${ $lost }.
    .feedback = Biaya di depan sebelum ada hasil apa pun adalah inti penipuan ini. Polisi, otoritas keuangan, dan tim penanganan penipuan bank yang asli tidak pernah memungut biaya dari korban untuk mengembalikan uang, dan tidak pernah meminta kripto. Kata-kata yang baik itu sudah dilatih.
recovery-call-ask-proof = Minta bukti: izin usaha mereka, dan surat dari { $agency }
    .feedback = Meminta bukti itu wajar. Perhatikan bukti macam apa yang Anda terima, dan dari siapa.
recovery-call-refuse-fee = Bilang Anda tidak akan membayar apa pun sebelum bicara dengan bank Anda
    .feedback = Benar. Biaya di depan, dalam kripto, adalah tanda yang paling jelas. Kalau uang memang bisa dipulihkan, prosesnya lewat polisi dan pengadilan, bukan lewat biaya kepada orang asing.

recovery-documents-letter = PDF: surat dengan stempel dan logo { $agency }. "Mitra Pemulihan Resmi. Kasus RC-2291/7."
    .discuss = Bagaimana Anda memeriksa apakah surat seperti ini asli?
recovery-documents-licence = Nomor izin kami FRC-448812. Nomornya ada di situs web kami, bersama ulasan dari klien yang puas.
recovery-documents-badge = Foto: { $agent } berjas, dengan tanda pengenal, di depan sebuah bendera.
recovery-documents-push = Semuanya resmi. Kami hanya perlu biaya berkas untuk memulai.
recovery-documents-pay = Dokumennya terlihat asli. Bayar biayanya.
    .feedback = Logo, stempel, nomor kasus, dan tanda pengenal gampang ditiru. Situs web dengan ulasan yang memuji-muji murah untuk dibuat. Tampilan meyakinkan bukan bukti: hanya kontak yang Anda temukan sendiri yang bisa memastikan.
recovery-documents-call-letter = Telepon nomor yang tercetak di surat itu, untuk memeriksa
    .feedback = Memeriksa itu benar, tetapi nomor dari mereka akan tersambung kembali ke mereka. Pakai nomor yang Anda temukan sendiri: di situs web resmi yang Anda ketik sendiri alamatnya, atau di balik kartu bank Anda.
recovery-documents-look-up = Cari sendiri nomor telepon { $agency }, dan telepon nomor itu
    .feedback = Benar: logo dan nomor di surat tidak membuktikan apa-apa, jadi Anda mencari sendiri. Di mana Anda mencari juga penting.

recovery-spoof-hello = Selamat siang. Saya { $officer }, bagian pemulihan aset, { $agency }.
recovery-spoof-confirm = Saya menegaskan bahwa { $firm } adalah mitra resmi kami untuk kasus Anda. Silakan ikuti petunjuk mereka.
recovery-spoof-bank = Dan mohon jangan membicarakan kasus ini dengan bank Anda. Para tersangka mungkin punya kenalan di sana.
recovery-spoof-trust = Kalau begitu sudah jelas. Bayar biayanya.
    .feedback = "Konfirmasi" lewat nomor yang diberikan perusahaan itu adalah tim yang sama yang memainkan peran kedua. Dilarang bicara dengan bank Anda adalah tanda yang kuat: petugas yang asli justru ingin bank Anda ikut terlibat.
recovery-spoof-doubt = Tutup teleponnya. Cari sendiri nomor resminya dan telepon.
    .feedback = Bagus. Siapa pun bisa menyebut jabatan di telepon. Nomor yang Anda cari sendiri, dari sumber yang bisa dipercaya, memberi tahu siapa sebenarnya lawan bicara Anda.

## Your own search

recovery-search-results = Anda mengetik nama { $agency } dan "korban penipuan" di mesin pencari.
    .discuss = Anda menemukan nomor ini sendiri. Apa lagi yang ingin Anda ketahui sebelum memercayainya?
recovery-search-top = Paling atas, bertanda "Bersponsor": { $fake }, "Layanan resmi ganti rugi korban". Halamannya memakai lambang negara, formulir pelacakan kasus, dan hotline 24 jam.
recovery-search-gov = Lebih ke bawah: halaman yang lebih sederhana di alamat pemerintah, dengan pengumuman "Waspada penipuan: perusahaan pemulihan dana".
recovery-search-call-top = Telepon hotline paling atas: tampak resmi, dan Anda menemukannya sendiri
    .feedback = Inilah yang dilakukan orang yang berhati-hati, dan penipu tahu itu: mereka membeli iklan pencarian dan meniru lambang untuk lembaga tiruan. Mencari nomor sendiri adalah kebiasaan baik, tapi belum cukup dengan sendirinya.
recovery-search-gov-page = Baca dulu peringatan penipuan di halaman yang sederhana
    .feedback = Alamat pemerintah, halaman yang membosankan, dan peringatan yang tidak meminta apa pun dari Anda: sering begitulah rupa otoritas yang sebenarnya.
recovery-search-ask-bank = Terlalu banyak halaman yang tampak resmi. Telepon bank di nomor di kartu Anda
    .feedback = Kalau Anda tidak bisa membedakan halaman mana yang asli, kembalilah ke nomor yang sudah Anda punya sebelum semua ini dimulai.

recovery-fake-reg-menu = Suara rekaman: "Anda terhubung dengan { $fake }. Untuk korban penipuan online, tekan 1."
recovery-fake-reg-confirm = Seorang petugas yang tenang langsung menemukan nomor kasus Anda. "Ya, { $firm } adalah mitra pemulihan terdaftar. Berkas Anda asli."
recovery-fake-reg-no-fee = "Dan bagus Anda memeriksa langsung ke kami. Kami tidak pernah meminta kripto dari korban, dan tidak pernah meminta biaya."
recovery-fake-reg-escrow = "Deposit pengajuan dikirim lewat transfer bank ke rekening klien kami yang diawasi, dan dikembalikan penuh jika pemulihan gagal. Batas waktu pengajuan kasus Anda berakhir hari ini."
recovery-fake-reg-pay-escrow = Bayar deposit lewat transfer bank. Anda sudah memeriksa, mereka memperingatkan soal kripto, dan uangnya bisa kembali
    .feedback = Anda sudah melakukan pemeriksaan yang bisa dilakukan orang yang berhati-hati: mencari nomor sendiri, tidak membayar dengan kripto, mendapat kuitansi. Lembaga tiruan itu dibuat untuk lolos dari semua itu. Aturan yang tetap berlaku: tidak ada pihak asli yang meminta Anda membayar untuk mendapatkan kembali uang yang hilang, bahkan deposit yang "bisa dikembalikan".
recovery-fake-reg-pay-half = Tawarkan separuh sekarang dan separuh setelah uangnya kembali
    .feedback = Menahan separuh terasa seperti perlindungan. Tapi uang apa pun yang dibayar sebelum uang keluar adalah tipuannya, bagaimanapun dibaginya.
recovery-fake-reg-ask-bank = Katakan Anda akan menelepon kembali setelah bicara dengan bank
    .feedback = "Batas waktu" yang berakhir hari ini adalah tekanan agar Anda tidak bertanya kepada orang lain. Bank Anda tahu rekening mana yang asli. Anda mungkin melewatkan batas waktunya, dan lembaga asli tidak akan memasang batas seperti itu.

recovery-fake-paid = Transfer berhasil, dan kuitansi berlambang datang. Dua hari kemudian hotline tidak menjawab, halamannya hilang, dan { $firm } tidak membalas lagi. Uang yang Anda kirim pun hilang.

## The frozen funds

recovery-paid-thanks = Biaya sudah diterima. Kasus Anda sekarang dibuka.
    .discuss = Uangnya "siap", tapi hanya setelah satu biaya lagi. Kenapa begitu sulit untuk berhenti di titik ini? Apa yang akan Anda katakan kepada teman yang ada di posisi ini?
recovery-paid-frozen = Kabar baik! Dompet kripto itu sudah dibekukan oleh { $agency }. ${ $lost } milik Anda siap dicairkan.
recovery-paid-portal = Anda bisa melihatnya di portal klien. Status: DIBEKUKAN, menunggu biaya pencairan.
recovery-paid-release = Biaya pencairan terakhir adalah ${ $final }, dalam USDT, dalam 48 jam. Setelah itu, dananya bisa kembali ke tangan penjahat.
recovery-paid-pay-final = Bayar ${ $final }. Sudah dekat sekali.
    .feedback = Uang yang "dibekukan" sampai Anda membayar satu biaya lagi adalah trik yang sama dengan penipuan pertama. Portal itu hanya halaman yang mereka kendalikan. Akan selalu ada biaya lain.
recovery-paid-deduct = Minta mereka memotong biayanya dari uang yang berhasil dipulihkan
    .feedback = Pertanyaan yang adil. Kalau uangnya benar-benar ada, biayanya bisa dipotong dari situ.
recovery-paid-stop = Berhenti. Telepon tim penanganan penipuan bank Anda lewat nomor di kartu Anda.
    .feedback = Benar. Uang Anda sendiri yang ditahan sampai Anda membayar lagi adalah tanda bahwa tidak ada yang bisa dicairkan. Berhenti sekarang melindungi apa yang masih Anda punya.

recovery-excuse-law = Itu tidak diizinkan oleh hukum internasional. Dana yang dibekukan tidak boleh disentuh sebelum biayanya dilunasi.
recovery-excuse-risk = Saya mempertaruhkan izin saya untuk membantu Anda. Klien lain sudah membayar dan mendapatkan semuanya kembali.
recovery-excuse-clock = Tinggal 36 jam. Tolong jangan sampai kehilangan semuanya untuk kedua kalinya.
recovery-excuse-pay = Bayar. Anda tidak sanggup kehilangan semuanya lagi.
    .feedback = "Jangan sampai kehilangan semuanya untuk kedua kalinya" memakai rasa sakit Anda untuk melawan Anda. Tidak ada hukum yang melarang biaya dipotong dari uang yang benar-benar ada. Dana yang dibekukan itu tidak ada.
recovery-excuse-stop = Berhenti, dan periksa ke bank Anda lewat nomor di kartu Anda
    .feedback = Benar. Tidak ada hukum seperti itu, hanya alasan supaya Anda membayar lebih dulu. Berhenti di bawah tekanan seperti ini butuh kekuatan.

recovery-second-paid-received = Pembayaran diterima. Satu langkah terakhir.
recovery-second-paid-certificate = Sekarang { $agency } memerlukan sertifikat anti pencucian uang sebelum pencairan: ${ $fee }. Setelah itu, dananya milik Anda.
recovery-second-paid-pay-again = Bayar sekali lagi. Pasti suatu saat ini berakhir.
    .feedback = Terus berharap itu manusiawi. Tetapi setiap biaya yang mereka sebut akan disusul biaya lain, karena tidak ada uang yang bisa dicairkan.
recovery-second-paid-stop = Berhenti. Simpan setiap pesan dan bukti transfer, lalu cari bantuan yang asli.
    .feedback = Berhenti setelah terlanjur membayar itu sangat berat, dan itu langkah yang benar. Apa pun yang sudah Anda bayarkan, Anda tidak bersalah atas apa yang mereka lakukan.

## The real help

recovery-verify = Anda menyingkirkan pesan-pesan dari perusahaan itu. Anda mencari sendiri nomor-nomornya: nomor di balik kartu bank Anda, dan nomor unit kejahatan siber kepolisian di situs web resminya, yang alamatnya Anda ketik sendiri, bukan dari tautan.
    .discuss = Di negara Anda, di mana Anda bisa menemukan nomor yang bisa dipercaya?
recovery-verify-call-bank = Telepon tim penanganan penipuan di bank Anda
recovery-verify-go-police = Pergi ke unit kejahatan siber kepolisian untuk melapor: satu sore dengan toko tutup
recovery-verify-lawyer = Bayar satu jam dengan pengacara setempat dulu, untuk memahami pilihan Anda
recovery-verify-warn-group = Pertama, peringatkan grup dukungan tempat Anda berbagi cerita

recovery-bank-hello = Tim penanganan penipuan, terima kasih sudah menelepon. Bisa ceritakan apa yang terjadi?
recovery-bank-never = Kami tidak pernah memungut biaya untuk mengembalikan uang, dan tidak ada lembaga resmi yang meminta kripto. Dan { $agency } tidak pernah mengutus perusahaan swasta untuk meminta uang dari Anda.
recovery-bank-honest = Transfer dan kripto sulit dikembalikan, dan saya tidak bisa menjanjikan apa pun. ${ $card } yang Anda bayar dengan kartu itu lain: kami bisa mengajukan sanggahan, kalau kita mulai sekarang.
recovery-bank-dispute = Mulai sanggahan kartu, walau harus mengisi formulir malam ini
    .feedback = Sanggahan kartu (chargeback) adalah cara nyata sebagian uang bisa kembali, lewat bank Anda sendiri, tanpa membayar apa pun. Ada batas waktunya, butuh berminggu-minggu, dan bisa gagal.
recovery-bank-flag-payments = Berikan tanggal dan alamat dompet kripto dari setiap pembayaran ke perusahaan itu
    .feedback = Bertindak cepat itu penting. Pembayaran kripto sulit dibatalkan, tetapi bank bisa melindungi rekening Anda, dan laporan Anda membantu melacak orang-orang di baliknya.
recovery-bank-report = Ucapkan terima kasih, lalu laporkan juga ke unit kejahatan siber kepolisian
    .feedback = Jawaban yang jujur terdengar lebih kecil daripada janji 90% dari perusahaan itu. Di situlah bedanya: bantuan yang asli tidak menjanjikan hal yang tidak bisa dipastikan, dan tidak meminta uang.
recovery-bank-back-to-firm = Perusahaan itu menjanjikan 90%. Bank tidak menjanjikan apa-apa. Beri perusahaan itu satu kesempatan lagi.
    .feedback = Janji besar terasa lebih enak daripada "mungkin" yang jujur. Karena itulah penipuan pemulihan dana begitu ampuh pada orang yang sudah kehilangan uang. Dan hanya jawaban jujur itulah yang datang dari pihak yang Anda hubungi sendiri.

recovery-police-report = Petugas menerima laporan Anda. Mereka meminta setiap email, chat, bukti transfer, dan alamat dompet kripto.
recovery-police-slow = Ini bisa makan waktu berbulan-bulan, dan saya tidak bisa janji kami akan menemukan mereka. Ini nomor kasus Anda.
recovery-police-known = Bulan ini sudah ada orang lain yang melaporkan { $firm }. Suratnya sama, nomor kasusnya sama.
recovery-police-no-fee = Kami tidak pernah meminta biaya dari korban. Kalau ada yang menelepon mengaku dari kami dan meminta uang, tutup teleponnya.
recovery-police-go-home = Pulang. Anda sudah melakukan apa yang Anda bisa.
    .feedback = Anda menyimpan bukti dan melapor ke pihak berwenang yang asli. Itu sudah tepat, meskipun uangnya tidak kembali.
recovery-police-go-home-disputed = Pulang, dan tunggu jawaban bank soal kartu
    .feedback = Anda memakai dua jalur yang nyata: laporan polisi dan bank Anda. Tidak ada yang menjanjikan apa pun, dan tidak ada yang meminta uang dari Anda.
recovery-police-ask-bank = Tanyakan apa yang harus dilakukan soal pembayaran kartu, lalu telepon bank
    .feedback = Polisi tidak bisa membatalkan pembayaran, bank Anda kadang bisa. Satu telepon lagi di hari yang panjang.
recovery-police-go-home-paid = Pulang. Untuk saat ini Anda sudah melakukan apa yang Anda bisa.
    .feedback = Melapor, bahkan setelah terlanjur membayar, itu sudah tepat. Bukti Anda membantu polisi menghubungkan kasus-kasus dan bisa melindungi orang lain.
recovery-police-warn-group = Tulis peringatan di kelompok dukungan tempat Anda dulu bercerita
    .feedback = Penipu mencari korban di grup-grup publik. Peringatan dari orang yang pernah mengalaminya sering kali yang membuat orang berhenti.

## The card dispute

recovery-chargeback-forms = Kami sudah membuka sanggahan atas ${ $card }. Mohon kirim rekening koran dan tangkapan layar aplikasi paling lambat Jumat.
    .discuss = Bank tidak menjanjikan apa-apa dan meminta berkas. Perusahaan itu menjanjikan 90%. Mana yang akan Anda percayai, dan mengapa?
recovery-chargeback-weeks = Bisa sampai enam minggu. Perusahaan pihak lain bisa membantahnya.
recovery-chargeback-no-promise = Maaf, saya tidak bisa berkata lebih. Kami tidak pernah meminta biaya, dan kami hanya akan menghubungi Anda lewat aplikasi atau nomor di kartu Anda.
recovery-chargeback-police-too = Laporkan juga ke polisi, dengan nomor kasus dari bank
    .feedback = Laporan polisi membantu sanggahan bank dan menghubungkan kasus Anda dengan yang lain. Satu sore lagi dengan toko tutup.
recovery-chargeback-wait = Kirim berkasnya, lalu tunggu
    .feedback = Menunggu itu berat ketika orang lain menjanjikan hasil cepat. Jalur yang nyata memang lambat.
recovery-chargeback-wait-paid = Kirim berkasnya, lalu tunggu
    .feedback = Menunggu itu berat ketika orang lain menjanjikan hasil cepat. Jalur yang nyata memang lambat.
recovery-chargeback-firm-faster = { $firm } menulis lagi: mereka bisa "mempercepat" sanggahan bank Anda. Biarkan mereka membantu sambil menunggu
    .feedback = Penipu pemulihan sering menawarkan untuk "mempercepat" proses yang nyata. Bank Anda tidak butuh perantara, dan tidak pernah meminta biaya.
recovery-chargeback-warn-group = Peringatkan grup dukungan tentang { $firm } sambil menunggu
    .feedback = Peringatan dari orang yang sudah mengalaminya sendiri adalah peringatan yang dipercaya orang.

## The support group

recovery-group-question = Unggahan baru: "{ $firm } bilang mereka bisa mengembalikan uang saya dengan biaya kecil. Ada yang pernah pakai jasa mereka?"
    .discuss = Bagaimana orang di grup seperti ini bisa membedakan saran yang tulus dari pujian palsu? Apa yang bisa ditulis dalam balasan supaya benar-benar membantu?
recovery-group-praise = Balasan dari akun baru: "Ya!! Mereka mengembalikan SEMUA uang saya dalam dua minggu. Langsung hubungi mereka!!"
recovery-group-warn = Balas: ini penipuan pemulihan dana. Tidak ada lembaga resmi yang memungut biaya. Begini cara melaporkannya.
    .feedback = Anda menyebut triknya dan menunjukkan jalan yang lebih baik. Balasan penuh pujian dari akun baru sering kali berasal dari para penipu sendiri.
recovery-group-share-story = Ceritakan apa yang terjadi pada Anda, termasuk soal biaya-biayanya
    .feedback = Menceritakan pengalaman Anda butuh keberanian. Orang mau mendengar orang yang pernah mengalaminya, dan itu menunjukkan bahwa ini bisa terjadi pada siapa saja.
recovery-group-report-post = Laporkan balasan penuh pujian itu ke admin grup sebagai akun palsu
    .feedback = Akun baru yang penuh pujian adalah tipuan umum di grup korban. Admin bisa menghapusnya dan memperingatkan anggota.
recovery-group-scroll = Lewati saja. Anda sudah cukup banyak menanggung.
    .feedback = Itu bisa dimengerti. Tetapi balasan singkat dari orang yang mengenal tanda-tandanya bisa mencegah orang berikutnya membayar.

## Endings

recovery-end-safe = Anda tidak membayar perusahaan itu. Laporan Anda bergabung dengan laporan lain tentang { $firm }, dan itu membantu polisi menghubungkan kasus-kasusnya. Kerugian pertama Anda masih terasa sakit, dan itu bukan salah Anda. Anda menyimpan bukti, dan sekarang Anda tahu tandanya: bantuan yang asli tidak pernah meminta biaya dalam kripto.
recovery-end-scammed = Perusahaan pemulihan dana itu adalah penipuan kedua, dijalankan oleh orang-orang yang mencari korban yang sudah terluka. Biaya yang Anda bayarkan sudah hilang, dan uang yang dibekukan itu tidak pernah ada. Ini bukan salah Anda. Laporkan ke unit kejahatan siber kepolisian dan ke bank Anda, simpan setiap pesan dan bukti transfer, dan bicaralah dengan orang yang Anda percaya atau dengan layanan pendampingan.
recovery-end-helped = Orang yang bertanya berterima kasih: mereka hampir mengirim biayanya. Yang lain bilang mendapat surat yang sama. Admin menghapus balasan penuh pujian itu, dan grup menyematkan peringatan tentang { $firm }, dengan cara melapor ke otoritas yang sebenarnya.
recovery-end-chargeback = Tujuh minggu kemudian, ${ $card } kembali ke kartu Anda. Itu bukan semua yang hilang: transfer dan kripto masih hilang, dan kasus di polisi masih terbuka, lambat dan sepi. Tapi tidak ada yang meminta apa pun dari Anda, dan yang membantu adalah pihak yang Anda hubungi lewat nomor yang sudah Anda punya. Kerugian pertama bukan salah Anda, dan Anda tidak kehilangan apa pun lagi kepada penipu.
recovery-end-regulator = Anda kehilangan deposit setelah melakukan apa yang dilakukan orang yang berhati-hati: Anda tidak percaya begitu saja pada perusahaan itu, Anda mencari sendiri, Anda menelepon lembaga yang tampak resmi, Anda tidak membayar dengan kripto. Lembaga itu palsu, sampai ke iklan pencariannya, dan dibuat untuk lolos dari pemeriksaan itu. Ini bukan salah Anda. Segera telepon bank Anda (transfer yang baru kadang masih bisa ditarik kembali), laporkan halaman dan nomor lembaga palsu itu ke polisi dan regulator yang asli, dan ingat aturan yang tetap berlaku walau semua pemeriksaan lolos: tidak ada pihak asli yang meminta Anda membayar untuk mendapatkan uang kembali.

## The catalogue's red flags, in this story's setting

recovery-redflag-upfront-fee = Biaya sebelum uang kembali
    .explain = Setelah kehilangan uang, biaya untuk "mencairkan" atau "memulihkan" terasa seperti langkah terakhir. Ini trik yang sama: setelah Anda membayar, selalu ada satu biaya lagi.
    .advice = Jangan membayar siapa pun untuk mendapatkan kembali uang yang hilang. Tanyakan ke bank lewat nomor di balik kartu Anda, dan ke unit siber kepolisian lewat situs resminya: keduanya tidak memungut biaya untuk laporan atau penyelidikan.

recovery-redflag-polish-not-proof = Tampak resmi bukan bukti
    .explain = Logo, nomor perkara, kop surat kantor hukum dan suara yang tenang dan ramah membuat tawaran "pemulihan dana" terasa nyata. Penipu meniru perusahaan, regulator dan polisi asli, jadi orang yang berhati-hati pun bisa tertipu.
    .advice = Periksa lewat saluran yang Anda cari sendiri, bukan tautan, nomor atau dokumen yang mereka kirim: bank Anda, unit siber kepolisian, regulator keuangan negara Anda.
