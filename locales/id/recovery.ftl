# Machine-drafted translation: needs review by a native speaker.
recovery-title = Perusahaan pemulihan dana
recovery-summary = Anda sudah kehilangan uang karena penipuan investasi. Sekarang ada perusahaan yang bilang bisa mengembalikan uang Anda.

## Tokoh

recovery-character-agent = { $agent }, { $firm }
recovery-character-caller = { $officer }
recovery-character-bank = Tim penanganan penipuan di bank Anda
recovery-character-police = Petugas, unit kejahatan siber kepolisian
recovery-character-group = Kelompok dukungan penyintas penipuan

## Variabel

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

## Kontak pertama

recovery-start = Anda adalah { $you }. Tiga bulan lalu Anda kehilangan ${ $lost } karena aplikasi trading palsu. Anda merasa malu, padahal itu bukan salah Anda. Anda menceritakannya di Facebook dan di sebuah kelompok dukungan online, untuk memperingatkan orang lain. Banyak orang membalas dengan baik. Beberapa orang mengirim pesan pribadi kepada Anda.
    .discuss = Kenapa penipu mencari orang yang baru saja kehilangan uang?

recovery-contact = Perihal: Kasus Anda - dana berhasil dilacak. Klien yang terhormat, { $firm } bekerja sama dengan { $agency } untuk mengembalikan uang yang dicuri lewat penipuan online. Analis kami telah melacak ${ $lost } milik Anda ke sebuah dompet kripto. Kami memulihkan hingga 90% dana korban seperti Anda. Balas hari ini untuk membuka kasus Anda. Ref. RC-2291/7
    .discuss = Dari mana perusahaan ini bisa tahu tentang uang yang hilang? Apa yang akan Anda periksa sebelum membalas?
recovery-contact-reply = Balas. Akhirnya ada yang bisa membantu.
    .feedback = Penipu mengawasi unggahan orang yang kehilangan uang, lalu menawarkan untuk mengembalikannya. Ini berhasil karena harapannya nyata dan lukanya masih baru. Ini penipuan kedua, yang menyasar orang yang sudah terluka.
recovery-contact-ask-how = Balas dengan satu pertanyaan: "Bagaimana Anda menemukan saya?"
    .feedback = Pertanyaan yang bagus. Perhatikan apakah jawabannya sesuatu yang bisa Anda periksa sendiri.
recovery-contact-check = Jangan balas dulu. Cari situs web resmi { $agency } dan lihat bagaimana mereka menghubungi korban.
    .feedback = Polisi dan otoritas keuangan yang asli tidak menulis kepada korban untuk menjual jasa pemulihan berbayar. Memeriksa lewat sumber yang Anda temukan sendiri adalah langkah terkuat yang bisa Anda ambil.

recovery-found-you = Kami bekerja sama dengan analis blockchain yang melacak dana curian. Kasus Anda ada di daftar korban { $agency } yang kami terima. Waktu sangat penting: para penjahat bisa segera mengosongkan dompet kripto itu. Boleh kami menelepon Anda besok?
recovery-found-you-take-call = Setujui teleponnya
    .feedback = "Daftar korban" yang dibagikan ke perusahaan swasta bukan cara kerja polisi. Kemungkinan besar mereka menemukan unggahan publik Anda. Tenggat waktu itu mendorong Anda bertindak sebelum memeriksa.
recovery-found-you-check = Bilang Anda mau memeriksa sendiri ke { $agency } dulu
    .feedback = Bagus. Lembaga yang asli tidak keberatan kalau Anda memeriksa. Penipu akan berusaha mencegah Anda, sering dengan tenggat waktu.

## Biaya

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
recovery-documents-look-up = Cari sendiri nomor telepon { $agency }, lalu telepon nomor itu
    .feedback = Tepat sekali. Logo dan nomor di sebuah surat tidak membuktikan apa-apa. Nomor yang Anda temukan sendiri akan tersambung ke orang yang sebenarnya.

recovery-spoof-hello = Selamat siang. Saya { $officer }, bagian pemulihan aset, { $agency }.
recovery-spoof-confirm = Saya menegaskan bahwa { $firm } adalah mitra resmi kami untuk kasus Anda. Silakan ikuti petunjuk mereka.
recovery-spoof-bank = Dan mohon jangan membicarakan kasus ini dengan bank Anda. Para tersangka mungkin punya kenalan di sana.
recovery-spoof-trust = Kalau begitu sudah jelas. Bayar biayanya.
    .feedback = "Konfirmasi" lewat nomor yang diberikan perusahaan itu adalah tim yang sama yang memainkan peran kedua. Dilarang bicara dengan bank Anda adalah tanda yang kuat: petugas yang asli justru ingin bank Anda ikut terlibat.
recovery-spoof-doubt = Tutup teleponnya. Cari sendiri nomor resminya dan telepon nomor itu.
    .feedback = Bagus. Siapa pun bisa menyebut jabatan di telepon. Hanya nomor yang Anda cari sendiri yang memberi tahu dengan siapa Anda sebenarnya bicara.

## Dana yang dibekukan

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

## Bantuan yang asli

recovery-verify = Anda menyingkirkan pesan-pesan dari perusahaan itu. Anda mencari sendiri nomor-nomornya: nomor di balik kartu bank Anda, dan nomor unit kejahatan siber kepolisian di situs web resminya, yang alamatnya Anda ketik sendiri, bukan dari tautan.
    .discuss = Di negara Anda, di mana Anda bisa menemukan nomor yang bisa dipercaya?
recovery-verify-call-bank = Telepon tim penanganan penipuan di bank Anda
recovery-verify-go-police = Datang ke unit kejahatan siber kepolisian untuk melapor

recovery-bank-hello = Tim penanganan penipuan, terima kasih sudah menelepon. Bisa ceritakan apa yang terjadi?
recovery-bank-never = Kami tidak pernah memungut biaya untuk mengembalikan uang, dan tidak ada lembaga resmi yang meminta kripto. Dan { $agency } tidak pernah mengutus perusahaan swasta untuk meminta uang dari Anda.
recovery-bank-honest = Saya tidak bisa menjanjikan uang Anda akan kembali. Tetapi kami bisa melindungi rekening Anda, dan membantu Anda melapor.
recovery-bank-flag-payments = Berikan tanggal dan alamat dompet kripto dari setiap pembayaran ke perusahaan itu
    .feedback = Bertindak cepat itu penting. Pembayaran kripto sulit dibatalkan, tetapi bank bisa melindungi rekening Anda, dan laporan Anda membantu melacak orang-orang di baliknya.
recovery-bank-report = Ucapkan terima kasih, lalu laporkan juga ke unit kejahatan siber kepolisian
    .feedback = Jawaban yang jujur terdengar lebih kecil daripada janji 90% dari perusahaan itu. Di situlah bedanya: bantuan yang asli tidak menjanjikan hal yang tidak bisa dipastikan, dan tidak meminta uang.
recovery-bank-back-to-firm = Perusahaan itu menjanjikan 90%. Bank tidak menjanjikan apa-apa. Beri perusahaan itu satu kesempatan lagi.
    .feedback = Janji besar terasa lebih enak daripada "mungkin" yang jujur. Karena itulah penipuan pemulihan dana begitu ampuh pada orang yang sudah kehilangan uang. Dan hanya jawaban jujur itulah yang datang dari pihak yang Anda hubungi sendiri.

recovery-police-report = Petugas menerima laporan Anda. Mereka meminta setiap email, chat, bukti transfer, dan alamat dompet kripto.
recovery-police-known = Bulan ini sudah ada orang lain yang melaporkan { $firm }. Suratnya sama, nomor kasusnya sama.
recovery-police-no-fee = Kami tidak pernah meminta biaya dari korban. Kalau ada yang menelepon mengaku dari kami dan meminta uang, tutup teleponnya.
recovery-police-go-home = Pulang. Anda sudah melakukan apa yang Anda bisa.
    .feedback = Anda menyimpan bukti dan melapor ke pihak berwenang yang asli. Itu sudah tepat, meskipun uangnya tidak kembali.
recovery-police-go-home-paid = Pulang. Untuk saat ini Anda sudah melakukan apa yang Anda bisa.
    .feedback = Melapor, bahkan setelah terlanjur membayar, itu sudah tepat. Bukti Anda membantu polisi menghubungkan kasus-kasus dan bisa melindungi orang lain.
recovery-police-warn-group = Tulis peringatan di kelompok dukungan tempat Anda dulu bercerita
    .feedback = Penipu mencari korban di grup-grup publik. Peringatan dari orang yang pernah mengalaminya sering kali yang membuat orang berhenti.

## Kelompok dukungan

recovery-group-question = Unggahan baru: "{ $firm } bilang mereka bisa mengembalikan uang saya dengan biaya kecil. Ada yang pernah pakai jasa mereka?"
    .discuss = Bagaimana orang di grup seperti ini bisa membedakan saran yang tulus dari pujian palsu? Apa yang bisa ditulis dalam balasan supaya benar-benar membantu?
recovery-group-praise = Balasan dari akun baru: "Ya!! Mereka mengembalikan SEMUA uang saya dalam dua minggu. Langsung hubungi mereka!!"
recovery-group-warn = Balas: ini penipuan pemulihan dana. Tidak ada lembaga resmi yang memungut biaya. Begini cara melaporkannya.
    .feedback = Anda menyebut triknya dan menunjukkan jalan yang lebih baik. Balasan penuh pujian dari akun baru sering kali berasal dari para penipu sendiri.
recovery-group-share-story = Ceritakan apa yang terjadi pada Anda, termasuk soal biaya-biayanya
    .feedback = Menceritakan pengalaman Anda butuh keberanian. Orang mau mendengar orang yang pernah mengalaminya, dan itu menunjukkan bahwa ini bisa terjadi pada siapa saja.
recovery-group-scroll = Lewati saja. Anda sudah cukup banyak menanggung.
    .feedback = Itu bisa dimengerti. Tetapi balasan singkat dari orang yang mengenal tanda-tandanya bisa mencegah orang berikutnya membayar.

## Akhir cerita

recovery-end-safe = Anda tidak membayar perusahaan itu. Laporan Anda bergabung dengan laporan lain tentang { $firm }, dan itu membantu polisi menghubungkan kasus-kasusnya. Kerugian pertama Anda masih terasa sakit, dan itu bukan salah Anda. Anda menyimpan bukti, dan sekarang Anda tahu tandanya: bantuan yang asli tidak pernah meminta biaya dalam kripto.
recovery-end-scammed = Perusahaan pemulihan dana itu adalah penipuan kedua, dijalankan oleh orang-orang yang mencari korban yang sudah terluka. Biaya yang Anda bayarkan sudah hilang, dan uang yang dibekukan itu tidak pernah ada. Ini bukan salah Anda. Laporkan ke unit kejahatan siber kepolisian dan ke bank Anda, simpan setiap pesan dan bukti transfer, dan bicaralah dengan orang yang Anda percaya atau dengan layanan pendampingan.
recovery-end-helped = Balasan Anda tetap berada di urutan teratas. Orang yang bertanya berterima kasih kepada Anda: dia hampir saja mengirim biayanya. Orang lain bercerita mereka menerima surat yang sama. Grup itu menyematkan peringatan tentang { $firm } dan menjelaskan cara melapor ke pihak berwenang yang asli.

recovery-content-note = Cerita ini tentang kehilangan uang karena penipuan, serta rasa malu dan takut yang bisa menyusul. Tidak ada kekerasan. Jika cerita ini mengingatkan Anda pada pengalaman sendiri, Anda bisa berhenti sejenak atau keluar kapan saja dengan q, dan berbicara dengan orang yang Anda percaya.

## The catalogue's red flags, in this story's setting

recovery-redflag-upfront-fee = Biaya sebelum uang kembali
    .explain = Setelah kehilangan uang, biaya untuk "mencairkan" atau "memulihkan" terasa seperti langkah terakhir. Ini trik yang sama: setelah Anda membayar, selalu ada satu biaya lagi.
    .advice = Jangan membayar siapa pun untuk mendapatkan kembali uang yang hilang. Tanyakan ke bank lewat nomor di balik kartu Anda, dan ke unit siber kepolisian lewat situs resminya: keduanya tidak memungut biaya untuk laporan atau penyelidikan.

recovery-redflag-polish-not-proof = Tampak resmi bukan bukti
    .explain = Logo, nomor perkara, kop surat kantor hukum dan suara yang tenang dan ramah membuat tawaran "pemulihan dana" terasa nyata. Penipu meniru perusahaan, regulator dan polisi asli, jadi orang yang berhati-hati pun bisa tertipu.
    .advice = Periksa lewat saluran yang Anda cari sendiri, bukan tautan, nomor atau dokumen yang mereka kirim: bank Anda, unit siber kepolisian, regulator keuangan negara Anda.
