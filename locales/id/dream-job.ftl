# Machine-drafted translation: needs review by a native speaker.
dream-job-title = Pekerjaan impian
dream-job-summary = Anda baru saja lulus kuliah dan butuh pekerjaan. Lalu muncul lowongan di luar negeri yang seolah-olah dibuat untuk Anda.
dream-job-content-note = Cerita ini menyinggung perdagangan orang. Tidak ada adegan kekerasan. Anda bisa berhenti sejenak atau keluar kapan saja dengan q.

## Tokoh

dream-job-character-advert = { $agency } · Bersponsor
dream-job-character-site = Situs web { $agency }
dream-job-character-recruiter = { $recruiter }, HRD, { $company }
dream-job-character-manager = Wawancara video, { $company }
dream-job-character-agent = { $agency }, tim pemrosesan
dream-job-character-hotline = Hotline lembaga pekerja migran
dream-job-character-licensed = Agen perekrut berizin

## Variabel

dream-job-you-joy-cebu = Joy, dari Cebu di Filipina
dream-job-you-mark-davao = Mark, dari Davao di Filipina
dream-job-you-rina-medan = Rina, dari Medan di Indonesia
dream-job-you-agus-semarang = Agus, dari Semarang di Indonesia
dream-job-you-arjun-kochi = Arjun, dari Kochi di India
dream-job-you-priya-lucknow = Priya, dari Lucknow di India
dream-job-you-brian-kisumu = Brian, dari Kisumu di Kenya
dream-job-you-wanjiru-nakuru = Wanjiru, dari Nakuru di Kenya

dream-job-city-bangkok = Bangkok
dream-job-city-phnom-penh = Phnom Penh

dream-job-agency-brightpath = BrightPath Overseas Manpower
dream-job-agency-pacific-crest = Pacific Crest Placement Services
dream-job-agency-northbridge = Northbridge International Recruitment

dream-job-company-golden-bay = Golden Bay Tech
dream-job-company-asialink = AsiaLink Digital
dream-job-company-starlight = Starlight Global Services

dream-job-recruiter-lisa = Lisa
dream-job-recruiter-kevin = Kevin
dream-job-recruiter-amy = Amy
dream-job-recruiter-jason = Jason

dream-job-real-job-hotel-dubai = pekerjaan layanan tamu di sebuah hotel di Dubai
dream-job-real-job-helpdesk-singapore = pekerjaan IT help desk di sebuah perusahaan pelayaran di Singapura
dream-job-real-job-support-kuala-lumpur = pekerjaan customer support di call center sebuah bank di Kuala Lumpur

## Iklan lowongan

dream-job-start = Anda adalah { $you }. Tiga bulan lalu Anda lulus kuliah. Sejak itu Anda sudah mengirim empat puluh lamaran untuk pekerjaan IT dan customer service, dan tidak ada satu pun yang menghubungi balik. Malam ini teman kuliah Anda mengirim sebuah postingan: "Lihat ini!! Yuk kita daftar berdua!"
    .discuss = Kalau Anda sedang sangat butuh pekerjaan, apa yang membuat sebuah iklan lowongan terasa cocok?

dream-job-ad = Berizin resmi dari pemerintah, nomor izin ada di setiap postingan. DIBUTUHKAN SEGERA untuk klien kami, perusahaan BPO terkemuka di { $city }: Customer Service / IT Support / Admin. Gaji ${ $salary } sebulan. Tanpa pengalaman. GRATIS tiket pesawat, tempat tinggal, makan dan visa. Cukup bahasa Inggris yang baik dan mengetik cepat. Daftar di situs web kami. Kuota terbatas!
    .discuss = Apa yang disampaikan iklan ini, dan apa yang tidak disebutkannya?
dream-job-ad-apply-now = Buka situs web mereka dan daftar malam ini juga, sebelum kuotanya habis
    .feedback = Gajinya jauh di atas penghasilan lulusan baru di negeri sendiri, untuk pekerjaan tanpa pengalaman. "Semua ditanggung" terdengar murah hati, tapi nanti bisa kembali sebagai utang. Nomor izin di postingan membuatnya terasa aman. Umpan seperti ini mempan pada siapa saja yang butuh kerja, karena itulah dipakai.
dream-job-ad-read-again = Cari tahu dulu berapa gaji staf customer service di { $city }
    .feedback = Perbandingan sederhana, dan berguna. Gaji beberapa kali lipat upah setempat untuk pekerjaan tanpa pengalaman, ditambah tiket, tempat tinggal dan visa gratis, adalah umpan klasik. Pemberi kerja sungguhan membayar dengan wajar, bukan seperti mimpi.
dream-job-ad-check-agency = Sebelum menjawab, periksa ke lembaga pemerintah untuk pekerja yang berangkat ke luar negeri
    .feedback = Langkah pertama terbaik. Setiap negara punya lembaga seperti ini: di Indonesia Kementerian P2MI (KP2MI, dulu BP2MI), DMW di Filipina, eMigrate di India, Otoritas Ketenagakerjaan Nasional di Kenya. Pekerjaan sungguhan di luar negeri melalui mereka atau agen berizin, bukan halaman Facebook.

dream-job-ad-closer = Anda mencari. Pekerjaan call centre di { $city } menggaji staf lokal sekitar ${ $local-pay } sebulan, dan staf asing tidak jauh lebih tinggi. Postingan itu tidak menyebut nama pemberi kerja, hanya "perusahaan BPO terkemuka". Di bawahnya, dua ratus orang menulis "Tertarik" dan "Sudah daftar".
    .discuss = Rincian mana yang benar-benar bisa Anda periksa?
dream-job-ad-closer-apply-anyway = Mungkin mereka membayar lebih untuk bahasa Inggris yang baik. Daftar saja, tanya belakangan.
    .feedback = Bisa jadi. Tapi pekerjaan di luar negeri yang membayar beberapa kali lipat upah biasa, untuk pemberi kerja yang tidak mau disebut namanya, adalah jenis tawaran yang harus diperiksa sebelum Anda mengirim apa pun. Pekerjaan samar tanpa nama perusahaan tidak menyisakan apa pun untuk diperiksa.
dream-job-ad-closer-ask-details = Tulis komentar di postingan itu: "Apa nama dan alamat perusahaannya, dan pekerjaannya persisnya apa?"
    .feedback = Anda menanyakan hal-hal yang paling dasar: siapa pemberi kerjanya, di mana, dan apa pekerjaannya. Pekerjaan yang tidak jelas tanpa nama perusahaan tidak menyisakan apa pun untuk diperiksa. Perhatikan bagaimana mereka menjawab.
dream-job-ad-closer-check-agency = Sebelum menjawab, periksa ke lembaga pemerintah untuk pekerja yang berangkat ke luar negeri
    .feedback = Langkah pertama terbaik. Setiap negara punya lembaga seperti ini: di Indonesia Kementerian P2MI (KP2MI, dulu BP2MI), DMW di Filipina, eMigrate di India, Otoritas Ketenagakerjaan Nasional di Kenya. Pekerjaan sungguhan di luar negeri melalui mereka atau agen berizin, bukan halaman Facebook.

dream-job-licence-check = Di situs resmi lembaga pemerintah untuk pekerja migran, Anda menemukan daftar agen berizin. { $agency } ada di sana: izin berlaku, alamat dan telepon kantor sama dengan di postingan, tidak dibekukan. Jadi agennya nyata. Daftar itu tidak menyebut apa pun tentang pekerjaan di { $city }, atau pemberi kerja di baliknya. Tapi daftar itu menampilkan lowongan lain yang didaftarkan agen tersebut.
    .discuss = Apa yang dibuktikan oleh izin yang sah, dan apa yang tidak?
dream-job-licence-check-apply = Bagus, agennya nyata. Daftar lewat situs webnya.
    .feedback = Memeriksa izin itu tepat, dan itu sangat berarti. Tapi izin milik agen, bukan milik setiap lowongan yang dipasangnya. Pemberi kerja dan pekerjaannya tetap perlu dijawab sendiri.
dream-job-licence-check-ask-details = Tulis ke agen: perusahaan mana pemberi kerjanya di { $city }, dan apa persisnya pekerjaannya?
    .feedback = Tepat: agen sudah diperiksa, sekarang periksa pekerjaannya. Nama pemberi kerja, alamat dan uraian tugas tertulis adalah yang Anda perlukan berikutnya.
dream-job-licence-check-other-jobs = Lihat lowongan lain yang didaftarkan agen itu di daftar resmi
    .feedback = Kebiasaan yang baik: daftar resmi menampilkan lowongan yang sudah melewati pemeriksaan. Membandingkannya dengan postingan Facebook itu sangat membantu.

## The agency's website, and the employer's HR

dream-job-site = "Karier Anda di luar negeri dimulai di sini." Nomor izin di bagian atas. Foto staf tersenyum di bandara, video seorang manajer di kantor berdinding kaca, ulasan bintang lima. Lowongan untuk { $city } terhubung ke pemberi kerja, { $company }: "perusahaan terdaftar", kantor modern, penghargaan. Formulirnya meminta CV, foto paspor dan ijazah Anda. "Kandidat terpilih mendapat wawancara video dalam 48 jam."
    .discuss = Apa di halaman ini yang bisa Anda periksa sendiri, dan bagaimana caranya?
dream-job-site-upload = Isi formulir dan unggah semuanya. Semuanya tampak sangat profesional.
    .feedback = Situs yang bagus, ulasan, nomor registrasi dan video bisa dibuat atau disalin dalam satu sore. Tampilan profesional bukan bukti, baik untuk agen maupun pemberi kerja. Dan salinan paspor perlu dijaga: kirim setelah Anda memeriksa siapa yang memintanya.
dream-job-site-ask-details = Sebelum mengirim apa pun, tanyakan: apa persisnya pekerjaannya, dan di mana kantor { $company }?
    .feedback = Pertanyaan yang wajar. Pemberi kerja sungguhan bisa menjawabnya dalam satu pesan. Tanpa alamat dan uraian tugas tertulis, tidak ada yang bisa Anda periksa.
dream-job-site-check-licence = Cek nomor izin di daftar milik pemerintah sendiri, bukan di situs mereka
    .feedback = Tepat. Periksa lewat daftar resmi yang Anda temukan sendiri, bukan lewat tautan atau nomor dari situs itu. Penipu meniru agen sungguhan, sehingga orang yang teliti pun bisa tertipu.
dream-job-site-company-site = Agennya terbukti nyata, dan { $company } juga punya situs web sungguhan. Daftar.
    .feedback = Izin agen itu nyata, dan itu penting. Tapi situs { $company } sama mudahnya dibuat seperti situs lain, dan nomor registrasi tidak menunjukkan apa yang terjadi di dalam. Pemberi kerja perlu diperiksa sendiri: daftar perusahaan di negara itu, kedutaannya, job order di lembaga pekerja migran Anda.

dream-job-vague-answer-good-question = Pertanyaan bagus, kak :)
dream-job-vague-answer-new-branch = Saya { $recruiter } langsung dari { $company }, pemberi kerjanya. Kami cabang baru di { $city }, klien besar { $agency }.
dream-job-vague-answer-after = Alamat lengkap dan rincian pekerjaan saya kirim setelah kamu lulus wawancara. Aturan perusahaan, demi keamanan.
dream-job-vague-answer-busy = Hari ini banyak pelamar. Lebih mudah kita bicara di Telegram saja, agennya lambat. Wawancara video dengan manajer saya besok, OK?
dream-job-vague-answer-go-on = "OK, ayo kita wawancara."
    .feedback = Nama perusahaan belum berarti perusahaan yang bisa Anda periksa. "Rincian setelah wawancara, demi keamanan" itu terbalik: pemberi kerja sungguhan memberi rincian lebih dulu, supaya Anda bisa memutuskan.
dream-job-vague-answer-check-agency = "Saya mau cek dulu perusahaan kalian ke lembaga pekerja migran di negara saya."
    .feedback = Pekerjaan di luar negeri yang diurus hanya lewat aplikasi chat, bukan lewat agen berizin, tidak memberi Anda satu pun perlindungan yang dijamin hukum. Memeriksa cuma butuh sehari. Pemberi kerja yang asli bisa menunggu.
dream-job-vague-answer-leave = Tulis "Tidak, terima kasih," lalu berhenti membalas
    .feedback = Anda boleh menolak tawaran yang tidak bisa Anda periksa. Anda tidak perlu memberi penjelasan kepada siapa pun.

## The video interview

dream-job-interview-here = (Panggilan video. Seorang manajer muda memakai headset, logo { $company } di dinding belakangnya.) Hai! Terima kasih sudah bergabung. Tidak akan lama.
    .discuss = Apa yang diperiksa wawancara ini, dan apa yang tidak pernah ditanyakannya?
dream-job-interview-why = Ceritakan, kenapa Anda ingin bekerja di luar negeri? Bagus. Dan sif malam, jam kerja panjang, tidak masalah?
dream-job-interview-night = Bahasa Inggris Anda bagus. Sekarang mengetiklah untuk saya di chat. Minimal kami { $wpm } kata per menit.
dream-job-interview-test = Bagian terakhir, bermain peran. Saya pelanggan dari luar negeri yang kesepian. Buat saya terus mengobrol, buat saya suka pada Anda, selama mungkin. Mulai.
    .discuss = Lihat permainan perannya. Pekerjaan apa yang membutuhkan keterampilan itu?
dream-job-interview-do-test = Lakukan permainan perannya. Anda pandai dalam hal ini, dan Anda ingin pekerjaan itu.
    .feedback = Panggilan video sungguhan, tapi tetap hanya tes mengobrol dan mengetik dalam bahasa Inggris, dengan permainan peran tentang membuat orang asing yang kesepian terus bicara. Itulah keterampilan yang dibutuhkan kompleks penipuan. Tak ada yang bertanya soal gelar Anda atau menjelaskan dengan jelas apa pekerjaannya.
dream-job-interview-ask-video = "Sebelum bermain peran: siapa pelanggannya, dan apa persisnya yang akan saya kerjakan seharian?"
    .feedback = Pertanyaan yang wajar. Wawancara itu hanya menguji ketikan Anda dan pesona Anda pada "pelanggan kesepian", tanpa menjelaskan pekerjaannya. Panggilan video membantu, tapi bisa diatur: yang penting adalah apa yang ditanyakannya, dan apa yang tak pernah ditanyakannya.
dream-job-interview-see-office = Minta dia memutar kamera dan menunjukkan kantor dan timnya
    .feedback = Dia melakukannya: meja, layar, orang-orang bekerja. Terasa menenangkan, dan memang itu tujuannya. Kantor bisa disewa, diatur atau ditampilkan dari rekaman. Apa yang diuji wawancara itu, dan apa yang tak pernah ditanyakannya, lebih banyak bercerita daripada ruangan di belakang kamera.

dream-job-video-excuse-busy = Customer retention, untuk klien VIP. Pelatihan penuh, jangan khawatir.
dream-job-video-excuse-policy = Semua rinciannya ada di kontrak, di kantor. Semua staf kami direkrut dengan cara ini.
dream-job-video-excuse-slot = Kalau kamu tidak serius, tempatnya saya kasih ke orang berikutnya. Banyak yang menunggu.
dream-job-video-excuse-give-in = "Maaf! Saya serius kok. Saya ikut tesnya sekarang."
    .feedback = "Banyak yang menunggu" dipakai supaya Anda berhenti berpikir. Ini berhasil karena Anda sangat butuh pekerjaan ini dan takut kehilangannya. Desakan untuk cepat memutuskan adalah tanda bahaya: tawaran yang asli bisa menunggu selagi Anda memeriksanya.
dream-job-video-excuse-refuse-rush = "Saya tidak mau diburu-buru. Saya akan memeriksa pekerjaan ini dulu."
    .feedback = Anda menyadari tekanannya. Mendesak Anda untuk cepat memutuskan, dan menganggap pertanyaan sebagai tanda tidak berminat, adalah tanda bahaya. Pemberi kerja yang asli bisa menunggu sehari.
dream-job-video-excuse-leave = Ucapkan terima kasih atas waktunya, dan akhiri panggilan
    .feedback = Anda boleh mengakhiri panggilan apa pun yang tidak mau menjawab pertanyaan sederhana. Kesempatan ini hilang, dan itu menyakitkan saat Anda butuh kerja. Selebihnya tetap Anda pegang.

## The offer: skip the agency

dream-job-passed-congrats = Selamat!! Kamu lulus!
    .discuss = Kenapa hanya diberi beberapa jam untuk memutuskan? Apa yang akan dikirim pemberi kerja yang asli sebelum meminta apa pun?
dream-job-passed-offer = Gaji ${ $salary } sebulan. Tiket pesawat, kamar, dan makan gratis. Kamu mulai kerja minggu depan di { $city }.
dream-job-passed-direct = Kabar baik: Anda tidak perlu menunggu agen. Agen butuh tiga bulan dan biaya. Kami terbangkan Anda minggu depan dengan visa turis, izin kerja kami urus di sini. Kirim saja foto paspor Anda hari ini.
dream-job-passed-deadline = Tawaran ini cuma berlaku { $hours } jam. Setelah itu, tempatnya untuk orang berikutnya.
dream-job-passed-send-passport = Kirim foto paspor. Tanpa biaya, tanpa menunggu, dan kerja mulai minggu depan.
    .feedback = Melewati agen terdengar seperti bantuan: tanpa biaya, tanpa menunggu. Tapi itu mengeluarkan pekerjaan dari sistem berizin yang melindungi Anda, dan visa turis tidak mengizinkan Anda bekerja. Dengan { $hours } jam dan tanpa kontrak, desakan itu ada untuk menghentikan pertanyaan Anda.
dream-job-passed-through-agency = Katakan Anda hanya mau berangkat lewat { $agency }, dengan kontrak dan visa kerja, walau butuh tiga bulan
    .feedback = Tepat: agen berizin dan visa kerja adalah perlindungan Anda, dan pemberi kerja ingin Anda melewati keduanya. Ini memakan waktu dan biaya resmi. Pemberi kerja sungguhan bisa menunggu.
dream-job-passed-ask-contract = "Tolong kirim kontrak tertulisnya dulu, dengan gaji dan nama pemberi kerjanya."
    .feedback = Benar. Kontrak tertulis yang menyebut pemberi kerja, pekerjaan, tempat, dan gajinya adalah syarat paling minimal. Tenggat yang singkat tanpa kontrak adalah tanda bahaya.

dream-job-contract-dodge-arrive = Kontraknya kamu tanda tangan di kantor waktu kamu sampai. Ini biasa.
dream-job-contract-dodge-same = Semuanya sama seperti yang saya bilang. Kamu percaya sama saya, kan?
dream-job-contract-dodge-questions = Pelamar yang lain tidak banyak tanya seperti kamu.
dream-job-contract-dodge-trust = "Oke, saya percaya." Kirim foto paspornya.
    .feedback = "Tanda tangan waktu sampai" berarti menandatangani jauh dari rumah, saat Anda sudah tidak bisa menolak. Membuat pertanyaan terasa tidak sopan adalah cara untuk menghentikannya. Cara ini berhasil pada orang yang sopan, dan itu kebanyakan dari kita.
dream-job-contract-dodge-check-agency = "Kalau begitu, saya tanyakan dulu pekerjaan ini ke lembaga pekerja migran di negara saya."
    .feedback = Pekerjaan di luar negeri yang diurus hanya lewat aplikasi chat, tanpa kontrak dan tanpa agen berizin, berada di luar sistem yang melindungi pekerja. Lembaga itu bisa dengan cepat memberi tahu Anda apakah pekerjaannya asli.
dream-job-contract-dodge-through-agency = Katakan kepada { $recruiter } bahwa Anda hanya berangkat lewat { $agency }, dengan kontrak dan visa kerja sebelum terbang
    .feedback = Bagus: agen dan visa kerja melindungi Anda, kontrak yang ditandatangani setibanya di sana tidak. Artinya menunggu, dan membayar biaya resmi agen.

## Everything through the licensed agency

dream-job-agency-process-slower = Pelamar yang terhormat, { $company } telah mengonfirmasi penempatan Anda melalui agen kami. Proses memakan waktu sepuluh minggu.
dream-job-agency-process-papers = Terlampir: kontrak kerja Anda, atas nama { $company } di { $city }, gaji ${ $salary }, ditandatangani kedua pihak. Izin kerja Anda sudah disetujui. Biaya penempatan kami dalam batas resmi; kuitansi resmi terlampir.
dream-job-agency-process-hotline = (Anda menelepon hotline nasional untuk memastikan. Petugas memeriksa: agennya berizin, dan job order dari { $company } terdaftar. "Semuanya beres," katanya.)
    .discuss = Semua pemeriksaan lolos. Apa yang masih bisa Anda timbang?
dream-job-agency-process-go = Tanda tangan dan berangkat. Anda sudah melakukan semua pemeriksaan yang ada.
    .feedback = Memang: agen berizin, kontrak, izin kerja, job order terdaftar. Seperti inilah kehati-hatian. Satu-satunya yang tak bisa dijelaskan oleh dokumen adalah gajinya, jauh di atas upah setempat.
dream-job-agency-process-compare = Tanyakan kepada { $agency } apakah ada pekerjaan serupa dengan gaji biasa
    .feedback = Semuanya lolos, tapi gajinya tetap beberapa kali lipat upah setempat untuk pekerjaan tanpa pengalaman. Menimbang itu bukan curiga: itu satu pertanyaan yang tak bisa dijawab dokumen.
dream-job-agency-process-stay = Tinggal di rumah dulu. Masih ada yang mengganjal.
    .feedback = Mendengarkan perasaan itu adalah hak Anda, bahkan saat semua pemeriksaan lolos. Harganya mungkin pekerjaan yang ternyata sesuai janji. Tak ada yang memalukan dari pilihan mana pun.

## The national agency, and the genuine job

dream-job-agency = Anda menelepon hotline lembaga pemerintah untuk pekerja migran dan membacakan semua yang dikatakan kepada Anda. Petugas memeriksa. "{ $agency } memang berizin. Tapi lowongan resmi diurus oleh agen, bukan oleh 'pemberi kerja' yang memindahkan Anda ke Telegram dan terus mendesak, dan selalu disertai visa kerja sebelum terbang. Beginilah orang berakhir di kompleks penipuan," katanya. "Anda benar menelepon."
    .discuss = Kantor mana di negara seperti ini yang memeriksa pekerjaan di luar negeri? Bagaimana menemukan nomor atau situsnya?
dream-job-agency-warn-classmate = Kirimkan apa yang dikatakan lembaga itu kepada teman kuliah Anda, yang juga sudah mendaftar
    .feedback = Teman Anda memercayai postingan itu karena alasan yang sama dengan Anda. Fakta yang disampaikan dengan tenang oleh seorang teman, seperti apa kata lembaga itu, lebih membantu daripada rasa takut atau menyalahkan.
dream-job-agency-real-jobs = Tanyakan kepada petugas di mana mencari pekerjaan IT atau customer service yang asli di luar negeri
    .feedback = Bagus: tujuannya bukan menyerah bekerja di luar negeri, tetapi menemukan pekerjaan yang bisa Anda periksa.
dream-job-agency-block = Blokir { $recruiter }, dan laporkan akunnya ke petugas dan ke Telegram
    .feedback = Bagus. Laporan membantu lembaga itu memperingatkan orang lain dan menindak mereka yang memakai nama agen. Anda tidak berutang penjelasan kepada { $recruiter }.

dream-job-genuine-listing = Agen berizin, nomor izinnya ada di daftar pemerintah. Pekerjaan: { $real-job }. Nama pemberi kerja jelas, lengkap dengan alamat dan situs web. Kontrak tertulis dua tahun.
dream-job-genuine-checks = Wawancara lewat video call dengan manajer dari pemberi kerja. Visa kerja diurus sebelum Anda berangkat. Hanya biaya yang diizinkan hukum, dengan kuitansi resmi.
dream-job-genuine-pay = Gaji: ${ $real-pay } sebulan, dengan tempat tinggal dan asuransi kesehatan. Proses tiga bulan, dengan pelatihan pra-keberangkatan sebelum mulai.
dream-job-genuine-apply = Melamar lewat agen itu. Yang ini terbukti asli.
    .feedback = Gajinya lebih kecil daripada iklan di Facebook, tetapi nyata. Pekerjaan ini punya semua yang tidak dimiliki tawaran tadi: nama pemberi kerja yang jelas, agen berizin yang bisa Anda periksa, kontrak tertulis, wawancara sungguhan, dan visa kerja.
dream-job-genuine-verify = Sebelum melamar, periksa sendiri nomor izinnya di situs web pemerintah
    .feedback = Kebiasaan yang baik: periksa di situs resmi yang Anda temukan sendiri, bukan lewat tautan yang dikirim orang lain. Di sini semuanya cocok. Memeriksa bukan berarti tidak percaya. Itulah cara menemukan pekerjaan yang bisa dipercaya.
dream-job-genuine-refuse = Tolak. Setelah semua ini, setiap pekerjaan di luar negeri terasa seperti jebakan.
    .feedback = Perasaan itu wajar, dan tetap tinggal di rumah selalu menjadi hak Anda. Tetapi pekerjaan ini punya semua yang tidak dimiliki penipuan tadi: agen berizin, nama pemberi kerja yang jelas, kontrak, dan visa kerja. Tujuannya bukan takut pada setiap tawaran, tetapi memeriksanya.

## Akhir cerita

dream-job-end-walk-away = Anda menolak dan tetap di rumah, untuk sekarang. Anda terus mencari kerja, dan tahu cara memeriksa pekerjaan di luar negeri: agen berizin, pemberi kerja yang jelas, kontrak tertulis, visa kerja, dan gaji yang masuk akal untuk pekerjaannya. Seminggu kemudian postingan yang sama untuk { $city } muncul lagi, dengan foto baru.
dream-job-end-trafficked = Di { $city }, seorang sopir yang memegang papan bertuliskan nama Anda mengambil paspor Anda "untuk izin kerja". Ia membawa Anda berjam-jam, jauh dari kota, ke sebuah gedung berpagar tinggi yang dijaga. Pekerjaannya adalah menipu orang asing secara online. Inilah rencana para penjahat sejak postingan pertama. Orang memang bisa keluar, dengan bantuan kedutaan, hotline, dan keluarga.
dream-job-end-helped = Teman kuliah Anda sudah punya jadwal wawancara besok paginya, dan membatalkannya. Bersama-sama kalian melaporkan halaman itu dan akun Telegram-nya, lalu memasang peringatan di grup kampus. Tiga orang lagi membalas: mereka juga sudah mendaftar, dan sekarang mereka akan memeriksa dulu.
dream-job-end-genuine = Anda melamar lewat agen berizin untuk { $real-job }. Butuh tiga bulan dan biaya resmi. Wawancaranya panggilan video dengan manajer sungguhan yang bertanya tentang keterampilan Anda, kontraknya tertulis, dan visa kerja datang sebelum penerbangan. Gajinya ${ $real-pay } sebulan: bukan mimpi, tapi nyata. Keluarga Anda tahu persis di mana Anda akan berada.
dream-job-end-front = Anda terbang dengan kontrak, izin kerja dan kuitansi agen. Di { $city }, { $company } memang ada: perusahaan terdaftar di sebuah menara di balik gerbang. Di dalam, paspor dan ponsel Anda diambil "untuk registrasi", dan pekerjaannya adalah menipu orang asing secara daring. Anda sudah melakukan semua pemeriksaan yang bisa dilakukan seseorang. Perusahaan terdaftar dipakai sebagai kedok justru karena itu: mereka menipu agen dan para pejabat juga. Ini bukan salah Anda. Orang memang bisa keluar, dengan bantuan kedutaan, hotline dan keluarga, dan laporan Anda bisa membantu lembaga itu menindak pemberi kerja ini.
