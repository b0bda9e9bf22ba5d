# Machine-drafted translation: needs review by a native speaker.
dream-job-title = Pekerjaan impian
dream-job-summary = Anda baru saja lulus kuliah dan butuh pekerjaan. Lalu muncul lowongan di luar negeri yang seolah-olah dibuat untuk Anda.
dream-job-content-note = Cerita ini menyinggung perdagangan orang. Tidak ada adegan kekerasan. Anda bisa berhenti sejenak atau keluar kapan saja dengan q.

## Tokoh

dream-job-character-advert = Kerja di Luar Negeri - Dibutuhkan Segera
dream-job-character-recruiter = { $recruiter }, HRD, { $company }
dream-job-character-officer = Petugas imigrasi
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

dream-job-ad = DIBUTUHKAN SEGERA! Staf Customer Service / IT Support / Admin untuk { $city }. Gaji ${ $salary } sebulan. Tidak perlu pengalaman! GRATIS tiket pesawat, tempat tinggal, makan, dan visa. Cukup bahasa Inggris yang bagus dan bisa mengetik cepat. Tempat terbatas. Kirim pesan ke kami lewat Telegram hari ini!
    .discuss = Apa yang disampaikan iklan ini, dan apa yang tidak disebutkan?
dream-job-ad-apply-now = Langsung kirim pesan. Inilah kesempatan yang Anda tunggu-tunggu.
    .feedback = Gajinya jauh di atas penghasilan lulusan baru di dalam negeri, untuk pekerjaan yang tidak butuh pengalaman. "Semua ditanggung" terdengar murah hati, tetapi nanti bisa berubah menjadi utang. Umpan seperti ini berhasil pada siapa saja yang butuh pekerjaan, dan karena itulah umpan ini dipakai.
dream-job-ad-read-again = Baca lagi pelan-pelan. Siapa yang mau membayar sebesar ini, dan menanggung semuanya, untuk orang yang belum berpengalaman?
    .feedback = Pertanyaan yang bagus. Gaji berkali-kali lipat dari gaji setempat tanpa perlu pengalaman, ditambah tiket pesawat, tempat tinggal, dan visa gratis, adalah umpan yang klasik. Pemberi kerja yang asli membayar dengan wajar, bukan seperti mimpi.

dream-job-ad-closer = Anda membacanya lagi. Tidak ada nama perusahaan dan tidak ada alamat. Pekerjaannya "customer service / IT support / admin", yang bisa berarti apa saja. Halamannya baru dibuat bulan lalu. Di bawah postingan, dua ratus orang menulis "Minat" dan "Sudah daftar".
    .discuss = Dari semua rincian ini, mana yang benar-benar bisa Anda periksa?
dream-job-ad-closer-apply-anyway = Banyak lowongan asli yang dipasang di Facebook. Kirim pesan saja.
    .feedback = Memang ada lowongan asli yang dibagikan secara online. Tetapi pekerjaan di luar negeri di halaman yang baru, tanpa perusahaan yang jelas di belakangnya, adalah cara pelaku perdagangan orang menjangkau banyak orang sekaligus. Agen berizin mencantumkan lowongannya di tempat yang bisa Anda periksa.
dream-job-ad-closer-ask-details = Tulis komentar di postingan itu: "Apa nama dan alamat perusahaannya, dan pekerjaannya persisnya apa?"
    .feedback = Anda menanyakan hal-hal yang paling dasar: siapa pemberi kerjanya, di mana, dan apa pekerjaannya. Pekerjaan yang tidak jelas tanpa nama perusahaan tidak menyisakan apa pun untuk diperiksa. Perhatikan bagaimana mereka menjawab.
dream-job-ad-closer-check-agency = Sebelum menjawab, periksa ke lembaga pemerintah untuk pekerja yang berangkat ke luar negeri
    .feedback = Langkah pertama terbaik. Setiap negara punya lembaga seperti ini: di Indonesia Kementerian P2MI (KP2MI, dulu BP2MI), DMW di Filipina, eMigrate di India, Otoritas Ketenagakerjaan Nasional di Kenya. Pekerjaan sungguhan di luar negeri melalui mereka atau agen berizin, bukan halaman Facebook.

## Perekrut di Telegram

dream-job-recruiter-hello-hi = Halo kak! Terima kasih sudah tertarik :) Saya { $recruiter } dari HRD.
dream-job-recruiter-hello-role = Pekerjaannya customer support untuk klien internasional. Gampang sekali, nanti kami latih.
dream-job-recruiter-hello-direct = Kami rekrut langsung, tanpa agen. Agen cuma mengambil uang kamu. Semuanya kita urus di Telegram saja, lebih cepat buat kamu.
dream-job-recruiter-hello-typing = Bahasa Inggris kamu bagus? Seberapa cepat kamu bisa mengetik?
dream-job-recruiter-hello-say-yes = "Iya! Bahasa Inggris saya bagus dan saya mengetik cepat. Kapan saya bisa mulai?"
    .feedback = "Customer support untuk klien internasional" tetap tidak menjelaskan apa-apa tentang pemberi kerja atau pekerjaan yang sebenarnya. Dan "tanpa agen, semua lewat Telegram" berarti tidak ada agen berizin dan tidak ada catatan resmi. Kedengarannya seperti bantuan, padahal perlindungan Anda hilang.
dream-job-recruiter-hello-ask-company = "Perusahaannya apa, kantornya di mana, dan boleh kirimkan deskripsi pekerjaannya?"
    .feedback = Pertanyaan yang wajar. Pemberi kerja yang asli bisa menjawabnya dalam satu pesan. Tanpa nama perusahaan, alamat, dan deskripsi pekerjaan tertulis, tidak ada yang bisa Anda periksa.

dream-job-vague-answer-good-question = Pertanyaan bagus, kak :)
dream-job-vague-answer-new-branch = Kami { $company }, cabang baru di { $city }. Situs web kami segera hadir.
dream-job-vague-answer-after = Alamat lengkap dan rincian pekerjaan saya kirim setelah kamu lulus wawancara. Aturan perusahaan, demi keamanan.
dream-job-vague-answer-busy = Hari ini pelamarnya banyak. Kita wawancara sekarang ya?
dream-job-vague-answer-go-on = "Oke, kita wawancara."
    .feedback = Sebuah nama dan "situs web segera hadir" tetap bukan perusahaan yang bisa Anda periksa. "Rincian setelah wawancara, demi keamanan" itu terbalik: pemberi kerja yang asli memberi rinciannya lebih dulu, supaya Anda bisa memutuskan.
dream-job-vague-answer-check-agency = "Saya mau cek dulu perusahaan kalian ke lembaga pekerja migran di negara saya."
    .feedback = Pekerjaan di luar negeri yang diurus hanya lewat aplikasi chat, bukan lewat agen berizin, tidak memberi Anda satu pun perlindungan yang dijamin hukum. Memeriksa cuma butuh sehari. Pemberi kerja yang asli bisa menunggu.
dream-job-vague-answer-leave = Tulis "Tidak, terima kasih," lalu berhenti membalas
    .feedback = Anda boleh menolak tawaran yang tidak bisa Anda periksa. Anda tidak perlu memberi penjelasan kepada siapa pun.

## "Wawancara"

dream-job-interview-here = Wawancaranya di sini saja, lewat chat ya? Cepat dan gampang.
    .discuss = Apa yang diperiksa dalam "wawancara" ini, dan apa yang tidak pernah ditanyakan? Pekerjaan seperti apa yang membutuhkan kalimat dalam tes mengetik itu?
dream-job-interview-why = Pertanyaan 1: Kenapa kamu mau bekerja di luar negeri?
dream-job-interview-night = Pertanyaan 2: Kamu bisa kerja shift malam dan jam kerja panjang?
dream-job-interview-test = Terakhir: tes mengetik. Salin ini dan kirim balik dalam 2 menit. Kami butuh { $wpm } kata per menit. "Halo sayang, bagaimana harimu? Dari tadi aku memikirkanmu..."
    .discuss = Perhatikan kalimat dalam tes mengetik itu. Pekerjaan seperti apa yang membutuhkannya?
dream-job-interview-do-test = Ikuti tesnya. Anda mengetik cepat dan mengirimkannya kembali.
    .feedback = Beberapa pertanyaan lewat chat dan tes mengetik bukan cara pemberi kerja asli merekrut. Itu hanya menunjukkan bahwa Anda bisa mengetik bahasa Inggris dengan cepat, dan itulah yang dibutuhkan kompleks penipuan. Apakah Anda memperhatikan kalimat yang diminta untuk Anda ketik?
dream-job-interview-ask-video = "Boleh saya wawancara lewat video call dengan calon atasan saya?"
    .feedback = Pemberi kerja yang asli ingin melihat Anda, dan membiarkan Anda melihat mereka. "Wawancara" lewat chat menyembunyikan pemberi kerjanya dan hanya menguji kecepatan mengetik Anda, keterampilan yang dicari kompleks penipuan. Panggilan video membantu, tetapi bisa dipalsukan, jadi periksa juga pemberi kerja lewat saluran resmi.

dream-job-video-excuse-busy = Manajernya sibuk sekali, kak.
dream-job-video-excuse-policy = Wawancara lewat chat itu kebijakan perusahaan. Semua staf kami direkrut dengan cara ini.
dream-job-video-excuse-slot = Kalau kamu tidak serius, tempatnya saya kasih ke orang berikutnya. Banyak yang menunggu.
dream-job-video-excuse-give-in = "Maaf! Saya serius kok. Saya ikut tesnya sekarang."
    .feedback = "Banyak yang menunggu" dipakai supaya Anda berhenti berpikir. Ini berhasil karena Anda sangat butuh pekerjaan ini dan takut kehilangannya. Desakan untuk cepat memutuskan adalah tanda bahaya: tawaran yang asli bisa menunggu selagi Anda memeriksanya.
dream-job-video-excuse-refuse-rush = "Saya tidak mau diburu-buru. Saya akan memeriksa pekerjaan ini dulu."
    .feedback = Anda menyadari tekanannya. Mendesak Anda untuk cepat memutuskan, dan menganggap pertanyaan sebagai tanda tidak berminat, adalah tanda bahaya. Pemberi kerja yang asli bisa menunggu sehari.

dream-job-passed-congrats = Selamat!! Kamu lulus!
    .discuss = Kenapa hanya diberi beberapa jam untuk memutuskan? Apa yang akan dikirim pemberi kerja yang asli sebelum meminta apa pun?
dream-job-passed-offer = Gaji ${ $salary } sebulan. Tiket pesawat, kamar, dan makan gratis. Kamu mulai kerja minggu depan di { $city }.
dream-job-passed-passport = Tolong kirim foto paspor kamu hari ini, supaya saya bisa pesan tiketnya.
dream-job-passed-deadline = Tawaran ini cuma berlaku { $hours } jam. Setelah itu, tempatnya untuk orang berikutnya.
dream-job-passed-send-passport = Kirim fotonya. Cuma foto, dan tiketnya memang butuh itu.
    .feedback = Masih belum ada kontrak, belum ada pemberi kerja yang bisa Anda periksa, dan Anda hanya diberi { $hours } jam untuk memutuskan. Tenggat waktu itu dibuat untuk menghentikan pertanyaan Anda. Pekerjaan yang asli memberi Anda kontrak tertulis yang mencantumkan gaji sebelum Anda mengirim apa pun.
dream-job-passed-ask-contract = "Tolong kirim kontrak tertulisnya dulu, dengan gaji dan nama pemberi kerjanya."
    .feedback = Benar. Kontrak tertulis yang menyebut pemberi kerja, pekerjaan, tempat, dan gajinya adalah syarat paling minimal. Tenggat yang singkat tanpa kontrak adalah tanda bahaya.

dream-job-contract-dodge-arrive = Kontraknya kamu tanda tangan di kantor waktu kamu sampai. Ini biasa.
dream-job-contract-dodge-same = Semuanya sama seperti yang saya bilang. Kamu percaya sama saya, kan?
dream-job-contract-dodge-questions = Pelamar yang lain tidak banyak tanya seperti kamu.
dream-job-contract-dodge-trust = "Oke, saya percaya." Kirim foto paspornya.
    .feedback = "Tanda tangan waktu sampai" berarti menandatangani jauh dari rumah, saat Anda sudah tidak bisa menolak. Membuat pertanyaan terasa tidak sopan adalah cara untuk menghentikannya. Cara ini berhasil pada orang yang sopan, dan itu kebanyakan dari kita.
dream-job-contract-dodge-check-agency = "Kalau begitu, saya tanyakan dulu pekerjaan ini ke lembaga pekerja migran di negara saya."
    .feedback = Pekerjaan di luar negeri yang diurus hanya lewat aplikasi chat, tanpa kontrak dan tanpa agen berizin, berada di luar sistem yang melindungi pekerja. Lembaga itu bisa dengan cepat memberi tahu Anda apakah pekerjaannya asli.

## Bersiap berangkat

dream-job-visa-ticket = Kabar baik! Penerbangan kamu ke { $city } hari Jumat.
dream-job-visa-tourist = Kamu berangkat pakai visa turis. Visa kerja butuh berbulan-bulan, nanti kami ganti di kantor.
dream-job-visa-later = Semua orang juga begini. Perusahaan yang bayar semuanya, kamu tinggal datang :)
dream-job-visa-ok-visa = "Oke. Kalian lebih tahu aturan di sana daripada saya."
    .feedback = Visa turis tidak mengizinkan Anda bekerja. "Nanti kami ganti" bisa membuat Anda tidak punya hak untuk bekerja dan tidak punya perlindungan hukum di negara asing. Perekrut mengatakannya dengan tenang, jadi terdengar biasa saja.
dream-job-visa-check-first = "Kerja itu butuh visa kerja. Saya akan cek dulu ke lembaga pekerja migran sebelum terbang."
    .feedback = Betul. Bekerja di luar negeri yang asli membutuhkan visa kerja sebelum Anda berangkat. Disuruh berangkat sebagai turis untuk bekerja adalah tanda bahaya.

dream-job-coaching-important = Satu hal lagi, sangat penting.
dream-job-coaching-holiday = Di imigrasi, bilang kamu pergi liburan, 5 hari. Jangan bilang kerja. Jangan sebut nama perusahaan.
dream-job-coaching-strangers = Ada staf baru lain di pesawat yang sama. Jangan ngobrol dengan mereka di bandara. Kamu tidak kenal mereka, oke?
dream-job-coaching-delete = Dan hapus chat ini sebelum kamu ke bandara. Aturan perusahaan.
dream-job-coaching-practise = Latih cerita liburan Anda. Itu cuma bohong kecil, supaya cepat.
    .feedback = Diajari apa yang harus dikatakan kepada petugas imigrasi, dan disuruh menghapus chat, adalah tanda bahaya yang serius. Kebohongan itu dibuat supaya petugas tidak melihat bahwa Anda butuh pertolongan.
dream-job-coaching-stop = Berhenti. Pekerjaan yang asli tidak akan pernah menyuruh Anda berbohong kepada petugas.
    .feedback = Tepat sekali. Kalau perekrut menyuruh Anda berbohong di bandara dan menghapus chat, itu karena kebenarannya akan menggagalkan perjalanan ini. Simpan chat itu: itu bukti.

dream-job-airport = Di loket keberangkatan, petugas imigrasi melihat paspor dan tiket Anda. "Apa tujuan perjalanan Anda? Siapa yang membayar tiket Anda? Apakah Anda kenal orang lain di penerbangan ini?"
    .discuss = Kenapa orang di antrean ini bisa saja berbohong kepada petugas, bahkan saat mereka takut?
dream-job-airport-holiday-story = "Liburan, lima hari. Saya bayar sendiri. Saya pergi sendirian."
    .feedback = Kebohongan itu rencana perekrut, bukan ide Anda. Ini berhasil karena Anda gugup dan sudah diberi tahu bahwa berkata jujur akan membuat Anda kehilangan pekerjaan. Petugas menanyakan hal-hal ini untuk menemukan orang yang sedang menjadi korban perdagangan orang.
dream-job-airport-tell-truth = Katakan yang sebenarnya: pekerjaan di { $city }, visa turis, tiket yang dibayar perusahaan, dan chat yang mengajari Anda apa yang harus dikatakan
    .feedback = Berani dan benar. Sekarang petugas bisa melihat apa yang ingin disembunyikan perekrut. Berkata jujur bukan kejahatan: petugas imigrasi ada untuk melindungi orang yang dalam bahaya.

## Lembaga pekerja migran, dan pekerjaan yang asli

dream-job-agency = Anda menelepon hotline lembaga pemerintah untuk pekerja yang berangkat ke luar negeri, lalu membacakan iklan itu dan semua yang dikatakan kepada Anda. Petugasnya memeriksa. Tidak ada agen berizin yang punya pekerjaan ini, dan tidak ada pemberi kerja yang meminta pekerja seperti ini. "Begini caranya orang berakhir di kompleks penipuan," katanya. "Anda sudah benar menelepon."
    .discuss = Di negara seperti ini, kantor mana yang memeriksa pekerjaan di luar negeri? Bagaimana seseorang bisa menemukan nomor telepon atau situs webnya?
dream-job-agency-warn-classmate = Kirimkan apa yang dikatakan lembaga itu kepada teman kuliah Anda, yang juga sudah mendaftar
    .feedback = Teman Anda memercayai postingan itu karena alasan yang sama dengan Anda. Fakta yang disampaikan dengan tenang oleh seorang teman, seperti apa kata lembaga itu, lebih membantu daripada rasa takut atau menyalahkan.
dream-job-agency-real-jobs = Tanyakan kepada petugas di mana mencari pekerjaan IT atau customer service yang asli di luar negeri
    .feedback = Bagus: tujuannya bukan menyerah bekerja di luar negeri, tetapi menemukan pekerjaan yang bisa Anda periksa.
dream-job-agency-block = Blokir akunnya dan laporkan halamannya ke Facebook
dream-job-agency-block-report = Blokir akunnya, laporkan halamannya, dan beri tahu petugas bahwa Anda sudah mengirim foto paspor Anda
    .feedback = Memberi tahu mereka adalah langkah yang benar. Salinan paspor bisa disalahgunakan, dan lembaga itu bisa memberi tahu apa yang perlu Anda waspadai. Perekrut memintanya sambil mendesak Anda: semua ini bukan salah Anda.

dream-job-genuine-listing = Agen berizin, nomor izinnya ada di daftar pemerintah. Pekerjaan: { $real-job }. Nama pemberi kerja jelas, lengkap dengan alamat dan situs web. Kontrak tertulis dua tahun.
dream-job-genuine-checks = Wawancara lewat video call dengan manajer dari pemberi kerja. Visa kerja diurus sebelum Anda berangkat. Hanya biaya yang diizinkan hukum, dengan kuitansi resmi.
dream-job-genuine-pay = Gaji: ${ $real-pay } sebulan, dengan tempat tinggal dan asuransi kesehatan. Mulai kerja setelah pelatihan pra-keberangkatan.
dream-job-genuine-apply = Melamar lewat agen itu. Yang ini terbukti asli.
    .feedback = Gajinya lebih kecil daripada iklan di Facebook, tetapi nyata. Pekerjaan ini punya semua yang tidak dimiliki tawaran tadi: nama pemberi kerja yang jelas, agen berizin yang bisa Anda periksa, kontrak tertulis, wawancara sungguhan, dan visa kerja.
dream-job-genuine-verify = Sebelum melamar, periksa sendiri nomor izinnya di situs web pemerintah
    .feedback = Kebiasaan yang baik: periksa di situs resmi yang Anda temukan sendiri, bukan lewat tautan yang dikirim orang lain. Di sini semuanya cocok. Memeriksa bukan berarti tidak percaya. Itulah cara menemukan pekerjaan yang bisa dipercaya.
dream-job-genuine-refuse = Tolak. Setelah semua ini, setiap pekerjaan di luar negeri terasa seperti jebakan.
    .feedback = Perasaan itu wajar, dan tetap tinggal di rumah selalu menjadi hak Anda. Tetapi pekerjaan ini punya semua yang tidak dimiliki penipuan tadi: agen berizin, nama pemberi kerja yang jelas, kontrak, dan visa kerja. Tujuannya bukan takut pada setiap tawaran, tetapi memeriksanya.

## Akhir cerita

dream-job-end-walk-away = Anda menolak dan tetap di rumah, untuk sementara. Anda terus mencari pekerjaan, dan Anda tahu cara memeriksa pekerjaan di luar negeri: agen berizin, nama pemberi kerja yang jelas, kontrak tertulis, visa kerja. Seminggu kemudian, iklan yang sama muncul lagi dengan nama halaman yang baru.
dream-job-end-stopped = Petugas itu mengajak Anda menepi dan bertanya dengan tenang dan hati-hati. Ia melihat tanda-tandanya: pekerjaan dengan visa turis, tiket yang dibayar orang tak dikenal, cerita yang disuruh Anda ucapkan. Anda tidak jadi terbang. Rasanya seperti kehilangan mimpi. Padahal, petugas itu telah menggagalkan rencana untuk memperdagangkan Anda, dan membantu Anda melaporkan perekrutnya.
dream-job-end-trafficked = Di { $city }, seorang sopir yang memegang papan bertuliskan nama Anda mengambil paspor Anda "untuk izin kerja". Ia membawa Anda berjam-jam, jauh dari kota, ke sebuah gedung berpagar tinggi yang dijaga. Pekerjaannya adalah menipu orang asing secara online. Inilah rencana para penjahat sejak postingan pertama. Orang memang bisa keluar, dengan bantuan kedutaan, hotline, dan keluarga.
dream-job-end-helped = Teman kuliah Anda sudah punya jadwal wawancara besok paginya, dan membatalkannya. Bersama-sama kalian melaporkan halaman itu dan akun Telegram-nya, lalu memasang peringatan di grup kampus. Tiga orang lagi membalas: mereka juga sudah mendaftar, dan sekarang mereka akan memeriksa dulu.
dream-job-end-genuine = Anda melamar lewat agen berizin untuk { $real-job }. Wawancaranya lewat video call dengan manajer sungguhan, kontraknya tertulis, dan visa kerjanya keluar sebelum penerbangan. Gajinya ${ $real-pay } sebulan: bukan mimpi, tetapi nyata. Keluarga Anda tahu persis di mana Anda akan berada.
